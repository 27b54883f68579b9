#pragma once

#include <QWidget>

class QMenu;
class QTableView;
class QToolButton;

namespace bb {

class DownloadListModel;
class DownloadManager;
class DownloadTask;

// The downloads dock: one row per download with a progress bar (ProgressDelegate), speed,
// ETA and state, and pause / resume / cancel / retry / open folder / clear finished.
class DownloadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)

public:
    explicit DownloadsPanel(DownloadManager *manager, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DownloadListModel *model() const { return m_model; }
    // The manager id of the selected row (empty when none).
    QString currentId() const;

    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *resumeButton() const { return m_resume; }
    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *openButton() const { return m_open; }

    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void openSelectedFolder();
    // Copies the selected download's file path (the folder while it has none yet).
    void copySelectedPath();

signals:
    // Something the user asked for could not be done (a folder that cannot be opened).
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets the buttons' tooltips in the current language (the model follows on its own).
    void retranslate();
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    // The row's connections (1, 2, 4, 8, 16 and its own), changeable while it is not running.
    void addConnectionsMenu(QMenu *menu, const QString &id, const DownloadTask *task);

    DownloadManager *m_manager;
    DownloadListModel *m_model;
    QTableView *m_view;
    QToolButton *m_pause;
    QToolButton *m_resume;
    QToolButton *m_cancel;
    QToolButton *m_open;
    QToolButton *m_clear;
};

} // namespace bb
