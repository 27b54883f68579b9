#include "app/cli/outputformatter.h"

#include "app/cli/recordjson.h"
#include "models/csvwriter.h"
#include "models/displayformat.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

OutputFormatter::OutputFormatter(OutputFormat format, QStringList keys, QList<Column> tableColumns)
    : m_format(format)
    , m_keys(std::move(keys))
    , m_columns(std::move(tableColumns))
{ }

OutputFormatter OutputFormatter::forBackups(OutputFormat format)
{
    using K = Column::Kind;
    return OutputFormatter(format, RecordJson::backupKeys(),
                           {{QStringLiteral("id"), tr("ID"), K::Text},
                            {QStringLiteral("status"), tr("STATUS"), K::Text},
                            {QStringLiteral("kind"), tr("KIND"), K::Text},
                            {QStringLiteral("trigger"), tr("TRIGGER"), K::Text},
                            {QStringLiteral("start"), tr("START"), K::Time},
                            {QStringLiteral("end"), tr("END"), K::Time},
                            {QStringLiteral("size_bytes"), tr("SIZE"), K::Size},
                            {QStringLiteral("databases"), tr("DATABASES"), K::List},
                            {QStringLiteral("name"), tr("NAME"), K::Text}});
}

OutputFormatter OutputFormatter::forInstances(OutputFormat format)
{
    using K = Column::Kind;
    return OutputFormatter(format, RecordJson::instanceKeys(),
                           {{QStringLiteral("id"), tr("ID"), K::Text},
                            {QStringLiteral("name"), tr("NAME"), K::Text},
                            {QStringLiteral("region"), tr("REGION"), K::Text},
                            {QStringLiteral("status"), tr("STATUS"), K::Text},
                            {QStringLiteral("engine"), tr("ENGINE"), K::Text}});
}

OutputFormatter OutputFormatter::forProducts(OutputFormat format)
{
    using K = Column::Kind;
    return OutputFormatter(format,
                           {QStringLiteral("product"), QStringLiteral("cloud"), QStringLiteral("name")},
                           {{QStringLiteral("product"), tr("PRODUCT"), K::Text},
                            {QStringLiteral("cloud"), tr("CLOUD"), K::Text},
                            {QStringLiteral("name"), tr("NAME"), K::Text}});
}

OutputFormatter OutputFormatter::forHealth(OutputFormat format)
{
    using K = Column::Kind;
    return OutputFormatter(
        format, RecordJson::healthKeys(),
        {{QStringLiteral("state"), tr("STATE"), K::Text},
         {QStringLiteral("product"), tr("PRODUCT"), K::Text},
         {QStringLiteral("region"), tr("REGION"), K::Text},
         {QStringLiteral("instance"), tr("INSTANCE"), K::Text},
         {QStringLiteral("newest_full_age_seconds"), tr("FULL AGE"), K::Duration},
         {QStringLiteral("newest_full_size_bytes"), tr("SIZE"), K::Size},
         {QStringLiteral("failures_7d"), tr("FAILED 7D"), K::Text},
         {QStringLiteral("newest_local_copy_age_seconds"), tr("LOCAL COPY AGE"), K::Duration},
         {QStringLiteral("reasons"), tr("REASONS"), K::Sentences}});
}

QByteArray OutputFormatter::jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: let QJsonDocument do the escaping, then drop the surrounding brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString OutputFormatter::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(jsonText(value));
}

QByteArray OutputFormatter::jsonObject(const QJsonObject &record, const QByteArray &indent) const
{
    QByteArray text = "{\n";
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        text += indent + "  " + jsonText(key) + ": " + jsonText(record.value(key));
        text += i + 1 < m_keys.size() ? ",\n" : "\n";
    }
    return text + indent + '}';
}

bool OutputFormatter::writeList(QIODevice *out, const QList<QJsonObject> &records) const
{
    switch (m_format) {
    case OutputFormat::Json: {
        if (records.isEmpty())
            return out->write("[]\n") == 3;
        QByteArray text = "[\n";
        for (qsizetype i = 0; i < records.size(); ++i) {
            text += "  " + jsonObject(records.at(i), "  ");
            text += i + 1 < records.size() ? ",\n" : "\n";
        }
        text += "]\n";
        return out->write(text) == text.size();
    }
    case OutputFormat::Csv:
        return writeCsv(out, records);
    case OutputFormat::Table:
    case OutputFormat::Prometheus: // check writes these with its own writers, never here
    case OutputFormat::Nagios:
        break;
    }
    const QByteArray text = table(records);
    return out->write(text) == text.size();
}

bool OutputFormatter::writeOne(QIODevice *out, const QJsonObject &record) const
{
    QByteArray text;
    switch (m_format) {
    case OutputFormat::Json:
        text = jsonObject(record, {}) + '\n';
        break;
    case OutputFormat::Csv:
        return writeCsv(out, {record});
    case OutputFormat::Table:
    case OutputFormat::Prometheus:
    case OutputFormat::Nagios:
        text = details(record);
        break;
    }
    return out->write(text) == text.size();
}

bool OutputFormatter::writeCsv(QIODevice *out, const QList<QJsonObject> &records) const
{
    CsvWriter csv(out);
    csv.writeRow(m_keys);
    for (const QJsonObject &record : records) {
        QStringList cells;
        cells.reserve(m_keys.size());
        for (const QString &key : m_keys)
            cells << cellText(record.value(key));
        csv.writeRow(cells);
    }
    return csv.ok();
}

QString OutputFormatter::tableCell(const Column &column, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    switch (column.kind) {
    case Column::Kind::Size:
        return DisplayFormat::size(value.toInteger(-1));
    case Column::Kind::Time:
        return DisplayFormat::localTime(QDateTime::fromString(value.toString(), Qt::ISODate));
    case Column::Kind::Duration:
        return DisplayFormat::duration(value.toInteger(-1));
    case Column::Kind::List:
    case Column::Kind::Sentences: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << cellText(item);
        return items.isEmpty() ? QStringLiteral("-")
                               : items.join(column.kind == Column::Kind::List ? u',' : u' ');
    }
    case Column::Kind::Text:
        break;
    }
    const QString text = cellText(value);
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QByteArray OutputFormatter::table(const QList<QJsonObject> &records) const
{
    QList<QStringList> rows;
    QStringList header;
    for (const Column &column : m_columns)
        header << column.header;
    rows << header;
    for (const QJsonObject &record : records) {
        QStringList row;
        for (const Column &column : m_columns)
            row << tableCell(column, record.value(column.key));
        rows << row;
    }
    QList<qsizetype> widths(m_columns.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const Column::Kind kind = m_columns.at(c).kind;
            const bool last = c + 1 == row.size();
            // Sizes read best right-aligned; the last column needs no trailing padding.
            if (kind == Column::Kind::Size)
                line += row.at(c).rightJustified(widths.at(c));
            else
                line += last ? row.at(c) : row.at(c).leftJustified(widths.at(c));
            if (!last)
                line += QStringLiteral("  ");
        }
        text += line + u'\n';
    }
    return text.toUtf8();
}

QByteArray OutputFormatter::details(const QJsonObject &record) const
{
    qsizetype width = 0;
    for (const QString &key : m_keys)
        width = std::max(width, key.size());
    QString text;
    for (const QString &key : m_keys) {
        const QJsonValue value = record.value(key);
        const QString label = (key + u':').leftJustified(width + 2);
        if (key == QLatin1String("size_bytes") && !value.isNull()) {
            text += label + DisplayFormat::size(value.toInteger(-1)) + QStringLiteral(" (")
                + DisplayFormat::exactBytes(value.toInteger(-1)) + QStringLiteral(")\n");
        } else if ((key == QLatin1String("start") || key == QLatin1String("end")
                    || key == QLatin1String("expire"))
                   && value.isString()) {
            text += label + DisplayFormat::localTime(QDateTime::fromString(value.toString(), Qt::ISODate))
                + QStringLiteral("  (") + value.toString() + QStringLiteral(")\n");
        } else if (value.isArray() && key == QLatin1String("files")) {
            text += label + QString::number(value.toArray().size()) + u'\n';
            for (const QJsonValue &file : value.toArray()) {
                const QJsonObject f = file.toObject();
                text += QStringLiteral("  - ") + cellText(f.value(QStringLiteral("name")));
                if (!f.value(QStringLiteral("size_bytes")).isNull())
                    text += QStringLiteral("  ")
                        + DisplayFormat::size(f.value(QStringLiteral("size_bytes")).toInteger(-1));
                if (!f.value(QStringLiteral("database")).isNull())
                    text += QStringLiteral("  [") + cellText(f.value(QStringLiteral("database"))) + u']';
                text += u'\n';
            }
        } else if (value.isObject() && key == QLatin1String("extra")) {
            text += key + QStringLiteral(":\n");
            const QJsonObject extra = value.toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                text += QStringLiteral("  ") + it.key() + QStringLiteral(": ") + cellText(it.value()) + u'\n';
        } else if (value.isObject() && key == QLatin1String("checksum")) {
            const QJsonObject sum = value.toObject();
            text += label + cellText(sum.value(QStringLiteral("algorithm"))) + u' '
                + cellText(sum.value(QStringLiteral("value"))) + u'\n';
        } else if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << cellText(item);
            text
                += label + (items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral(", "))) + u'\n';
        } else {
            const QString cell = cellText(value);
            text += label + (cell.isEmpty() ? QStringLiteral("-") : cell) + u'\n';
        }
    }
    return text.toUtf8();
}

} // namespace bb
