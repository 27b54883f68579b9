#include "models/csvwriter.h"

#include "models/displayformat.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::CsvWriter", text);
}

QString rawText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return DisplayFormat::isoUtc(value.toDateTime());
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(';'));
    return value.toString();
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

QString CsvWriter::field(const QString &cell) const
{
    QString text = cell;
    // A spreadsheet evaluates cells starting with these; a leading ' makes them plain text.
    if (m_guard && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("The CSV output is not open for writing.");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Writing the CSV output failed: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_started) {
        m_started = true;
        if (m_bom && !writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    line += QLatin1String("\r\n");
    if (!writeBytes(line.toUtf8()))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::writeModel(const QAbstractItemModel *model, const QList<int> &columns)
{
    return writeHeader(model, columns) && writeModelRows(model, 0, model->rowCount());
}

bool CsvWriter::writeHeader(const QAbstractItemModel *model, const QList<int> &columns)
{
    if (!model) {
        m_error = tr("Nothing to export.");
        return false;
    }
    // Which columns get a raw companion (bytes, ISO-8601 UTC) beside the formatted text.
    m_columns = columns;
    m_companion.clear();
    QStringList header;
    for (int column : columns) {
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        const QVariant rawHeader = model->headerData(column, Qt::Horizontal, ModelRoles::RawHeaderRole);
        m_companion.append(rawHeader.isValid() && !rawHeader.toString().isEmpty());
        if (m_companion.last())
            header.append(rawHeader.toString());
    }
    return writeRow(header);
}

bool CsvWriter::writeModelRows(const QAbstractItemModel *model, int first, int last)
{
    if (!model) {
        m_error = tr("Nothing to export.");
        return false;
    }
    QStringList cells;
    for (int row = first; row < last; ++row) {
        cells.clear();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QModelIndex index = model->index(row, m_columns.at(i));
            cells.append(index.data(Qt::DisplayRole).toString());
            if (m_companion.at(i))
                cells.append(rawText(index.data(ModelRoles::RawRole)));
        }
        if (!writeRow(cells))
            return false;
    }
    return true;
}

bool CsvWriter::writeFile(const QString &path, bool bom, const std::function<bool(CsvWriter &)> &write,
                          QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    writer.setBom(bom);
    const bool wrote = write(writer) && writer.ok();
    if (!wrote) {
        file.cancelWriting();
        if (error)
            *error = writer.ok() ? tr("The export of %1 was cancelled.").arg(QDir::toNativeSeparators(path))
                                 : writer.errorString();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace bb
