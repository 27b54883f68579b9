#include "ui/accountdialog.h"

#include "models/confirmation.h"
#include "providers/accounts/credentialstore.h"
#include "providers/accounts/vendorcredentials.h"
#include "providers/productregistry.h"
#include "session/accountcontroller.h"
#include "session/appcontext.h"
#include "ui/confirmdialog.h"
#include "ui/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace bb {

AccountDialog::AccountDialog(AppContext *context, const std::optional<Account> &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_controller(new AccountController(context, this))
    , m_existing(existing)
    , m_cloud(new QComboBox(this))
    , m_alias(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_productsBox(new QWidget(this))
    , m_keyIdLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_regions(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_network(new QComboBox(this))
    , m_import(new QToolButton(this))
    , m_test(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_keyWarning(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    // Item and label texts come from retranslate().
    m_cloud->addItem(Icons::forCloud(QStringLiteral("tencent")), QString(), static_cast<int>(Cloud::Tencent));
    m_cloud->addItem(Icons::forCloud(QStringLiteral("alibaba")), QString(), static_cast<int>(Cloud::Alibaba));
    m_secret->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_site->addItem(QString(), static_cast<int>(Site::International));
    m_site->addItem(QString(), static_cast<int>(Site::Mainland));
    m_network->addItem(QString(), static_cast<int>(DownloadNetwork::External));
    m_network->addItem(QString(), static_cast<int>(DownloadNetwork::Internal));
    new QHBoxLayout(m_productsBox);
    m_productsBox->layout()->setContentsMargins(0, 0, 0, 0);

    Icons::set(m_import, QStringLiteral("import"));
    Icons::set(m_test, QStringLiteral("test"));
    m_import->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_import->setPopupMode(QToolButton::InstantPopup);
    m_import->setMenu(new QMenu(m_import));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyId, 1);
    keyRow->addWidget(m_import);

    auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addRow(m_cloud);
    addRow(m_alias);
    addRow(m_productsBox);
    m_keyIdLabel->setBuddy(m_keyId);
    m_form->addRow(m_keyIdLabel, keyRow);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, m_secret);
    addRow(m_token);
    addRow(m_regions);
    addRow(m_site);
    addRow(m_endpoint);
    addRow(m_network);

    m_keychain->setObjectName(QStringLiteral("keychainNotice"));
    m_keychain->setWordWrap(true);
    connect(m_context->credentialStore(), &CredentialStore::availabilityChanged, this,
            &AccountDialog::updateKeychainNotice);
    m_keyWarning->setObjectName(QStringLiteral("keyWarning"));
    m_keyWarning->setWordWrap(true);
    m_keyWarning->setStyleSheet(QStringLiteral("color: #c27c0e"));
    m_keyWarning->hide();
    for (QLineEdit *edit : {m_keyId, m_token})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateKeyWarning);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (existing) {
        m_remove = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
        Icons::set(m_remove, QStringLiteral("delete"));
        connect(m_remove, &QPushButton::clicked, this, [this] {
            const Confirmation question = Confirmation::removeAccount(
                m_existing->alias,
                m_existing->cloud == Cloud::Alibaba ? tr("Alibaba Cloud") : tr("Tencent Cloud"));
            ConfirmDialog::ask(this, question, [this] {
                m_buttons->setEnabled(false);
                m_controller->remove(m_existing->id);
            });
        });
    }
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_keyWarning);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addWidget(m_keychain);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        rebuildProducts();
        updateLabels();
        updateKeyWarning();
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        showStatus(tr("Testing…"), true);
        m_test->setEnabled(false);
        m_controller->testConnection(account(), credentials());
    });
    connect(m_controller, &AccountController::testFinished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        showStatus(message, ok);
    });
    connect(m_controller, &AccountController::saved, this, [this](const Account &, bool sessionOnly) {
        if (sessionOnly)
            showStatus(tr("Saved. The keys are kept for this session only."), true);
        QDialog::accept();
    });
    connect(m_controller, &AccountController::removed, this, [this] { QDialog::accept(); });
    connect(m_controller, &AccountController::failed, this, [this](const QString &message) {
        m_buttons->setEnabled(true);
        showStatus(message, false);
    });
    connect(m_controller, &AccountController::credentialsLoaded, this,
            [this](const QString &, const Credentials &creds, bool found) {
                if (!found)
                    return;
                m_keyId->setText(creds.id);
                m_secret->setText(creds.secret);
                m_token->setText(creds.token);
            });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_cloud->setCurrentIndex(m_cloud->findData(static_cast<int>(existing->cloud)));
        m_cloud->setEnabled(false); // keys and products belong to one cloud
        m_alias->setText(existing->alias);
        m_regions->setText(existing->regions.join(QStringLiteral(", ")));
        m_site->setCurrentIndex(m_site->findData(static_cast<int>(existing->site)));
        m_endpoint->setText(existing->endpointOverride.toString());
        m_network->setCurrentIndex(m_network->findData(static_cast<int>(existing->defaultNetwork)));
        m_controller->loadCredentials(existing->id);
    }
    rebuildProducts();
    retranslate();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit account") : tr("Add account"));
    m_cloud->setItemText(m_cloud->findData(static_cast<int>(Cloud::Tencent)), tr("Tencent Cloud"));
    m_cloud->setItemText(m_cloud->findData(static_cast<int>(Cloud::Alibaba)), tr("Alibaba Cloud"));
    m_alias->setPlaceholderText(tr("e.g. Production"));
    m_token->setPlaceholderText(tr("Only for temporary (STS) credentials"));
    m_regions->setPlaceholderText(tr("All regions the product offers"));
    m_regions->setToolTip(tr("Region IDs separated by commas, e.g. ap-guangzhou, ap-singapore"));
    m_site->setItemText(m_site->findData(static_cast<int>(Site::International)), tr("International"));
    m_site->setItemText(m_site->findData(static_cast<int>(Site::Mainland)), tr("Mainland China"));
    m_endpoint->setPlaceholderText(tr("Optional, e.g. https://proxy.example.com:8443"));
    m_network->setItemText(m_network->findData(static_cast<int>(DownloadNetwork::External)),
                           tr("External (Internet)"));
    m_network->setItemText(m_network->findData(static_cast<int>(DownloadNetwork::Internal)),
                           tr("Internal (same-region VPC)"));
    m_import->setText(tr("Import"));
    m_import->setToolTip(tr("Use keys from environment variables or the vendors' command-line tools"));
    fillImportMenu();
    m_test->setText(tr("Test connection"));
    if (m_remove)
        m_remove->setText(tr("Remove account"));

    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_cloud, tr("Cloud:"));
    label(m_alias, tr("Name:"));
    label(m_productsBox, tr("Products:"));
    label(m_token, tr("Security token:"));
    label(m_regions, tr("Regions:"));
    label(m_site, tr("Site:"));
    label(m_endpoint, tr("Endpoint override:"));
    label(m_network, tr("Download network:"));
    updateLabels();
    updateKeyWarning();
    updateKeychainNotice();
}

void AccountDialog::updateKeychainNotice()
{
    m_keychain->setText(m_controller->keychainAvailable()
                            ? tr("Keys are stored in the system keychain, never in settings files.")
                            : tr("No keychain is available (%1). Keys will be kept for this session only.")
                                  .arg(m_controller->keychainUnavailableReason()));
}

QCheckBox *AccountDialog::productCheck(const QString &product) const
{
    for (QCheckBox *box : m_products) {
        if (box->property("product").toString() == product)
            return box;
    }
    return nullptr;
}

void AccountDialog::rebuildProducts()
{
    qDeleteAll(m_products);
    m_products.clear();
    const auto cloud = static_cast<Cloud>(m_cloud->currentData().toInt());
    for (const ProductDescription &info : ProductRegistry::products()) {
        if (info.cloud != cloud)
            continue;
        auto *box = new QCheckBox(info.displayName, m_productsBox);
        box->setProperty("product", info.key);
        box->setChecked(!m_existing || m_existing->products.contains(info.key));
        m_productsBox->layout()->addWidget(box);
        m_products.append(box);
    }
}

void AccountDialog::updateLabels()
{
    const bool tencent = static_cast<Cloud>(m_cloud->currentData().toInt()) == Cloud::Tencent;
    m_keyIdLabel->setText(tencent ? tr("SecretId:") : tr("AccessKey ID:"));
    m_secretLabel->setText(tencent ? tr("SecretKey:") : tr("AccessKey secret:"));
    m_keyId->setPlaceholderText(tencent ? QStringLiteral("AKID…") : QStringLiteral("LTAI…"));
}

void AccountDialog::updateKeyWarning()
{
    const QString warning
        = AccountController::keyWarning(static_cast<Cloud>(m_cloud->currentData().toInt()), credentials());
    m_keyWarning->setText(warning);
    m_keyWarning->setVisible(!warning.isEmpty());
}

void AccountDialog::fillImportMenu()
{
    QMenu *menu = m_import->menu();
    menu->clear();
    const QList<VendorProfile> found
        = VendorCredentials::importable(m_context->environment(), m_context->homeDir());
    if (found.isEmpty()) {
        QAction *none = menu->addAction(tr("Nothing found in the environment or the vendors' files"));
        none->setEnabled(false);
        return;
    }
    for (int i = 0; i < found.size(); ++i) {
        QAction *action
            = menu->addAction(Icons::forCloud(toString(found.at(i).cloud)), found.at(i).description());
        connect(action, &QAction::triggered, this, [this, i] { applyImport(i); });
    }
}

void AccountDialog::applyImport(int index)
{
    const QList<VendorProfile> found
        = VendorCredentials::importable(m_context->environment(), m_context->homeDir());
    if (index < 0 || index >= found.size())
        return;
    const VendorProfile &p = found.at(index);
    if (m_cloud->isEnabled())
        m_cloud->setCurrentIndex(m_cloud->findData(static_cast<int>(p.cloud)));
    else if (static_cast<Cloud>(m_cloud->currentData().toInt()) != p.cloud)
        return showStatus(tr("Those keys belong to the other cloud."), false);
    m_keyId->setText(p.credentials.id);
    m_secret->setText(p.credentials.secret);
    m_token->setText(p.credentials.token);
    if (m_regions->text().isEmpty() && !p.region.isEmpty())
        m_regions->setText(p.region);
    if (m_alias->text().isEmpty())
        m_alias->setText(p.profile.isEmpty() ? tr("Imported") : p.profile);
    showStatus(tr("Imported from %1.").arg(p.source), true);
}

Account AccountDialog::account() const
{
    Account a = m_existing.value_or(Account {});
    a.cloud = static_cast<Cloud>(m_cloud->currentData().toInt());
    a.alias = m_alias->text().trimmed();
    a.products.clear();
    for (QCheckBox *box : m_products) {
        if (box->isChecked())
            a.products.append(box->property("product").toString());
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    a.regions = m_regions->text().split(separators, Qt::SkipEmptyParts);
    a.site = static_cast<Site>(m_site->currentData().toInt());
    a.endpointOverride = QUrl(m_endpoint->text().trimmed());
    a.defaultNetwork = static_cast<DownloadNetwork>(m_network->currentData().toInt());
    return a;
}

Credentials AccountDialog::credentials() const
{
    return {m_keyId->text().trimmed(), m_secret->text(), m_token->text().trimmed()};
}

void AccountDialog::showStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #d64541"));
}

void AccountDialog::accept()
{
    m_buttons->setEnabled(false);
    m_controller->save(account(), credentials());
}

} // namespace bb
