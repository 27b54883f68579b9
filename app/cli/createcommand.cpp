#include "app/cli/createcommand.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "models/createbackupoptions.h"
#include "providers/productregistry.h"

namespace bb {

bool CreateCommand::following() const
{
    return options().wait || options().command == QLatin1String("track");
}

void CreateCommand::start()
{
    if (options().command == QLatin1String("track")) {
        // A product that creates no backup on demand has no job to follow: say why, as create does.
        const Capabilities caps = service()->capabilities();
        if (!caps.createBackup)
            return fail(ExitCodes::Usage, tr("track: %1").arg(caps.noCreateReason));
        m_reply = service()->trackBackup(context().region, options().instance, options().flow);
    } else {
        m_reply = startCreate();
        if (!m_reply)
            return;
    }
    watch(m_reply);
    connect(m_reply, &ServiceReply::failed, this, [this](const ProviderError &error) {
        if (error.kind == ProviderError::Kind::Unsupported && options().command == QLatin1String("track"))
            return fail(
                ExitCodes::Usage,
                tr("track: %1 has no job id to follow later; use create --wait").arg(options().product));
        fail(error);
    });
    connect(m_reply, &ServiceReply::backupChanged, this, &CreateCommand::onChanged);
    connect(m_reply, &ServiceReply::progressChanged, this, [this](int percent, const QString &stage) {
        const QString what = stage.isEmpty() ? tr("creating backup") : stage;
        context().output->progress(percent >= 0 ? tr("%1: %2%").arg(what).arg(percent) : what);
    });
    connect(m_reply, &ServiceReply::finished, this, &CreateCommand::onFinished);
}

ServiceReply *CreateCommand::startCreate()
{
    CreateBackupRequest request;
    request.region = context().region;
    request.instanceId = options().instance;
    request.databases = options().databases;
    request.name = options().name;
    // The dialog's own check: only products whose create call takes it offer the switch.
    if (options().keepUntilInstanceRemoved
        && !CreateBackupOptions::forProduct(service()->capabilities()).keepUntilRemoved) {
        const QStringList keeping = ProductRegistry::keysWhere(
            [](const ProductDescription &product) { return product.capabilities.create.keepUntilRemoved; });
        fail(ExitCodes::Usage,
             tr("--keep-until-instance-removed applies to %1 only").arg(keeping.join(QStringLiteral(", "))));
        return nullptr;
    }
    request.keepUntilInstanceRemoved = options().keepUntilInstanceRemoved;
    return service()->createBackup(request);
}

void CreateCommand::onChanged(const Backup &backup)
{
    if (following()) {
        context().output->verbose(
            tr("backup %1: %2 (%3)").arg(backup.id, toString(backup.status), backup.statusRaw));
        return;
    }
    // Accepted: the job runs on at the provider whether or not we keep polling. Print first, so
    // the abort's failure report finds the command already done.
    printAndFinish(backup);
    m_reply->abort();
}

void CreateCommand::onFinished()
{
    context().output->clearProgress();
    const Backup &backup = m_reply->backup();
    if (backup.status == BackupStatus::Failed) {
        ProviderError error;
        error.kind = ProviderError::Kind::Provider;
        error.product = backup.product;
        error.action = QStringLiteral("CreateBackup");
        error.instanceId = backup.instanceId;
        error.message = tr("backup %1 finished with status %2").arg(backup.id, backup.statusRaw);
        context().output->error(error.toString());
        // The record still goes out: a script wants the id and raw status of the failed job.
        if (formatterWrite(backup))
            finish(ExitCodes::Provider);
        return;
    }
    printAndFinish(backup);
}

bool CreateCommand::formatterWrite(const Backup &backup)
{
    if (OutputFormatter::forBackups(options().format)
            .writeOne(context().output->device(), RecordJson::fromBackup(backup, options().withUrls)))
        return true;
    fail(ExitCodes::LocalFile, tr("cannot write the output"));
    return false;
}

void CreateCommand::printAndFinish(const Backup &backup)
{
    finishOne(OutputFormatter::forBackups(options().format),
              RecordJson::fromBackup(backup, options().withUrls));
}

} // namespace bb
