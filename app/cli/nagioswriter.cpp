#include "app/cli/nagioswriter.h"

#include "app/cli/exitcodes.h"

namespace bb {

namespace {

QByteArray stateWord(NagiosWriter::Code code)
{
    switch (code) {
    case NagiosWriter::Ok:
        return "OK";
    case NagiosWriter::Warning:
        return "WARNING";
    case NagiosWriter::Critical:
        return "CRITICAL";
    case NagiosWriter::Unknown:
        break;
    }
    return "UNKNOWN";
}

} // namespace

QString NagiosWriter::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'|')
            out += u'/';
        else if (c.isSpace() || c.category() == QChar::Other_Control)
            out += u' ';
        else
            out += c;
    }
    return out.simplified();
}

QByteArray NagiosWriter::line(const QList<InstanceHealth> &healths)
{
    int counts[3] = {0, 0, 0};
    for (const InstanceHealth &health : healths)
        ++counts[int(health.state)];
    const HealthState worst = counts[2] ? HealthState::Critical
        : counts[1]                     ? HealthState::Warning
                                        : HealthState::Ok;
    const Code code = worst == HealthState::Critical ? Critical
        : worst == HealthState::Warning              ? Warning
                                                     : Ok;

    QString text;
    if (healths.isEmpty()) {
        text = tr("no instance to check");
    } else if (worst == HealthState::Ok) {
        text = tr("%n instance(s) checked, all OK", nullptr, int(healths.size()));
    } else {
        text = tr("%1 critical, %2 warning, %3 OK").arg(counts[2]).arg(counts[1]).arg(counts[0]);
        // The worst first, in the order the results came (product, region, instance).
        QList<const InstanceHealth *> named;
        for (const HealthState state : {HealthState::Critical, HealthState::Warning}) {
            for (const InstanceHealth &health : healths) {
                if (health.state == state)
                    named << &health;
            }
        }
        QStringList parts;
        for (const InstanceHealth *health : named.mid(0, maxNamed)) {
            QString reason = health->reasons.isEmpty() ? QString() : clean(health->reasons.first());
            if (reason.endsWith(u'.'))
                reason.chop(1); // the sentence goes on after it
            if (reason.size() > maxReasonChars)
                reason = reason.left(maxReasonChars - 1) + u'…';
            parts << QStringLiteral("%1 %2: %3")
                         .arg(clean(health->instanceId), toString(health->state), reason);
        }
        if (named.size() > maxNamed)
            parts << tr("%n more", nullptr, int(named.size() - maxNamed));
        text += QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    }
    return "BACKUPS " + stateWord(code) + " - " + text.toUtf8() + " | ok=" + QByteArray::number(counts[0])
        + " warning=" + QByteArray::number(counts[1]) + " critical=" + QByteArray::number(counts[2]) + '\n';
}

QByteArray NagiosWriter::unknown(const QString &message)
{
    return "BACKUPS UNKNOWN - " + clean(message).toUtf8() + '\n';
}

NagiosWriter::Code NagiosWriter::pluginCode(int cliExitCode)
{
    switch (cliExitCode) {
    case ExitCodes::Ok:
        return Ok;
    case ExitCodes::HealthWarning:
        return Warning;
    case ExitCodes::HealthCritical:
        return Critical;
    default:
        return Unknown;
    }
}

bool NagiosWriter::requested(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format=nagios"))
            return true;
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size()
            && arguments[i + 1] == QLatin1String("nagios"))
            return true;
    }
    return false;
}

} // namespace bb
