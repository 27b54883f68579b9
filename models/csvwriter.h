#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QIODevice;

namespace bb {

// RFC 4180 CSV to any QIODevice: CRLF line ends, fields with commas, quotes, CR or LF quoted,
// quotes doubled, UTF-8 with an optional BOM for Excel, and a guard against formula injection
// (a cell starting with = + - @ tab or CR gets a leading '). The GUI writes what a view shows
// with writeModel(); the CLI writes rows with writeRow().
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);

    // Write a UTF-8 byte-order mark before the first row (Excel needs it). Default off.
    void setBom(bool bom) { m_bom = bom; }
    // Neutralise cells that a spreadsheet would evaluate. Default on.
    void setFormulaGuard(bool guard) { m_guard = guard; }

    bool writeRow(const QStringList &cells);
    // Writes a header row and every row of the model (as the view shows them: pass the proxy)
    // for the given columns, in that order. DisplayRole text for each column; where the source
    // column's headerData(ModelRoles::RawHeaderRole) names a companion, a second column beside
    // it holds the raw value (bytes as integers, times as ISO-8601 UTC).
    bool writeModel(const QAbstractItemModel *model, const QList<int> &columns);
    // writeModel() in pieces, so a caller can spread a big export over several event-loop turns
    // (CsvExportJob): the header row for `columns` (remembering which get a raw companion), then
    // rows [first, last) of the model for those columns.
    bool writeHeader(const QAbstractItemModel *model, const QList<int> &columns);
    bool writeModelRows(const QAbstractItemModel *model, int first, int last);

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }

    // One field as RFC 4180 wants it (quoted when needed, guard applied).
    QString field(const QString &cell) const;

    // Writes a file atomically (QSaveFile): the callback writes through the writer; the file
    // appears only if it returns true and every write succeeded. *error gets a translated reason.
    static bool writeFile(const QString &path, bool bom, const std::function<bool(CsvWriter &)> &write,
                          QString *error = nullptr);

private:
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QList<int> m_columns; // of the last writeHeader()
    QList<bool> m_companion; // parallel to m_columns: a raw companion column follows
    bool m_bom = false;
    bool m_guard = true;
    bool m_started = false;
    int m_rows = 0;
    QString m_error;
};

} // namespace bb
