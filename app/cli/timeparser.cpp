#include "app/cli/timeparser.h"

#include <QRegularExpression>

namespace bb {

namespace {

QDateTime parseRelative(const QString &text, const QDateTime &nowUtc)
{
    const qint64 seconds = TimeParser::durationSeconds(text);
    return seconds < 0 ? QDateTime() : nowUtc.toUTC().addSecs(-seconds);
}

QDateTime parseAbsolute(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return {};
    if (match.captured(2).isEmpty())
        return QDateTime(date, QTime(0, 0), Qt::UTC);

    // Scripts should not depend on the machine's zone: a date-time without an offset is UTC.
    QString zone = match.captured(3);
    if (zone.isEmpty())
        zone = QStringLiteral("Z");
    else if (zone.size() == 5) // +0800 -> +08:00, which Qt's ISO parser wants
        zone.insert(3, u':');
    const QDateTime parsed
        = QDateTime::fromString(match.captured(1) + u'T' + match.captured(2) + zone, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace

qint64 TimeParser::durationSeconds(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([wdhm])$"));
    const QRegularExpressionMatch match = relative.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    qint64 seconds = 60; // 'm'
    if (unit == u'h')
        seconds = 3600;
    else if (unit == u'd')
        seconds = 86400;
    else if (unit == u'w')
        seconds = 7 * 86400;
    return count * seconds;
}

QDateTime TimeParser::parse(const QString &text, const QDateTime &nowUtc)
{
    const QString trimmed = text.trimmed();
    const QDateTime relative = parseRelative(trimmed, nowUtc);
    return relative.isValid() ? relative : parseAbsolute(trimmed);
}

} // namespace bb
