#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bb {

class FleetHealthController;

// The fleet overview: every instance of every account with its health (OK, Warning, Critical),
// the reasons and the ages, sortable and filterable, refreshed with Refresh and on the
// controller's timer. Double-clicking a row (or Enter) asks the window to open that instance.
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

signals:
    void instanceActivated(const QString &accountId, const QString &product, const QString &region,
                           const QString &instanceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int maxTextWidth = 360; // instance and reasons; the rest in the tooltip
    static constexpr int resizePrecisionRows = 200;

    void retranslate();
    void updateSummary();
    void activate(const QModelIndex &proxyIndex);

    FleetHealthController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QPushButton *m_refresh;
    int m_judged = 0;
    int m_total = 0;
};

} // namespace bb
