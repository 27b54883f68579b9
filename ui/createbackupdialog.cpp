#include "ui/createbackupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb {

CreateBackupDialog::CreateBackupDialog(const Instance &instance, const Capabilities &caps, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_options(CreateBackupOptions::forProduct(instance.product, caps))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Create backup"));
    auto *layout = new QVBoxLayout(this);
    const QString name = instance.name.isEmpty() ? instance.id : instance.name;
    auto *intro = new QLabel(tr("Back up %1 (%2, %3)").arg(name, instance.id, instance.region), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (!m_options.supported) {
        auto *why = new QLabel(m_options.unsupportedReason, this);
        why->setObjectName(QStringLiteral("unsupportedReason"));
        why->setWordWrap(true);
        layout->addWidget(why);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        m_error->hide();
        return;
    }

    auto *form = new QFormLayout;
    if (m_options.databases) {
        m_databases = new QPlainTextEdit(this);
        m_databases->setPlaceholderText(tr("Leave empty to back up the whole instance"));
        m_databases->setMaximumHeight(80);
        m_databases->setToolTip(tr("Database names separated by commas, spaces or new lines"));
        form->addRow(tr("Databases:"), m_databases);
    }
    if (m_options.name) {
        m_name = new QLineEdit(this);
        m_name->setMaxLength(m_options.nameMaxLength > 0 ? m_options.nameMaxLength + 1 : 32767);
        m_name->setPlaceholderText(tr("Optional"));
        form->addRow(m_options.nameLabel + QLatin1Char(':'), m_name);
    }
    if (!m_options.methods.isEmpty()) {
        m_method = new QComboBox(this);
        for (const QString &method : std::as_const(m_options.methods))
            m_method->addItem(method, method);
        form->addRow(tr("Method:"), m_method);
    }
    if (m_options.storageDays) {
        m_days = new QSpinBox(this);
        m_days->setRange(m_options.storageDaysMin, m_options.storageDaysMax);
        m_days->setSpecialValueText(tr("Instance default"));
        m_days->setSuffix(tr(" days"));
        m_days->setToolTip(
            tr("How long to keep the backup; more than 7 days may need a ticket with Tencent Cloud"));
        form->addRow(tr("Keep for:"), m_days);
    }
    if (m_options.keepUntilRemoved) {
        m_keep = new QCheckBox(tr("Keep until the instance is removed"), this);
        m_keep->setToolTip(tr("The backup is not deleted by the instance's retention policy; it stays "
                              "until the instance itself is removed"));
        form->addRow(m_keep);
    }
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #d64541"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

QString CreateBackupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreateBackupDialog::accept()
{
    QString error;
    const bool ok = m_options.makeRequest(
        m_instance.region, m_instance.id, m_databases ? m_databases->toPlainText() : QString(),
        m_name ? m_name->text() : QString(), m_method ? m_method->currentData().toString() : QString(),
        m_days ? m_days->value() : 0, m_keep && m_keep->isChecked(), &m_request, &error);
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace bb
