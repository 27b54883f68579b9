#pragma once

#include "providers/accounts/account.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace bb {

// The saved accounts, kept in one settings file (QSettings INI, written atomically through a
// temporary file and a rename). Never stores a secret: credentials go to a CredentialStore.
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // filePath: the INI file to read and write (tests pass a temporary one).
    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);
    ~AccountStore() override;

    QString filePath() const { return m_filePath; }

    // In the order they were added.
    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> byId(const QString &id) const;
    // The account whose alias (case-insensitive) or id matches; nullopt if none.
    std::optional<Account> byAliasOrId(const QString &aliasOrId) const;

    // Adds or replaces (by id) an account and writes the file. The account needs an id
    // (Account::newId()) and an alias unique among the saved ones; built-in sandbox accounts
    // are refused (never saved). Returns false with a translated message otherwise, or when the
    // file cannot be written; the in-memory list is then unchanged.
    bool save(const Account &account, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // Re-reads the file (e.g. after another process changed it).
    void reload();

signals:
    void changed();

private:
    bool write(const QList<Account> &accounts, QString *error) const;

    QString m_filePath;
    QList<Account> m_accounts;
};

} // namespace bb
