#include "offsite/offsiterule.h"

#include "transfers/filenamesanitizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace bb {

namespace {

const QString fileToken = QStringLiteral("{file}");

QStringList placeholders()
{
    return {QStringLiteral("cloud"),    QStringLiteral("product"), QStringLiteral("region"),
            QStringLiteral("instance"), QStringLiteral("backup"),  QStringLiteral("yyyy"),
            QStringLiteral("mm"),       QStringLiteral("dd"),      QStringLiteral("file")};
}

// Shell-style: "prod-*" matches "prod-db-1"; the whole text must match; case ignored.
bool wildcardMatch(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

bool OffsiteRule::selectsInstance(const QString &id, const QString &instanceName) const
{
    if (instances.isEmpty())
        return true;
    for (const QString &pattern : instances) {
        if (pattern == id || wildcardMatch(pattern, id)
            || (!instanceName.isEmpty() && wildcardMatch(pattern, instanceName)))
            return true;
    }
    return false;
}

bool OffsiteRule::selectsKind(BackupKind kind) const
{
    switch (kinds) {
    case Kinds::All:
        return true;
    case Kinds::Log:
        return kind == BackupKind::Log;
    case Kinds::Full:
        break;
    }
    // Snapshots are whole copies too (Redis RDB files, StarRocks snapshots).
    return kind == BackupKind::Full || kind == BackupKind::Snapshot || kind == BackupKind::Unknown;
}

RetentionSpec OffsiteRule::effectiveRetention() const
{
    if (retentionSet)
        return retention;
    RetentionSpec spec;
    spec.last = newest;
    spec.withinDays = days;
    spec.minimum = retention.minimum;
    return spec;
}

QString OffsiteRule::folderFor(const Backup &backup) const
{
    const QDate date = backup.start.toUTC().date();
    const QString cloud = backup.product.section(u'-', 0, 0);
    QString folder = layout;
    const qsizetype at = folder.lastIndexOf(fileToken);
    folder.truncate(at < 0 ? folder.size() : at);
    const QList<QPair<QString, QString>> values {
        {QStringLiteral("{cloud}"), cloud},
        {QStringLiteral("{product}"), backup.product},
        {QStringLiteral("{region}"), backup.region},
        {QStringLiteral("{instance}"), backup.instanceId},
        {QStringLiteral("{backup}"), backup.id},
        {QStringLiteral("{yyyy}"), QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'))},
        {QStringLiteral("{mm}"), QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))},
        {QStringLiteral("{dd}"), QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))},
    };
    QStringList segments;
    for (const QString &segment : folder.split(u'/', Qt::SkipEmptyParts)) {
        QString text = segment;
        for (const auto &[token, value] : values)
            text.replace(token, value.isEmpty() ? QStringLiteral("unknown") : value);
        // Names from servers never touch the disk unsanitised: a backup id "../x" stays a name.
        segments << FileNameSanitizer::sanitize(text);
    }
    return segments.join(u'/');
}

QString OffsiteRule::checkLayout(const QString &layout)
{
    if (!layout.endsWith(fileToken) || layout.count(fileToken) != 1
        || (layout.size() > fileToken.size() && !layout.endsWith(u'/' + fileToken)))
        return tr("the layout must end with /{file} and name {file} once, not '%1'").arg(layout);
    if (layout.startsWith(u'/') || layout.contains(u'\\') || layout.contains(QStringLiteral("//")))
        return tr("the layout is relative to the destination, '/'-separated, without empty parts: '%1'")
            .arg(layout);
    static const QRegularExpression token(QStringLiteral("\\{([^}]*)\\}"));
    for (const QRegularExpressionMatch &m : token.globalMatch(layout)) {
        if (!placeholders().contains(m.captured(1)))
            return tr("unknown placeholder {%1} in the layout (known: %2)")
                .arg(m.captured(1), placeholders().join(QStringLiteral(", ")));
    }
    return {};
}

QString OffsiteRule::kindsName(Kinds kinds)
{
    switch (kinds) {
    case Kinds::Log:
        return QStringLiteral("log");
    case Kinds::All:
        return QStringLiteral("all");
    case Kinds::Full:
        break;
    }
    return QStringLiteral("full");
}

// ---- RuleFile ------------------------------------------------------------------------------

namespace {

// Reads one rule object; the first problem goes to *error with the field's path.
class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(RuleFile)

public:
    RuleReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    { }

    QString error;

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, tr("is required"));
            return {};
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(key, tr("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }

    QStringList strings(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return {v.toString()};
        QStringList out;
        if (!v.isArray() || v.toArray().size() > 10000) {
            fail(key, tr("must be a string or a list of strings"));
            return {};
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(key, tr("must be a string or a list of strings"));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    qint64 number(const QString &key, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(key, tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    void fail(const QString &key, const QString &what)
    {
        if (!error.isEmpty())
            return;
        // A rule checked alone (the editor) has no path: "newest: ...".
        error = m_path.isEmpty() ? QStringLiteral("%1: %2").arg(key, what)
                                 : QStringLiteral("%1.%2: %3").arg(m_path, key, what);
    }

    void refuseUnknown(const QStringList &known)
    {
        for (const QString &key : m_object.keys()) {
            if (!known.contains(key))
                fail(key, tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
};

int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// One rule object at `path` ("rules[2]"; empty for a rule checked alone), its name defaulting to
// rule-<index + 1>. The first problem goes to the returned error, naming the field.
QString readRule(const QJsonObject &object, const QString &path, qsizetype index, OffsiteRule *out)
{
    RuleReader r(object, path);
    r.refuseUnknown({QStringLiteral("name"), QStringLiteral("account"), QStringLiteral("product"),
                     QStringLiteral("regions"), QStringLiteral("instances"), QStringLiteral("kind"),
                     QStringLiteral("newest"), QStringLiteral("days"), QStringLiteral("destination"),
                     QStringLiteral("layout"), QStringLiteral("network"), QStringLiteral("connections"),
                     QStringLiteral("connections_per_file"), QStringLiteral("bandwidth"),
                     QStringLiteral("prune"), QStringLiteral("keep")});
    OffsiteRule rule;
    rule.name = r.string(QStringLiteral("name"));
    if (rule.name.isEmpty())
        rule.name = QStringLiteral("rule-%1").arg(index + 1);
    rule.account = r.string(QStringLiteral("account"));
    rule.product = r.string(QStringLiteral("product"), true);
    rule.regions = r.strings(QStringLiteral("regions"));
    rule.instances = r.strings(QStringLiteral("instances"));
    const QString kind = r.string(QStringLiteral("kind"));
    if (kind == QLatin1String("log"))
        rule.kinds = OffsiteRule::Kinds::Log;
    else if (kind == QLatin1String("all"))
        rule.kinds = OffsiteRule::Kinds::All;
    else if (!kind.isEmpty() && kind != QLatin1String("full"))
        r.fail(QStringLiteral("kind"), RuleReader::tr("must be full, log or all, not '%1'").arg(kind));
    rule.newest = int(r.number(QStringLiteral("newest"), 0, 0, OffsiteRule::maxNewest));
    rule.days = int(r.number(QStringLiteral("days"), 0, 0, OffsiteRule::maxDays));
    rule.destination = r.string(QStringLiteral("destination"), true);
    const QString layout = r.string(QStringLiteral("layout"));
    if (!layout.isEmpty())
        rule.layout = layout;
    if (const QString why = OffsiteRule::checkLayout(rule.layout); !why.isEmpty())
        r.fail(QStringLiteral("layout"), why);
    const QString network = r.string(QStringLiteral("network"));
    if (network == QLatin1String("internal"))
        rule.network = DownloadNetwork::Internal;
    else if (!network.isEmpty() && network != QLatin1String("external"))
        r.fail(QStringLiteral("network"),
               RuleReader::tr("must be internal or external, not '%1'").arg(network));
    rule.connections
        = int(r.number(QStringLiteral("connections"), rule.connections, 1, OffsiteRule::maxConnections));
    rule.connectionsPerFile = int(r.number(QStringLiteral("connections_per_file"), rule.connectionsPerFile, 1,
                                           OffsiteRule::maxConnections));
    rule.bytesPerSecond = r.number(QStringLiteral("bandwidth"), 0, 0, OffsiteRule::maxBandwidth);
    rule.prune = r.boolean(QStringLiteral("prune"), true);

    const QJsonValue keep = object.value(QStringLiteral("keep"));
    if (keep.isObject()) {
        RuleReader k(keep.toObject(),
                     path.isEmpty() ? QStringLiteral("keep") : path + QStringLiteral(".keep"));
        k.refuseUnknown({QStringLiteral("last"), QStringLiteral("within_days"), QStringLiteral("daily"),
                         QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("yearly"),
                         QStringLiteral("minimum")});
        RetentionSpec &s = rule.retention;
        s.last = int(k.number(QStringLiteral("last"), 0, 0, OffsiteRule::maxNewest));
        s.withinDays = int(k.number(QStringLiteral("within_days"), 0, 0, OffsiteRule::maxDays));
        s.daily = int(k.number(QStringLiteral("daily"), 0, 0, OffsiteRule::maxDays));
        s.weekly = int(k.number(QStringLiteral("weekly"), 0, 0, OffsiteRule::maxWeekly));
        s.monthly = int(k.number(QStringLiteral("monthly"), 0, 0, OffsiteRule::maxMonthly));
        s.yearly = int(k.number(QStringLiteral("yearly"), 0, 0, OffsiteRule::maxYearly));
        s.minimum = int(k.number(QStringLiteral("minimum"), 1, 1, OffsiteRule::maxNewest));
        rule.retentionSet = !s.keepsEverything();
        if (!k.error.isEmpty())
            return k.error;
    } else if (!keep.isUndefined() && !keep.isNull()) {
        r.fail(QStringLiteral("keep"), RuleReader::tr("must be an object"));
    }
    if (r.error.isEmpty())
        *out = rule;
    return r.error;
}

} // namespace

RuleFile RuleFile::parse(const QByteArray &json, const QString &fileName)
{
    RuleFile file;
    auto fail = [&](const QString &message) {
        file.rules.clear();
        file.others = {};
        file.error = QStringLiteral("%1: %2").arg(fileName, message);
        return file;
    };
    if (json.size() > maxBytes)
        return fail(tr("larger than %1 bytes; a rules file is small").arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("line %1: %2").arg(lineOf(json, parseError.offset)).arg(parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rules")).isArray())
        return fail(tr("expected an object with a \"rules\" list"));
    const QJsonArray list = doc.object().value(QStringLiteral("rules")).toArray();
    if (list.isEmpty())
        return fail(tr("\"rules\" is empty"));
    if (list.size() > maxRules)
        return fail(tr("more than %1 rules").arg(maxRules));
    file.others = doc.object();
    file.others.remove(QStringLiteral("rules"));

    QStringList names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(tr("%1: must be an object").arg(path));
        OffsiteRule rule;
        if (const QString error = readRule(list.at(i).toObject(), path, i, &rule); !error.isEmpty())
            return fail(error);
        if (names.contains(rule.name))
            return fail(tr("%1.name: '%2' names another rule too").arg(path, rule.name));
        names << rule.name;
        file.rules << rule;
    }
    return file;
}

RuleFile RuleFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RuleFile result;
        result.error = tr("cannot read the rules file %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.read(maxBytes + 1), path);
}

QByteArray RuleFile::toJson() const
{
    QJsonArray list;
    for (const OffsiteRule &rule : rules)
        list.append(toJsonObject(rule));
    QJsonObject root = others;
    root.insert(QStringLiteral("rules"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject RuleFile::toJsonObject(const OffsiteRule &rule)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), rule.name);
    // No account: the CLI's credentials (the window's first account with the product).
    if (!rule.account.isEmpty())
        o.insert(QStringLiteral("account"), rule.account);
    o.insert(QStringLiteral("product"), rule.product);
    o.insert(QStringLiteral("regions"), QJsonArray::fromStringList(rule.regions));
    o.insert(QStringLiteral("instances"), QJsonArray::fromStringList(rule.instances));
    o.insert(QStringLiteral("kind"), OffsiteRule::kindsName(rule.kinds));
    o.insert(QStringLiteral("newest"), rule.newest);
    o.insert(QStringLiteral("days"), rule.days);
    o.insert(QStringLiteral("destination"), rule.destination);
    o.insert(QStringLiteral("layout"), rule.layout);
    o.insert(QStringLiteral("network"),
             rule.network == DownloadNetwork::Internal ? QStringLiteral("internal")
                                                       : QStringLiteral("external"));
    o.insert(QStringLiteral("connections"), rule.connections);
    o.insert(QStringLiteral("connections_per_file"), rule.connectionsPerFile);
    // A double holds every whole number up to 2^53; the bound is 2^40.
    o.insert(QStringLiteral("bandwidth"), double(rule.bytesPerSecond));
    o.insert(QStringLiteral("prune"), rule.prune);
    const RetentionSpec &s = rule.retention;
    // Without counts the minimum still counts (effectiveRetention() keeps it): written alone.
    if (rule.retentionSet || s.minimum != RetentionSpec().minimum) {
        QJsonObject keep;
        if (rule.retentionSet) {
            keep.insert(QStringLiteral("last"), s.last);
            keep.insert(QStringLiteral("within_days"), s.withinDays);
            keep.insert(QStringLiteral("daily"), s.daily);
            keep.insert(QStringLiteral("weekly"), s.weekly);
            keep.insert(QStringLiteral("monthly"), s.monthly);
            keep.insert(QStringLiteral("yearly"), s.yearly);
        }
        keep.insert(QStringLiteral("minimum"), s.minimum);
        o.insert(QStringLiteral("keep"), keep);
    }
    return o;
}

QString RuleFile::write(const QString &path) const
{
    const QByteArray text = toJson();
    // The same checks as reading, by reading: what is written is what `sync` will accept.
    if (const RuleFile back = parse(text, path); !back.ok())
        return back.error;
    // A rules file is a few KiB: written on the caller's thread (the GUI's too), atomically.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("cannot write the rules file %1: %2").arg(path, file.errorString());
    return {};
}

QString OffsiteRule::problem() const
{
    OffsiteRule back;
    return readRule(RuleFile::toJsonObject(*this), QString(), 0, &back);
}

QString OffsiteRule::examplePath(const QDateTime &startUtc) const
{
    Backup sample;
    sample.product = product;
    sample.region = regions.value(0, QStringLiteral("region"));
    sample.instanceId = QStringLiteral("instance-1");
    for (const QString &instance : instances) {
        if (!instance.contains(u'*') && !instance.contains(u'?') && !instance.contains(u'[')) {
            sample.instanceId = instance;
            break;
        }
    }
    sample.id = QStringLiteral("backup-1");
    sample.start = startUtc;
    const QString folder = folderFor(sample);
    const QString file = QStringLiteral("backup.bak");
    return folder.isEmpty() ? file : folder + u'/' + file;
}

QStringList OffsiteRule::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    QStringList out;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace bb
