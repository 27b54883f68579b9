#include "ui/healththresholdspage.h"

#include "providers/productregistry.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb {

namespace {

constexpr qint64 hour = 3600;

int hoursOf(qint64 seconds)
{
    // Rounded up: a 90-minute threshold shows as 2 h, never as 1 h (stricter than set).
    return int((seconds + hour - 1) / hour);
}

} // namespace

HealthThresholdsPage::HealthThresholdsPage(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_global(new QSpinBox(this))
    , m_productBox(new QGroupBox(this))
    , m_productForm(new QFormLayout(m_productBox))
    , m_instanceBox(new QGroupBox(this))
    , m_instances(new QTableWidget(0, 2, m_instanceBox))
    , m_newInstance(new QLineEdit(m_instanceBox))
    , m_newHours(new QSpinBox(m_instanceBox))
    , m_add(new QPushButton(m_instanceBox))
    , m_remove(new QPushButton(m_instanceBox))
{
    m_intro->setWordWrap(true);
    m_global->setRange(1, maxHours);
    m_form->addRow(new QLabel(this), m_global);

    for (const ProductDescription &product : ProductRegistry::products()) {
        QSpinBox *spin = hoursSpin(0, 0);
        m_products.insert(product.key, spin);
        m_productForm->addRow(ProductRegistry::displayName(product.key), spin);
    }

    m_instances->verticalHeader()->hide();
    m_instances->horizontalHeader()->setSectionResizeMode(InstanceColumn, QHeaderView::Stretch);
    m_instances->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instances->setEditTriggers(QAbstractItemView::NoEditTriggers); // the hours are spin boxes
    m_newInstance->setMaxLength(HealthThresholds::maxKeyLength);
    m_newInstance->setClearButtonEnabled(true);
    m_newHours->setRange(1, maxHours);
    m_newHours->setValue(hoursOf(HealthExpectation().maxFullAgeSeconds));
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    connect(m_newInstance, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_newInstance, &QLineEdit::returnPressed, this, &HealthThresholdsPage::addFromFields);
    connect(m_add, &QPushButton::clicked, this, &HealthThresholdsPage::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &HealthThresholdsPage::removeSelected);
    connect(m_instances, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_instances->selectedItems().isEmpty()); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newInstance, 1);
    addRow->addWidget(m_newHours);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *instanceLayout = new QVBoxLayout(m_instanceBox);
    instanceLayout->addWidget(m_instances, 1);
    instanceLayout->addLayout(addRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_productBox);
    layout->addWidget(m_instanceBox, 1);
    setThresholds({});
    retranslate();
}

QSpinBox *HealthThresholdsPage::hoursSpin(qint64 seconds, int minimum)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maxHours);
    spin->setValue(seconds > 0 ? hoursOf(seconds) : 0);
    spin->setSuffix(tr(" h"));
    if (minimum == 0)
        spin->setSpecialValueText(tr("Same as every instance"));
    return spin;
}

void HealthThresholdsPage::setThresholds(const HealthThresholds &thresholds)
{
    m_loaded = thresholds;
    const qint64 global = thresholds.globalSeconds();
    m_global->setValue(hoursOf(global > 0 ? global : HealthExpectation().maxFullAgeSeconds));
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        const qint64 seconds = thresholds.forProduct(it.key());
        it.value()->setValue(seconds > 0 ? hoursOf(seconds) : 0);
    }
    m_instances->setRowCount(0);
    QStringList ids = thresholds.instances().keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        addInstanceRow(id, thresholds.forInstance(id));
}

qint64 HealthThresholdsPage::secondsOf(const QSpinBox *spin, qint64 loadedSeconds)
{
    if (loadedSeconds > 0 && spin->value() == hoursOf(loadedSeconds))
        return loadedSeconds;
    return spin->value() * hour;
}

HealthThresholds HealthThresholdsPage::thresholds() const
{
    HealthThresholds thresholds;
    // Left at the default it was shown with, the global threshold stays unset (the default).
    const qint64 loadedGlobal
        = m_loaded.globalSeconds() > 0 ? m_loaded.globalSeconds() : HealthExpectation().maxFullAgeSeconds;
    const qint64 global = secondsOf(m_global, loadedGlobal);
    if (m_loaded.globalSeconds() > 0 || global != HealthExpectation().maxFullAgeSeconds)
        thresholds.setGlobalSeconds(global);
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it)
        thresholds.setForProduct(it.key(), secondsOf(it.value(), m_loaded.forProduct(it.key())));
    for (int row = 0; row < m_instances->rowCount(); ++row) {
        const QString id = m_instances->item(row, InstanceColumn)->text();
        const auto *spin = qobject_cast<const QSpinBox *>(m_instances->cellWidget(row, HoursColumn));
        thresholds.setForInstance(id, secondsOf(spin, m_loaded.forInstance(id)));
    }
    return thresholds;
}

int HealthThresholdsPage::rowOf(const QString &instanceId) const
{
    for (int row = 0; row < m_instances->rowCount(); ++row) {
        if (m_instances->item(row, InstanceColumn)->text() == instanceId)
            return row;
    }
    return -1;
}

void HealthThresholdsPage::addInstanceRow(const QString &instanceId, qint64 seconds)
{
    const int row = m_instances->rowCount();
    m_instances->insertRow(row);
    auto *item = new QTableWidgetItem(instanceId);
    item->setToolTip(instanceId);
    m_instances->setItem(row, InstanceColumn, item);
    m_instances->setCellWidget(row, HoursColumn, hoursSpin(seconds, 1));
}

void HealthThresholdsPage::addFromFields()
{
    const QString id = m_newInstance->text().trimmed();
    if (id.isEmpty())
        return;
    // An instance listed already gets the new value rather than a second row.
    const int existing = rowOf(id);
    if (existing >= 0) {
        qobject_cast<QSpinBox *>(m_instances->cellWidget(existing, HoursColumn))
            ->setValue(m_newHours->value());
    } else if (m_instances->rowCount() < HealthThresholds::maxInstances) {
        addInstanceRow(id, m_newHours->value() * hour);
    } else {
        return; // the cap: the field keeps the id
    }
    m_newInstance->clear();
}

void HealthThresholdsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_instances->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_instances->removeRow(row);
}

void HealthThresholdsPage::retranslate()
{
    m_intro->setText(tr("How old the newest full backup of an instance may be before it is a warning "
                        "(past twice that it is critical). An instance whose product publishes its "
                        "backup policy is held to that policy, unless it has its own threshold below."));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_global)))
        label->setText(tr("Every instance:"));
    m_global->setSuffix(tr(" h"));
    m_productBox->setTitle(tr("Per product"));
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        it.value()->setSuffix(tr(" h"));
        it.value()->setSpecialValueText(tr("Same as every instance"));
        if (auto *label = qobject_cast<QLabel *>(m_productForm->labelForField(it.value())))
            label->setText(ProductRegistry::displayName(it.key()));
    }
    m_instanceBox->setTitle(tr("Per instance"));
    m_instances->setHorizontalHeaderLabels({tr("Instance ID"), tr("Expected age")});
    for (int row = 0; row < m_instances->rowCount(); ++row) {
        if (auto *spin = qobject_cast<QSpinBox *>(m_instances->cellWidget(row, HoursColumn)))
            spin->setSuffix(tr(" h"));
    }
    m_newInstance->setPlaceholderText(tr("Instance ID"));
    m_newHours->setSuffix(tr(" h"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
}

void HealthThresholdsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bb
