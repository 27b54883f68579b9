#include "providers/tencent/tencenterrorhints.h"

#include <QHash>

namespace bb {

QString TencentErrorHints::hintFor(const QString &code)
{
    // Exact codes first, then their family (the part before the first dot).
    static const QHash<QString, const char *> hints = {
        // SQL Server (DescribeBackups, DescribeBackupFiles, CreateBackup, DescribeBackupByFlowId)
        {QStringLiteral("FailedOperation.DBError"),
         QT_TR_NOOP("The SQL Server control database failed; try again later.")},
        {QStringLiteral("FailedOperation.GcsError"),
         QT_TR_NOOP("The operation failed or timed out inside Tencent Cloud; try again later.")},
        {QStringLiteral("InternalError.CosError"),
         QT_TR_NOOP("Tencent Cloud could not reach the backup storage (COS); try again later.")},
        {QStringLiteral("InternalError.DBError"),
         QT_TR_NOOP("The SQL Server control database failed; try again later.")},
        {QStringLiteral("InternalError.GcsError"),
         QT_TR_NOOP("An internal task service failed; try again later.")},
        {QStringLiteral("InternalError.SystemError"),
         QT_TR_NOOP("Tencent Cloud had a system error; try again later.")},
        {QStringLiteral("InternalError.UnknownError"),
         QT_TR_NOOP("Tencent Cloud had an unknown error; try again later.")},
        {QStringLiteral("InvalidParameter.InputIllegal"),
         QT_TR_NOOP("Tencent Cloud rejected a parameter of this request as invalid.")},
        {QStringLiteral("InvalidParameter.ParamsAssertFailed"),
         QT_TR_NOOP("Tencent Cloud could not convert a parameter of this request.")},
        {QStringLiteral("InvalidParameterValue.BackupNameIsIllegal"),
         QT_TR_NOOP("The backup name contains characters Tencent Cloud does not allow.")},
        {QStringLiteral("LimitExceeded.TooManyDB"),
         QT_TR_NOOP("Too many databases were named for one backup.")},
        {QStringLiteral("ResourceNotFound.DBNotFound"),
         QT_TR_NOOP("One of the named databases does not exist on this instance.")},
        {QStringLiteral("ResourceNotFound.InstanceNotFound"),
         QT_TR_NOOP("The instance does not exist in this region (deleted, or another region or account?).")},
        {QStringLiteral("ResourceNotFound.BackupNotFound"),
         QT_TR_NOOP("The backup does not exist any more (expired or deleted).")},
        {QStringLiteral("ResourceUnavailable.DBInvalidStatus"),
         QT_TR_NOOP("A database is in a state that does not allow a backup now.")},
        {QStringLiteral("ResourceUnavailable.InstanceStatusInvalid"),
         QT_TR_NOOP("The instance is busy or not running (another backup, a restore or a change may be in "
                    "progress).")},
        // Redis (DescribeInstanceBackups, DescribeBackupDetail, DescribeBackupUrl, ManualBackupInstance)
        {QStringLiteral("InternalError.DbOperationFailed"),
         QT_TR_NOOP("The Redis control database failed; try again later.")},
        {QStringLiteral("InternalError.InternalError"),
         QT_TR_NOOP("Tencent Cloud had an internal error; try again later.")},
        {QStringLiteral("FailedOperation.SystemError"),
         QT_TR_NOOP("Tencent Cloud had a system error unrelated to the request; try again later.")},
        {QStringLiteral("InvalidParameterValue.BackupNotExists"),
         QT_TR_NOOP("The backup does not exist any more (expired or deleted).")},
        {QStringLiteral("ResourceNotFound.InstanceNotExists"),
         QT_TR_NOOP(
             "No Redis instance has this ID in this region (deleted, or another region or account?).")},
        {QStringLiteral("UnauthorizedOperation.NoCAMAuthed"),
         QT_TR_NOOP("The key lacks the CAM permission for this action.")},
        // Common codes (FACTS §1.5)
        {QStringLiteral("InvalidParameter"),
         QT_TR_NOOP("Tencent Cloud rejected a parameter of this request.")},
        {QStringLiteral("InvalidParameterValue"),
         QT_TR_NOOP("Tencent Cloud rejected the value of a parameter (time window, page size or offset?).")},
        {QStringLiteral("MissingParameter"),
         QT_TR_NOOP("A required parameter was missing from the request.")},
        {QStringLiteral("UnknownParameter"),
         QT_TR_NOOP("The request carried a parameter this API version does not know.")},
        {QStringLiteral("InvalidAction"),
         QT_TR_NOOP("This API action does not exist for this product and version (wrong endpoint?).")},
        {QStringLiteral("NoSuchVersion"),
         QT_TR_NOOP("This API version does not exist for this product (wrong endpoint?).")},
        {QStringLiteral("NoSuchProduct"), QT_TR_NOOP("The endpoint does not serve this product.")},
        {QStringLiteral("ActionOffline"), QT_TR_NOOP("Tencent Cloud has retired this API action.")},
        {QStringLiteral("UnsupportedOperation"),
         QT_TR_NOOP("The instance does not support this operation in its current state or edition.")},
        {QStringLiteral("UnsupportedProtocol"),
         QT_TR_NOOP("The endpoint refused the request method or protocol (HTTPS is required).")},
        {QStringLiteral("ResourceNotFound"), QT_TR_NOOP("The resource does not exist.")},
        {QStringLiteral("ResourceUnavailable"), QT_TR_NOOP("The resource is not available right now.")},
        {QStringLiteral("ResourceInUse"), QT_TR_NOOP("The resource is in use by another operation.")},
        {QStringLiteral("LimitExceeded"), QT_TR_NOOP("A quota or limit of the account was exceeded.")},
        {QStringLiteral("FailedOperation"), QT_TR_NOOP("Tencent Cloud could not carry out the operation.")},
        {QStringLiteral("RequestSizeLimitExceeded"),
         QT_TR_NOOP("The request was too large for Tencent Cloud.")},
        {QStringLiteral("ResponseSizeLimitExceeded"),
         QT_TR_NOOP("The answer would be too large; narrow the time window.")},
        {QStringLiteral("IpInBlacklist"),
         QT_TR_NOOP("This computer's IP address is blocked for the account.")},
        {QStringLiteral("IpNotInWhitelist"),
         QT_TR_NOOP("This computer's IP address is not on the account's allow list.")},
        {QStringLiteral("InternalError"),
         QT_TR_NOOP("Tencent Cloud had an internal error; try again later.")},
        {QStringLiteral("ServiceUnavailable"),
         QT_TR_NOOP("The service is temporarily unavailable; try again later.")},
    };
    auto it = hints.constFind(code);
    if (it == hints.cend())
        it = hints.constFind(code.section(QLatin1Char('.'), 0, 0));
    return it == hints.cend() ? QString() : tr(it.value());
}

void TencentErrorHints::explain(ProviderError &error)
{
    if (error.hint.isEmpty() && !error.code.isEmpty())
        error.hint = hintFor(error.code);
}

} // namespace bb
