#include "models/csvexportjob.h"

#include "models/csvwriter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSaveFile>

namespace bb {

namespace {

// Rows written between two looks at the clock: a row costs ~10 µs, so the budget is
// overshot by well under a millisecond, and the clock is read only a few times per slice.
constexpr int rowsPerCheck = 32;

} // namespace

CsvExportJob::CsvExportJob(const QAbstractItemModel *model, const QList<int> &columns, const QString &path,
                           QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_columns(columns)
    , m_path(path)
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &CsvExportJob::runSlice);
}

CsvExportJob::~CsvExportJob()
{
    discard();
}

bool CsvExportJob::start(QString *error)
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_running || m_file)
        return refuse(tr("This export has already started."));
    if (!m_model)
        return refuse(tr("Nothing to export."));
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        m_file.reset();
        return refuse(reason);
    }
    m_writer = std::make_unique<CsvWriter>(m_file.get());
    m_writer->setBom(m_bom);
    if (!m_writer->writeHeader(m_model, m_columns)) {
        const QString reason = m_writer->errorString();
        discard();
        return refuse(reason);
    }
    m_total = m_model->rowCount();
    m_next = 0;
    m_running = true;

    // Rows are read by position: anything that moves, adds or removes rows would make the
    // output skip or repeat some, so it ends the export instead.
    const QAbstractItemModel *model = m_model.data();
    const auto abort = [this] {
        abortOnChange();
    };
    m_watch = {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, abort),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, abort),
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, abort),
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, abort),
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, abort),
        connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, abort),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, abort),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, abort),
        connect(model, &QObject::destroyed, this, abort),
    };
    m_turn.start();
    return true;
}

void CsvExportJob::runSlice()
{
    if (!m_running)
        return;
    if (!m_model)
        return abortOnChange();
    QElapsedTimer slice;
    slice.start();
    while (m_next < m_total) {
        const int last = std::min(m_total, m_next + rowsPerCheck);
        if (!m_writer->writeModelRows(m_model, m_next, last))
            return fail(m_writer->errorString());
        m_next = last;
        if (slice.nsecsElapsed() >= m_budgetNs)
            break;
    }
    m_longestSliceNs = std::max(m_longestSliceNs, slice.nsecsElapsed());
    emit progress(m_next, m_total);
    if (m_next < m_total) {
        m_turn.start();
        return;
    }
    if (!m_file->commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    m_file.reset();
    m_writer.reset();
    m_running = false;
    for (const QMetaObject::Connection &c : std::as_const(m_watch))
        disconnect(c);
    m_watch.clear();
    emit finished(true);
}

void CsvExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    fail(tr("The export to %1 was cancelled; nothing was written.").arg(QDir::toNativeSeparators(m_path)));
}

void CsvExportJob::abortOnChange()
{
    if (!m_running)
        return;
    fail(tr("The list changed during the export (it was refreshed, re-sorted or filtered, or was still "
            "loading), so nothing was written to %1. Export again.")
             .arg(QDir::toNativeSeparators(m_path)));
}

void CsvExportJob::fail(const QString &error)
{
    discard();
    m_error = error;
    emit finished(false);
}

void CsvExportJob::discard()
{
    m_turn.stop();
    for (const QMetaObject::Connection &c : std::as_const(m_watch))
        disconnect(c);
    m_watch.clear();
    m_writer.reset();
    if (m_file) {
        // Without commit() the temporary file goes away and the target is never touched.
        m_file->cancelWriting();
        m_file.reset();
    }
    m_running = false;
}

} // namespace bb
