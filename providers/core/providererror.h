#pragma once

#include <QMetaType>
#include <QString>

namespace bb {

// Everything a user (or a script) needs to act on a failed call: which call, which instance,
// what the provider said and the RequestId to quote to its support.
struct ProviderError
{
    enum class Kind {
        None,
        Provider, // the provider answered with an error code
        Auth, // credentials missing, wrong, expired, clock skew, or no permission
        Throttled, // rate limited (retryable)
        Network, // connection refused, reset, DNS, timeout
        Tls, // certificate or handshake failure: always fatal
        Malformed, // the answer was not what the API documents
        TooLarge, // the answer exceeded the response-size cap
        Aborted, // the caller aborted
        Unsupported, // the product has no such operation
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the provider's error code, e.g. "AuthFailure.SignatureFailure"
    QString message; // the provider's message (or ours for network/parse failures)
    QString requestId; // the provider's RequestId, when one came back
    bool retryable = false;

    // Context filled by the client so that every message names the call.
    QString product;
    QString action;
    QString instanceId;

    // A hint in plain words for well-known codes (wrong key, clock off, permission...).
    QString hint;

    bool isError() const { return kind != Kind::None; }
    // True when `code` is `family` itself or one of its dotted sub-codes ("Throttling",
    // "Throttling.User"), never a mere prefix ("ThrottlingX").
    bool codeInFamily(QLatin1String family) const
    {
        return code == family
            || (code.startsWith(family) && code.size() > family.size() && code.at(family.size()) == u'.');
    }
    // One line for logs, the CLI's stderr and the GUI's error banner, e.g.
    // "DescribeBackups on mssql-1a2b3c4d (tencent-sqlserver) failed: AuthFailure.SignatureFailure:
    //  The provided credentials could not be validated. [RequestId 6b3c...]".
    QString toString() const;

    static ProviderError network(const QString &message, bool retryable = true);
    static ProviderError malformed(const QString &message);
};

} // namespace bb

Q_DECLARE_METATYPE(bb::ProviderError)
