#include "app/cli/prometheuswriter.h"

#include "providers/accounts/account.h"
#include "providers/productregistry.h"

#include <functional>

namespace bb {

namespace {

struct Metric
{
    const char *name;
    const char *help;
    std::function<qint64(const InstanceHealth &)> value; // negative: no sample
};

QByteArray labels(const InstanceHealth &health)
{
    const auto label = [](const char *name, const QString &value) {
        return QByteArray(name) + "=\"" + PrometheusWriter::escapeLabel(value).toUtf8() + '"';
    };
    // Records only come from registered products; an unknown one gets an empty cloud label.
    const std::optional<Cloud> cloud = ProductRegistry::cloudOf(health.product);
    return '{' + label("cloud", cloud ? toString(*cloud) : QString()) + ',' + label("product", health.product)
        + ',' + label("region", health.region) + ',' + label("instance", health.instanceId) + '}';
}

} // namespace

QString PrometheusWriter::escapeLabel(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'"')
            escaped += QStringLiteral("\\\"");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray PrometheusWriter::text(const QList<InstanceHealth> &healths, const QDateTime &checkedAtUtc)
{
    static const Metric metrics[] = {
        {"backup_browser_health_state", "Backup health of the instance: 0 ok, 1 warning, 2 critical.",
         [](const InstanceHealth &h) {
             return qint64(h.state);
         }},
        {"backup_browser_newest_full_backup_age_seconds",
         "Seconds since the newest successful full backup finished (no sample: none in 30 days).",
         [](const InstanceHealth &h) {
             return h.newestFullAgeSeconds;
         }},
        {"backup_browser_newest_full_backup_size_bytes",
         "Size of the newest successful full backup in bytes.",
         [](const InstanceHealth &h) {
             return h.newestFullSizeBytes;
         }},
        {"backup_browser_newest_log_backup_age_seconds",
         "Seconds since the newest successful log backup finished (products with log backups).",
         [](const InstanceHealth &h) {
             return h.newestLogAgeSeconds;
         }},
        {"backup_browser_failed_backups_7d", "Backups that failed in the last 7 days.",
         [](const InstanceHealth &h) {
             return qint64(h.failuresLast7Days);
         }},
        {"backup_browser_local_copy_age_seconds",
         "Seconds since the backup of the newest verified local copy started (instances an offsite rule "
         "covers and that have one).",
         [](const InstanceHealth &h) {
             return h.newestLocalCopyAgeSeconds;
         }},
        {"backup_browser_expected_max_age_seconds",
         "Expected maximum age of the newest full backup (from the instance's policy or --max-age).",
         [](const InstanceHealth &h) {
             return h.expectation.maxFullAgeSeconds;
         }},
    };

    QByteArray out;
    out += "# HELP backup_browser_check_timestamp_seconds When backup-browser-cli check judged the backups "
           "(Unix time).\n"
           "# TYPE backup_browser_check_timestamp_seconds gauge\n"
           "backup_browser_check_timestamp_seconds "
        + QByteArray::number(checkedAtUtc.toSecsSinceEpoch()) + '\n';
    for (const Metric &metric : metrics) {
        out += QByteArray("# HELP ") + metric.name + ' ' + metric.help + '\n';
        out += QByteArray("# TYPE ") + metric.name + " gauge\n";
        for (const InstanceHealth &health : healths) {
            const qint64 value = metric.value(health);
            if (value >= 0)
                out += metric.name + labels(health) + ' ' + QByteArray::number(value) + '\n';
        }
    }
    return out;
}

} // namespace bb
