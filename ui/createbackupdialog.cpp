#include "ui/createbackupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    , m_caps(caps)
    , m_options(CreateBackupOptions::forProduct(caps))
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    if (!m_options.supported) {
        m_why = new QLabel(this);
        m_why->setObjectName(QStringLiteral("unsupportedReason"));
        m_why->setWordWrap(true);
        layout->addWidget(m_why);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        m_error->hide();
        retranslate();
        return;
    }

    // Texts, labels included, come from retranslate(); it finds the labels with labelForField().
    m_form = new QFormLayout;
    auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    if (m_options.databases) {
        m_databases = new QPlainTextEdit(this);
        m_databases->setMaximumHeight(80);
        addRow(m_databases);
    }
    if (m_options.name) {
        m_name = new QLineEdit(this);
        m_name->setMaxLength(m_options.nameMaxLength > 0 ? m_options.nameMaxLength + 1 : 32767);
        addRow(m_name);
    }
    if (!m_options.methods.isEmpty()) {
        m_method = new QComboBox(this);
        for (const QString &method : std::as_const(m_options.methods))
            m_method->addItem(method, method);
        addRow(m_method);
    }
    if (m_options.storageDays) {
        m_days = new QSpinBox(this);
        m_days->setRange(m_options.storageDaysMin, m_options.storageDaysMax);
        addRow(m_days);
    }
    if (m_options.keepUntilRemoved) {
        m_keep = new QCheckBox(this);
        m_form->addRow(m_keep);
    }
    layout->addLayout(m_form);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #d64541"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    // Our own accept button, not a relabelled Ok: the box gives standard buttons their stock
    // text again on every language change.
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslate();
}

void CreateBackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CreateBackupDialog::retranslate()
{
    // The options carry translated labels and reasons: take them again in the new language.
    m_options = CreateBackupOptions::forProduct(m_caps);
    setWindowTitle(tr("Create backup"));
    const QString name = m_instance.name.isEmpty() ? m_instance.id : m_instance.name;
    m_intro->setText(tr("Back up %1 (%2, %3)").arg(name, m_instance.id, m_instance.region));
    if (m_why)
        m_why->setText(m_options.unsupportedReason);

    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    if (m_databases) {
        m_databases->setPlaceholderText(tr("Leave empty to back up the whole instance"));
        m_databases->setToolTip(tr("Database names separated by commas, spaces or new lines"));
        label(m_databases, tr("Databases:"));
    }
    if (m_name) {
        m_name->setPlaceholderText(tr("Optional"));
        label(m_name, m_options.nameLabel + QLatin1Char(':'));
    }
    if (m_method)
        label(m_method, tr("Method:"));
    if (m_days) {
        m_days->setSpecialValueText(tr("Instance default"));
        m_days->setSuffix(tr(" days"));
        m_days->setToolTip(
            tr("How long to keep the backup; more than 7 days may need a ticket with Tencent Cloud"));
        label(m_days, tr("Keep for:"));
    }
    if (m_keep) {
        m_keep->setText(tr("Keep until the instance is removed"));
        m_keep->setToolTip(tr("The backup is not deleted by the instance's retention policy; it stays "
                              "until the instance itself is removed"));
    }
    if (m_create)
        m_create->setText(tr("Create"));
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
