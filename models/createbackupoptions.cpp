#include "models/createbackupoptions.h"

#include <QRegularExpression>

namespace bb {

CreateBackupOptions CreateBackupOptions::forProduct(const Capabilities &caps)
{
    CreateBackupOptions o;
    if (!caps.createBackup) {
        o.unsupportedReason = caps.noCreateReason.isEmpty()
            ? tr("This product has no on-demand backups; its backups follow the "
                 "instance's backup policy.")
            : caps.noCreateReason;
        return o;
    }
    o.supported = true;
    o.databases = caps.perDatabaseCreate;
    const CreateForm &form = caps.create;
    o.name = form.name;
    o.nameLabel = form.nameLabel.isEmpty() ? QString() : tr(form.nameLabel.constData());
    o.nameMaxLength = form.nameMaxLength;
    o.methods = form.methods;
    o.storageDays = form.storageDays;
    o.storageDaysMin = form.storageDaysMin;
    o.storageDaysMax = form.storageDaysMax;
    o.keepUntilRemoved = form.keepUntilRemoved;
    return o;
}

QStringList CreateBackupOptions::splitDatabases(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

bool CreateBackupOptions::makeRequest(const QString &region, const QString &instanceId,
                                      const QString &databasesText, const QString &nameText,
                                      const QString &method, int days, bool keepUntilInstanceRemoved,
                                      CreateBackupRequest *request, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!supported)
        return fail(unsupportedReason);
    if (instanceId.isEmpty())
        return fail(tr("Select an instance to back up."));
    CreateBackupRequest r;
    r.region = region;
    r.instanceId = instanceId;
    if (databases)
        r.databases = splitDatabases(databasesText);
    if (name) {
        r.name = nameText.trimmed();
        if (nameMaxLength > 0 && r.name.size() > nameMaxLength)
            return fail(
                tr("The %1 is longer than %2 characters.").arg(nameLabel.toLower()).arg(nameMaxLength));
    }
    if (!methods.isEmpty()) {
        if (!method.isEmpty() && !methods.contains(method))
            return fail(tr("Unknown backup method %1.").arg(method));
        r.method = method;
    }
    if (storageDays) {
        if (days < storageDaysMin || days > storageDaysMax)
            return fail(
                tr("Keep the backup between %1 and %2 days.").arg(storageDaysMin).arg(storageDaysMax));
        r.storageDays = days;
    }
    // Other products have no such switch: asking for it there is a mistake, not a no-op.
    if (keepUntilInstanceRemoved && !keepUntilRemoved)
        return fail(tr("This product cannot keep a backup until the instance is removed."));
    r.keepUntilInstanceRemoved = keepUntilInstanceRemoved;
    *request = r;
    return true;
}

} // namespace bb
