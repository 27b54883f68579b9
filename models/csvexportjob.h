#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QAbstractItemModel;
class QSaveFile;

namespace bb {

class CsvWriter;

// Exports what a view shows (the proxy: its rows in their current order and filter, the given
// columns) to a CSV file without blocking the thread it runs on: the header is written by
// start(), then rows in slices of at most sliceBudget() each, one slice per event-loop turn, so
// input and painting go on between them. CsvWriter does the formatting (RFC 4180, BOM, formula
// guard, raw companions). The file is a QSaveFile, committed only when every row is written:
// cancel(), a write error or a change of the model's rows discards it, and a file already at
// the path stays as it was.
//
// A change of the rows while exporting (a refresh, a page arriving, a re-sort or a filter
// edit) aborts the export with a message rather than writing a mix of two lists: rows are
// read by position, so an insert or a move would skip or repeat some. Values changing in place
// (dataChanged: a detail loaded, a tracked backup's progress) do not abort; each row is still
// written once, as it was when its slice ran.
class CsvExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportJob)

public:
    CsvExportJob(const QAbstractItemModel *model, const QList<int> &columns, const QString &path,
                 QObject *parent = nullptr);
    ~CsvExportJob() override;

    // A UTF-8 byte-order mark first (Excel needs it). Set before start().
    void setBom(bool bom) { m_bom = bom; }
    // The longest a slice may write rows before yielding (default 8 ms). Set before start().
    void setSliceBudget(int milliseconds) { m_budgetNs = qint64(milliseconds) * 1000000; }
    int sliceBudget() const { return int(m_budgetNs / 1000000); }

    // Opens the temporary file and writes the header; the rows follow on later turns. False
    // with a translated *error (and no signal ever) when it cannot start.
    bool start(QString *error = nullptr);
    // Stops at once and discards what was written; finished(false) is emitted from inside.
    void cancel();

    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    // Rows of the model when the export started, and data rows written so far.
    int totalRows() const { return m_total; }
    int rowsWritten() const { return m_next; }
    bool wasCancelled() const { return m_cancelled; }
    // Translated; empty on success.
    QString errorString() const { return m_error; }
    // Wall time of the longest slice so far, in nanoseconds (the benchmark reports it).
    qint64 longestSliceNs() const { return m_longestSliceNs; }

signals:
    // After each slice: data rows written of total. Never decreases.
    void progress(int written, int total);
    // Exactly once after a successful start(): ok when the file was committed.
    void finished(bool ok);

private:
    void runSlice();
    void fail(const QString &error);
    void abortOnChange();
    void discard();

    QPointer<const QAbstractItemModel> m_model;
    QList<int> m_columns;
    QString m_path;
    bool m_bom = false;
    qint64 m_budgetNs = 8000000;

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QList<QMetaObject::Connection> m_watch;
    QTimer m_turn; // zero-interval single shot: the next slice after pending events
    int m_total = 0;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    qint64 m_longestSliceNs = 0;
};

} // namespace bb
