#include "ui/healthoverviewdialog.h"

#include "models/healthtablemodel.h"
#include "models/modelroles.h"
#include "session/fleethealthcontroller.h"
#include "ui/healththresholdspage.h"
#include "ui/statusbadgedelegate.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bb {

HealthOverviewDialog::HealthOverviewDialog(FleetHealthController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_setMaxAge(new QAction(this))
    , m_thresholds(new QAction(this))
{
    m_proxy->setSourceModel(controller->model());
    m_proxy->setSortRole(ModelRoles::RawRole);
    m_proxy->setFilterKeyColumn(-1); // any column: instance, product, account, state or reason
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HealthTableModel::State, Qt::DescendingOrder); // the worst first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(HealthTableModel::State, new StatusBadgeDelegate(m_view));
    m_view->setColumnWidth(HealthTableModel::State, StatusBadgeDelegate::widthFor(m_view->fontMetrics()));
    m_view->setWordWrap(false);
    // Sizing to contents reads this many rows at most (Qt's default, 1,000, took ~50 ms on the GUI
    // thread for a fleet of 1,000 instances; guistallbench --fleet).
    m_view->horizontalHeader()->setResizeContentsPrecision(resizePrecisionRows);

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, &HealthOverviewDialog::activate);
    connect(m_refresh, &QPushButton::clicked, controller, &FleetHealthController::refresh);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &HealthOverviewDialog::showContextMenu);
    connect(m_setMaxAge, &QAction::triggered, this, &HealthOverviewDialog::askInstanceMaxAge);
    connect(m_thresholds, &QAction::triggered, this, &HealthOverviewDialog::thresholdsRequested);

    connect(controller, &FleetHealthController::progressChanged, this, [this](int judged, int total) {
        m_judged = judged;
        m_total = total;
        updateSummary();
    });
    connect(controller, &FleetHealthController::finished, this, [this] {
        updateSummary();
        // Once per refresh, not per row: sizing to contents on every change would stall a large fleet.
        m_view->resizeColumnsToContents();
        for (const int column : {int(HealthTableModel::Instance), int(HealthTableModel::Reasons)})
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), maxTextWidth));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    resize(1000, 520);
    retranslate();
    updateSummary();
}

QString HealthOverviewDialog::summaryText() const
{
    const std::array<int, 3> counts = m_controller->model()->counts();
    QString text = tr("%1 critical, %2 warning, %3 OK").arg(counts[2]).arg(counts[1]).arg(counts[0]);
    if (m_controller->isRunning())
        text += QStringLiteral(" — ") + tr("checking %1 of %2 instances…").arg(m_judged).arg(m_total);
    return text;
}

void HealthOverviewDialog::updateSummary()
{
    m_summary->setText(summaryText());
    m_refresh->setEnabled(!m_controller->isRunning());
}

void HealthOverviewDialog::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const HealthTableModel *model = m_controller->model();
    emit instanceActivated(model->data(index, HealthTableModel::AccountIdRole).toString(),
                           model->data(index, HealthTableModel::ProductRole).toString(),
                           model->data(index, HealthTableModel::RegionRole).toString(),
                           model->data(index, HealthTableModel::InstanceIdRole).toString());
}

void HealthOverviewDialog::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_setMaxAge->setEnabled(m_view->currentIndex().isValid());
    QMenu menu(this);
    menu.addAction(m_setMaxAge);
    menu.addAction(m_thresholds);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void HealthOverviewDialog::askInstanceMaxAge()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return;
    const QString instanceId
        = m_controller->model()->data(index, HealthTableModel::InstanceIdRole).toString();
    const qint64 own = m_controller->thresholds().forInstance(instanceId);
    // Without its own, the dialog starts at what the instance is held to now.
    const qint64 shown
        = own > 0 ? own : m_controller->model()->row(index.row()).health.expectation.maxFullAgeSeconds;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, HealthThresholdsPage::maxHours);
    dialog->setIntValue(int((shown + 3599) / 3600));
    dialog->setWindowTitle(tr("Expected backup age"));
    dialog->setLabelText(tr("Newest full backup of %1 at most this many hours old (0: its policy, "
                            "product or every instance's threshold again):")
                             .arg(instanceId));
    connect(dialog, &QInputDialog::intValueSelected, m_controller,
            [controller = m_controller, instanceId](int hours) {
                controller->setInstanceMaxAge(instanceId, qint64(hours) * 3600);
            });
    dialog->open();
}

void HealthOverviewDialog::retranslate()
{
    setWindowTitle(tr("Fleet health"));
    m_filter->setPlaceholderText(tr("Filter by instance, product, account, state or reason"));
    m_refresh->setText(tr("&Refresh"));
    m_setMaxAge->setText(tr("Set expected backup age for this instance…"));
    m_thresholds->setText(tr("Fleet health thresholds…"));
    updateSummary();
}

void HealthOverviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace bb
