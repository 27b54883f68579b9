#include "ui/ruleeditordialog.h"

#include "providers/productregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb {

namespace {

// The spin box's KiB/s for a limit in bytes/s: a limit below 1 KiB/s still shows as one, never as
// "Unlimited".
int kibFor(qint64 bytesPerSecond)
{
    return bytesPerSecond <= 0 ? 0 : int(std::max<qint64>(1, (bytesPerSecond + 512) / 1024));
}

QSpinBox *countSpin(QWidget *parent, int maximum, const QString &none)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setSpecialValueText(none);
    return spin;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(const OffsiteRule &rule, const QStringList &accounts, Check check,
                                   QWidget *parent)
    : QDialog(parent)
    , m_original(rule)
    , m_check(std::move(check))
    , m_name(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_regions(new QLineEdit(this))
    , m_instances(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_newest(countSpin(this, OffsiteRule::maxNewest, tr("No limit")))
    , m_days(countSpin(this, OffsiteRule::maxDays, tr("No limit")))
    , m_destination(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_layout(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_network(new QComboBox(this))
    , m_connections(new QSpinBox(this))
    , m_connectionsPerFile(new QSpinBox(this))
    , m_bandwidth(countSpin(this, int(OffsiteRule::maxBandwidth / 1024), tr("Unlimited")))
    , m_prune(new QCheckBox(tr("&Remove local copies the rule no longer selects"), this))
    , m_keepLast(countSpin(this, OffsiteRule::maxNewest, tr("Not set")))
    , m_keepWithinDays(countSpin(this, OffsiteRule::maxDays, tr("Not set")))
    , m_daily(countSpin(this, OffsiteRule::maxDays, tr("Not set")))
    , m_weekly(countSpin(this, OffsiteRule::maxWeekly, tr("Not set")))
    , m_monthly(countSpin(this, OffsiteRule::maxMonthly, tr("Not set")))
    , m_yearly(countSpin(this, OffsiteRule::maxYearly, tr("Not set")))
    , m_minimum(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(rule.name.isEmpty() ? tr("Offsite rule") : tr("Offsite rule %1").arg(rule.name));

    // Empty account: the CLI's credentials; the window runs it on the first account with the product.
    m_account->addItem(tr("Command-line credentials (here: the first account with the product)"), QString());
    for (const QString &alias : accounts)
        m_account->addItem(alias, alias);
    if (!rule.account.isEmpty() && m_account->findData(rule.account) < 0)
        m_account->addItem(tr("%1 (not an account here)").arg(rule.account), rule.account);
    for (const ProductDescription &product : ProductRegistry::products())
        m_product->addItem(product.displayName, product.key);
    if (!rule.product.isEmpty() && m_product->findData(rule.product) < 0)
        m_product->addItem(rule.product, rule.product);
    m_kind->addItem(tr("Full backups"), int(OffsiteRule::Kinds::Full));
    m_kind->addItem(tr("Log backups"), int(OffsiteRule::Kinds::Log));
    m_kind->addItem(tr("Full and log backups"), int(OffsiteRule::Kinds::All));
    m_network->addItem(tr("External (public internet)"), int(DownloadNetwork::External));
    m_network->addItem(tr("Internal (inside the cloud's network)"), int(DownloadNetwork::Internal));
    m_connections->setRange(1, OffsiteRule::maxConnections);
    m_connectionsPerFile->setRange(1, OffsiteRule::maxConnections);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSingleStep(1024);
    m_minimum->setRange(1, OffsiteRule::maxNewest);
    m_regions->setPlaceholderText(tr("the account's regions"));
    m_instances->setPlaceholderText(
        tr("every instance; or ids and name patterns (prod-*), by commas or lines"));
    m_instances->setTabChangesFocus(true);
    m_instances->setFixedHeight(m_instances->fontMetrics().lineSpacing() * 4);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_problem->setWordWrap(true);

    auto *which = new QGroupBox(tr("Which backups"), this);
    auto *whichForm = new QFormLayout(which);
    whichForm->addRow(tr("&Name:"), m_name);
    whichForm->addRow(tr("&Account:"), m_account);
    whichForm->addRow(tr("&Product:"), m_product);
    whichForm->addRow(tr("Re&gions:"), m_regions);
    whichForm->addRow(tr("&Instances:"), m_instances);
    whichForm->addRow(tr("&Kind:"), m_kind);
    whichForm->addRow(tr("N&ewest per instance:"), m_newest);
    whichForm->addRow(tr("Started &within (days):"), m_days);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereForm = new QFormLayout(where);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_choose);
    auto *destinationLabel = new QLabel(tr("&Destination:"), where);
    destinationLabel->setBuddy(m_destination);
    whereForm->addRow(destinationLabel, destinationRow);
    whereForm->addRow(tr("&Layout:"), m_layout);
    whereForm->addRow(tr("For example:"), m_preview);

    auto *how = new QGroupBox(tr("Transfer"), this);
    auto *howForm = new QFormLayout(how);
    howForm->addRow(tr("Ne&twork:"), m_network);
    howForm->addRow(tr("C&onnections (backups at once):"), m_connections);
    howForm->addRow(tr("Connections per &file:"), m_connectionsPerFile);
    howForm->addRow(tr("&Bandwidth limit:"), m_bandwidth);

    auto *keep = new QGroupBox(tr("Local retention"), this);
    auto *keepLayout = new QVBoxLayout(keep);
    keepLayout->addWidget(m_prune);
    keepLayout->addWidget(new QLabel(tr("Without counts, the selection above decides what stays."), keep));
    // Two columns: newest/within/minimum, and the grandfather-father-son buckets.
    auto *counts = new QHBoxLayout;
    auto *plain = new QFormLayout;
    plain->addRow(tr("Keep the la&st:"), m_keepLast);
    plain->addRow(tr("Keep those within (days):"), m_keepWithinDays);
    plain->addRow(tr("Always keep at least (&minimum):"), m_minimum);
    auto *buckets = new QFormLayout;
    buckets->addRow(tr("Daily:"), m_daily);
    buckets->addRow(tr("Weekly:"), m_weekly);
    buckets->addRow(tr("Monthly:"), m_monthly);
    buckets->addRow(tr("Yearly:"), m_yearly);
    counts->addLayout(plain, 1);
    counts->addLayout(buckets, 1);
    keepLayout->addLayout(counts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(which, 0, 0, 2, 1);
    grid->addWidget(where, 0, 1);
    grid->addWidget(how, 1, 1);
    grid->addWidget(keep, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    showRule(rule);

    for (QLineEdit *edit : {m_name, m_regions, m_destination, m_layout})
        connect(edit, &QLineEdit::textChanged, this, &RuleEditorDialog::update);
    connect(m_instances, &QPlainTextEdit::textChanged, this, &RuleEditorDialog::update);
    for (QComboBox *combo : {m_account, m_product, m_kind, m_network})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::update);
    for (QSpinBox *spin : {m_newest, m_days, m_connections, m_connectionsPerFile, m_bandwidth, m_keepLast,
                           m_keepWithinDays, m_daily, m_weekly, m_monthly, m_yearly, m_minimum})
        connect(spin, &QSpinBox::valueChanged, this, &RuleEditorDialog::update);
    connect(m_prune, &QCheckBox::toggled, this, &RuleEditorDialog::update);
    connect(m_choose, &QPushButton::clicked, this, &RuleEditorDialog::chooseDestination);
    update();
}

void RuleEditorDialog::showRule(const OffsiteRule &rule)
{
    m_name->setText(rule.name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(rule.account)));
    m_product->setCurrentIndex(std::max(0, m_product->findData(rule.product)));
    m_regions->setText(rule.regions.join(QStringLiteral(", ")));
    m_instances->setPlainText(rule.instances.join(u'\n'));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(rule.kinds))));
    m_newest->setValue(rule.newest);
    m_days->setValue(rule.days);
    m_destination->setText(QDir::toNativeSeparators(rule.destination));
    m_layout->setText(rule.layout);
    m_network->setCurrentIndex(std::max(0, m_network->findData(int(rule.network))));
    m_connections->setValue(rule.connections);
    m_connectionsPerFile->setValue(rule.connectionsPerFile);
    m_bandwidth->setValue(kibFor(rule.bytesPerSecond));
    m_prune->setChecked(rule.prune);
    const RetentionSpec counts = rule.retentionSet ? rule.retention : RetentionSpec();
    m_keepLast->setValue(counts.last);
    m_keepWithinDays->setValue(counts.withinDays);
    m_daily->setValue(counts.daily);
    m_weekly->setValue(counts.weekly);
    m_monthly->setValue(counts.monthly);
    m_yearly->setValue(counts.yearly);
    m_minimum->setValue(rule.retention.minimum);
}

OffsiteRule RuleEditorDialog::rule() const
{
    OffsiteRule rule;
    rule.name = m_name->text().trimmed();
    rule.account = m_account->currentData().toString();
    rule.product = m_product->currentData().toString();
    rule.regions = OffsiteRule::splitList(m_regions->text());
    rule.instances = OffsiteRule::splitList(m_instances->toPlainText());
    rule.kinds = OffsiteRule::Kinds(m_kind->currentData().toInt());
    rule.newest = m_newest->value();
    rule.days = m_days->value();
    rule.destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    rule.layout = m_layout->text().trimmed();
    rule.network = DownloadNetwork(m_network->currentData().toInt());
    rule.connections = m_connections->value();
    rule.connectionsPerFile = m_connectionsPerFile->value();
    // A limit the file gives in bytes stays exact unless the user changes it.
    rule.bytesPerSecond = m_bandwidth->value() == kibFor(m_original.bytesPerSecond)
        ? m_original.bytesPerSecond
        : qint64(m_bandwidth->value()) * 1024;
    rule.prune = m_prune->isChecked();
    RetentionSpec &s = rule.retention;
    s.last = m_keepLast->value();
    s.withinDays = m_keepWithinDays->value();
    s.daily = m_daily->value();
    s.weekly = m_weekly->value();
    s.monthly = m_monthly->value();
    s.yearly = m_yearly->value();
    s.minimum = m_minimum->value();
    rule.retentionSet = !s.keepsEverything();
    return rule;
}

void RuleEditorDialog::update()
{
    const OffsiteRule current = rule();
    m_why = m_check ? m_check(current) : current.problem();
    m_ok->setEnabled(m_why.isEmpty());
    m_problem->setText(m_why.isEmpty() ? QString() : tr("Cannot save: %1").arg(m_why));
    m_problem->setVisible(!m_why.isEmpty());
    // A sample backup of today, through the same folderFor() a run uses.
    QString preview;
    if (OffsiteRule::checkLayout(current.layout).isEmpty()) {
        preview = QDir::toNativeSeparators(
            QDir(current.destination.isEmpty() ? QStringLiteral(".") : current.destination)
                .filePath(current.examplePath(QDateTime::currentDateTimeUtc())));
        // The file allows it (`sync` takes it from its working directory), but the window and a
        // timer each run from a folder of their own.
        if (!current.destination.isEmpty() && QDir::isRelativePath(current.destination))
            preview += u'\n'
                + tr("The destination is relative: each program that runs the rule resolves it from its own "
                     "working folder; choose an absolute folder to be sure.");
    }
    m_preview->setText(preview);
}

void RuleEditorDialog::chooseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Keep local copies in"), QDir::fromNativeSeparators(m_destination->text()));
    if (!folder.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(folder));
}

} // namespace bb
