#include "models/confirmation.h"

#include "models/displayformat.h"

#include <QDir>

namespace bb {

namespace {

QString sizeFact(qint64 bytes)
{
    return bytes < 0
        ? QString()
        : DisplayFormat::size(bytes) + QStringLiteral(" (") + DisplayFormat::exactBytes(bytes) + u')';
}

} // namespace

QString Confirmation::text() const
{
    QStringList lines {question};
    if (!facts.isEmpty())
        lines.append(QString());
    lines.append(facts);
    if (!consequence.isEmpty()) {
        lines.append(QString());
        lines.append(consequence);
    }
    return lines.join(u'\n');
}

QString Confirmation::age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    if (seconds < 0)
        return {};
    const qint64 days = seconds / 86400;
    if (days >= 2)
        return tr("%1 days").arg(days); // never one: a day and a half still reads in hours
    return DisplayFormat::duration(seconds);
}

Confirmation Confirmation::deleteBackup(const Backup &backup, const QString &productName,
                                        const QDateTime &now)
{
    Confirmation c;
    c.title = tr("Delete backup");
    c.question = tr("Delete backup %1 of instance %2 in the cloud?").arg(backup.id, backup.instanceId);
    if (!backup.name.isEmpty())
        c.facts.append(tr("Name: %1").arg(backup.name));
    c.facts.append(tr("Instance: %1 (%2, %3)").arg(backup.instanceId, productName, backup.region));
    if (backup.sizeBytes >= 0)
        c.facts.append(tr("Size: %1").arg(sizeFact(backup.sizeBytes)));
    if (backup.start.isValid()) {
        const QString ago = age(backup.start, now);
        const QString when = DisplayFormat::localTime(backup.start);
        c.facts.append(ago.isEmpty() ? tr("Started: %1").arg(when)
                                     : tr("Started: %1 (%2 ago)").arg(when, ago));
    }
    c.facts.append(tr("Status: %1").arg(DisplayFormat::status(backup.status)));
    c.consequence = tr("The provider removes the backup and its files. This cannot be undone.");
    c.acceptLabel = tr("Delete backup");
    return c;
}

Confirmation Confirmation::removeAccount(const QString &accountName, const QString &cloudName)
{
    Confirmation c;
    c.title = tr("Remove account");
    c.question = tr("Remove the account \"%1\" (%2)?").arg(accountName, cloudName);
    c.consequence = tr("Its key pair is deleted from the system keychain and it leaves the tree. The "
                       "backups in the cloud are not touched.");
    c.acceptLabel = tr("Remove account");
    return c;
}

Confirmation Confirmation::removeOffsiteRule(const QString &rule, const QString &productName,
                                             const QString &destination, const QString &lastRulesFile)
{
    Confirmation c;
    c.title = tr("Remove rule");
    c.question = tr("Remove the offsite rule \"%1\"?").arg(rule);
    c.facts.append(tr("Product: %1").arg(productName));
    c.facts.append(tr("Destination: %1").arg(QDir::toNativeSeparators(destination)));
    if (!lastRulesFile.isEmpty())
        c.facts.append(tr("It is the last rule: the rules file %1 is removed.")
                           .arg(QDir::toNativeSeparators(lastRulesFile)));
    c.consequence = tr("Local copies it already made are NOT deleted: they stay in the destination, no "
                       "longer synced or pruned. Nothing in the cloud is touched.");
    c.acceptLabel = tr("Remove rule");
    return c;
}

Confirmation Confirmation::cancelDownload(const QString &fileName, qint64 received, qint64 total)
{
    Confirmation c;
    c.title = tr("Cancel download");
    c.question = tr("Cancel the download of %1?").arg(fileName);
    c.facts.append(
        total > 0 ? tr("Downloaded: %1 of %2").arg(DisplayFormat::size(received), DisplayFormat::size(total))
                  : tr("Downloaded: %1").arg(DisplayFormat::size(received)));
    c.consequence = tr("The partial file is deleted; downloading again starts from the beginning.");
    c.acceptLabel = tr("Cancel download");
    return c;
}

Confirmation Confirmation::overwriteFile(const QString &path, qint64 existingBytes)
{
    Confirmation c;
    c.title = tr("Replace file");
    c.question = tr("Replace the existing file %1?").arg(QDir::toNativeSeparators(path));
    if (existingBytes >= 0)
        c.facts.append(tr("Its size: %1").arg(sizeFact(existingBytes)));
    c.consequence = tr("The existing file is lost.");
    c.acceptLabel = tr("Replace");
    return c;
}

Confirmation Confirmation::downloadAgain(const QString &fileName, const QString &existingPath)
{
    Confirmation c;
    c.title = tr("Download again");
    c.question = tr("%1 was already downloaded. Download it again?").arg(fileName);
    if (!existingPath.isEmpty())
        c.facts.append(tr("Saved to: %1").arg(QDir::toNativeSeparators(existingPath)));
    c.consequence = tr("The new copy gets a numbered name; the existing file stays.");
    c.acceptLabel = tr("Download again");
    return c;
}

Confirmation Confirmation::quitWithDownloads(int running, qint64 remainingBytes)
{
    Confirmation c;
    c.title = tr("Quit");
    c.question = tr("Downloads still running or waiting: %1. Quit anyway?").arg(running);
    if (remainingBytes > 0)
        c.facts.append(tr("Still to download: %1").arg(DisplayFormat::size(remainingBytes)));
    c.consequence = tr("They stop now and resume from their partial files when Backup Browser starts again.");
    c.acceptLabel = tr("Quit");
    return c;
}

} // namespace bb
