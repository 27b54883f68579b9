#include "providers/core/providererror.h"

#include <QCoreApplication>

namespace bb {

QString ProviderError::toString() const
{
    QString where = action.isEmpty() ? QCoreApplication::translate("bb::ProviderError", "Request") : action;
    if (!instanceId.isEmpty())
        where = QCoreApplication::translate("bb::ProviderError", "%1 on %2").arg(where, instanceId);
    if (!product.isEmpty())
        where += QStringLiteral(" (%1)").arg(product);

    QString what;
    if (!code.isEmpty())
        what = code + QStringLiteral(": ");
    what += message;
    if (httpStatus > 0 && code.isEmpty())
        what += QStringLiteral(" (HTTP %1)").arg(httpStatus);

    QString line = QCoreApplication::translate("bb::ProviderError", "%1 failed: %2").arg(where, what);
    if (!hint.isEmpty())
        line += QStringLiteral(" — ") + hint;
    if (!requestId.isEmpty())
        line += QStringLiteral(" [RequestId %1]").arg(requestId);
    return line;
}

ProviderError ProviderError::network(const QString &message, bool retryable)
{
    ProviderError error;
    error.kind = Kind::Network;
    error.message = message;
    error.retryable = retryable;
    return error;
}

ProviderError ProviderError::malformed(const QString &message)
{
    ProviderError error;
    error.kind = Kind::Malformed;
    error.message = message;
    return error;
}

} // namespace bb
