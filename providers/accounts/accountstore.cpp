#include "providers/accounts/accountstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace bb {

namespace {

// Only these keys are ever written: an allow-list, so a secret can never slip into the file.
void writeAccount(QSettings &ini, const Account &account)
{
    ini.setValue(QStringLiteral("id"), account.id);
    ini.setValue(QStringLiteral("alias"), account.alias);
    ini.setValue(QStringLiteral("cloud"), toString(account.cloud));
    ini.setValue(QStringLiteral("products"), account.products.join(QLatin1Char(',')));
    ini.setValue(QStringLiteral("regions"), account.regions.join(QLatin1Char(',')));
    ini.setValue(QStringLiteral("site"), toString(account.site));
    ini.setValue(QStringLiteral("endpoint"), account.endpointOverride.toString());
    ini.setValue(QStringLiteral("network"), toString(account.defaultNetwork));
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Account readAccount(const QSettings &ini)
{
    Account account;
    account.id = ini.value(QStringLiteral("id")).toString();
    account.alias = ini.value(QStringLiteral("alias")).toString();
    account.cloud = cloudFromString(ini.value(QStringLiteral("cloud")).toString());
    account.products = splitList(ini.value(QStringLiteral("products")).toString());
    account.regions = splitList(ini.value(QStringLiteral("regions")).toString());
    account.site = siteFromString(ini.value(QStringLiteral("site")).toString());
    account.endpointOverride = QUrl(ini.value(QStringLiteral("endpoint")).toString());
    account.defaultNetwork = downloadNetworkFromString(ini.value(QStringLiteral("network")).toString());
    return account;
}

} // namespace

AccountStore::AccountStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    reload();
}

AccountStore::~AccountStore() = default;

void AccountStore::reload()
{
    m_accounts.clear();
    QSettings ini(m_filePath, QSettings::IniFormat);
    const int count = ini.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        ini.setArrayIndex(i);
        Account account = readAccount(ini);
        if (account.isValid())
            m_accounts.append(account);
    }
    ini.endArray();
}

std::optional<Account> AccountStore::byId(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::byAliasOrId(const QString &aliasOrId) const
{
    if (auto exact = byId(aliasOrId))
        return exact;
    for (const Account &account : m_accounts) {
        if (account.alias.compare(aliasOrId, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

bool AccountStore::save(const Account &account, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (account.builtInSandbox)
        return fail(tr("The built-in sandbox accounts are not saved."));
    if (account.id.isEmpty())
        return fail(tr("The account has no id."));
    if (account.alias.trimmed().isEmpty())
        return fail(tr("The account needs a name."));
    for (const Account &other : m_accounts) {
        if (other.id != account.id && other.alias.compare(account.alias, Qt::CaseInsensitive) == 0)
            return fail(tr("An account named \"%1\" already exists.").arg(account.alias));
    }

    QList<Account> next = m_accounts;
    bool replaced = false;
    for (Account &existing : next) {
        if (existing.id == account.id) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        next.append(account);
    if (!write(next, error))
        return false;
    m_accounts = next;
    emit changed();
    return true;
}

bool AccountStore::remove(const QString &id, QString *error)
{
    QList<Account> next = m_accounts;
    const auto removed = next.removeIf([&id](const Account &account) { return account.id == id; });
    if (removed == 0)
        return true;
    if (!write(next, error))
        return false;
    m_accounts = next;
    emit changed();
    return true;
}

bool AccountStore::write(const QList<Account> &accounts, QString *error) const
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // QSettings writes through a temporary file and renames it over the old one (atomic sync is
    // its default), so a crash mid-write leaves the previous file intact.
    QSettings ini(m_filePath, QSettings::IniFormat);
    ini.setAtomicSyncRequired(true);
    ini.clear();
    ini.setValue(QStringLiteral("version"), 1);
    ini.beginWriteArray(QStringLiteral("accounts"), static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        ini.setArrayIndex(i);
        writeAccount(ini, accounts.at(i));
    }
    ini.endArray();
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the accounts file %1.").arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    return true;
}

} // namespace bb
