#pragma once

#include "providers/accounts/account.h"
#include "providers/core/serviceconfig.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace bb {

class AccountController;
class AppContext;

// Add or edit a Tencent Cloud or Alibaba Cloud account: alias, key pair (password fields, kept
// only in the credential store), optional temporary token, products, regions, site, endpoint
// override, default download network; "Test connection"; import from the vendors' files and
// environment. AccountController does the work.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // existing: the account to edit; nullopt adds a new one.
    AccountDialog(AppContext *context, const std::optional<Account> &existing, QWidget *parent = nullptr);

    // The account and credentials as the form shows them now.
    Account account() const;
    Credentials credentials() const;
    AccountController *controller() const { return m_controller; }

    // Fills the form from an importable set (VendorCredentials::importable()).
    void applyImport(int index);

    QComboBox *cloudCombo() const { return m_cloud; }
    QLineEdit *aliasEdit() const { return m_alias; }
    QLineEdit *keyIdEdit() const { return m_keyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *regionsEdit() const { return m_regions; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *networkCombo() const { return m_network; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    QToolButton *importButton() const { return m_import; }
    QLabel *statusLabel() const { return m_status; }
    // What AccountController::keyWarning() says of the typed key (hidden when nothing).
    QLabel *keyWarningLabel() const { return m_keyWarning; }
    QLabel *keychainLabel() const { return m_keychain; }
    QCheckBox *productCheck(const QString &product) const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every fixed text in the current language (the status line keeps its last message).
    void retranslate();
    void rebuildProducts();
    void updateLabels();
    void updateKeychainNotice();
    void fillImportMenu();
    void showStatus(const QString &text, bool ok);
    void updateKeyWarning();

    AppContext *m_context;
    AccountController *m_controller;
    std::optional<Account> m_existing;
    QComboBox *m_cloud;
    QLineEdit *m_alias;
    QFormLayout *m_form;
    QWidget *m_productsBox;
    QList<QCheckBox *> m_products;
    QLabel *m_keyIdLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLineEdit *m_token;
    QLineEdit *m_regions;
    QComboBox *m_site;
    QLineEdit *m_endpoint;
    QComboBox *m_network;
    QToolButton *m_import;
    QPushButton *m_test;
    QPushButton *m_remove = nullptr;
    QLabel *m_status;
    QLabel *m_keyWarning;
    QLabel *m_keychain;
    QDialogButtonBox *m_buttons;
};

} // namespace bb
