#pragma once

#include <QDialog>

class QAction;
class QInputDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bb {

class FleetHealthController;

// The fleet overview: every instance of every account with its health (OK, Warning, Critical),
// the reasons and the ages, sortable and filterable, refreshed with Refresh and on the
// controller's timer. Double-clicking a row (or Enter) asks the window to open that instance. The
// rows' context menu sets an instance's own expected backup age (saved in Settings, the fleet
// judged again) or opens the Fleet health settings.
class HealthOverviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthOverviewDialog)

public:
    explicit HealthOverviewDialog(FleetHealthController *controller, QWidget *parent = nullptr);

    FleetHealthController *controller() const { return m_controller; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QString summaryText() const;
    // The context menu's actions, on the current row.
    QAction *setMaxAgeAction() const { return m_setMaxAge; }
    QAction *thresholdsAction() const { return m_thresholds; }
    // Asks for the current row's instance's expected age (tests find the dialog open).
    void askInstanceMaxAge();

signals:
    void instanceActivated(const QString &accountId, const QString &product, const QString &region,
                           const QString &instanceId);
    // The user asked for the Fleet health settings page.
    void thresholdsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int maxTextWidth = 360; // instance and reasons; the rest in the tooltip
    static constexpr int resizePrecisionRows = 200;

    void retranslate();
    void updateSummary();
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);

    FleetHealthController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QAction *m_setMaxAge;
    QAction *m_thresholds;
    int m_judged = 0;
    int m_total = 0;
};

} // namespace bb
