#pragma once

#include "providers/core/backup.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QToolButton;

namespace bb {

class BackupFilterProxy;
class BackupTableModel;

// The backup table with its filter bar: a text filter (Ctrl+F), status and kind filters, a date range,
// a column chooser on the header's context menu and a Copy submenu. Shows the proxy; the
// actions (download, create, delete, export) belong to the main window and are passed in.
class BackupTablePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTablePane)

public:
    BackupTablePane(BackupTableModel *table, BackupFilterProxy *proxy, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QMenu *copyMenu() const { return m_copyMenu; }
    // Actions shown on the table's context menu, above the Copy submenu.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // The selected backup (nullptr when none).
    const Backup *currentBackup() const;
    // Visible columns in view order (what the export writes).
    QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);

    // Columns hidden for the current scope (Instance when one instance is shown, Name when no
    // row has one), on top of the user's own choice, which comes back when the scope changes.
    void setAutoHiddenColumns(const QSet<int> &columns);
    QSet<int> autoHiddenColumns() const { return m_autoHidden; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    // Selects the statuses shown (empty: all) and the date preset (see DateRange).
    void setStatusFilter(const QSet<BackupStatus> &statuses);
    // Selects the kinds shown (full, incremental, log, snapshot; empty: all).
    void setKindFilter(const QSet<BackupKind> &kinds);
    enum class DateRange { Any, Last24Hours, Last7Days, Last30Days, Custom };
    void setDateRange(DateRange range);
    // Says which time window the table holds (BrowserController::listingWindowText()), with a
    // progress bar while `done` < `total` pieces of it are listed.
    void setListingWindow(const QString &text, int done, int total);
    // Clears the text, status and kind filters (the time range stays: it decides what is loaded).
    void clearFilters();
    // The "N of M shown" line (hidden while nothing is filtered out).
    QLabel *filterSummary() const { return m_shown; }

    // Copies to the clipboard (also from the Copy submenu).
    void copyId();
    void copyName();
    void copyUrls();
    void copyRow();

signals:
    void currentBackupChanged();
    void activated();
    // The date preset or custom range changed: the window the table should hold (an invalid
    // `since` is any time, an invalid `until` is now; UTC).
    void listingWindowChosen(const QDateTime &since, const QDateTime &until);
    // The status or kind filter changed (empty: all); the table's proxy already applies it, and
    // the listing may ask the API for just these rows where it filters on the server.
    void rowFiltersChosen(const QSet<bb::BackupStatus> &statuses, const QSet<bb::BackupKind> &kinds);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets the filter bar's and menus' texts in the current language.
    void retranslate();
    // The default columns, their order and widths (the saved header state may replace them).
    void applyDefaultColumns();
    // Widths that follow the font and the language (status badges, times, sizes, kinds).
    void fitColumns();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void applyDateRange();
    void applyStatusFilter();
    void applyKindFilter();
    void updateFilterButtons();
    void copy(const QString &text);
    // Shows "N of M shown — Clear filters" while filters hide rows.
    void updateShown();

    BackupTableModel *m_table;
    BackupFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QToolButton *m_kindButton;
    QMenu *m_kindMenu;
    QComboBox *m_datePreset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_window;
    QProgressBar *m_windowProgress;
    QMenu *m_copyMenu;
    QAction *m_copyId;
    QAction *m_copyName;
    QAction *m_copyUrls;
    QAction *m_copyRow;
    QList<QAction *> m_contextActions;
    QSet<int> m_autoHidden;
    QLabel *m_shown;
};

} // namespace bb
