#pragma once

#include <QString>
#include <QUrl>

namespace bb {

class ApiClient;

// An access key pair, optionally with a temporary (STS) token. Lives in memory only; saved
// accounts keep these in the OS keychain, never in settings files, logs or command lines.
struct Credentials
{
    QString id; // Tencent SecretId / Alibaba AccessKeyId
    QString secret; // Tencent SecretKey / Alibaba AccessKeySecret
    QString token; // X-TC-Token / x-acs-security-token; empty for permanent keys
    bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
};

enum class Site { International, Mainland };

// Everything a service needs besides the network: who, where, and how to reach the API.
struct ServiceConfig
{
    ApiClient *client = nullptr;
    Credentials credentials;
    Site site = Site::International;
    // Scheme, host and port to send every request to instead of the product's own host.
    // Signatures stay right: the TC3 service name comes from the product, never from this host.
    QUrl endpointOverride;

    // https://<host>/, or the override's scheme, host and port with the path "/".
    QUrl apiEndpoint(const QString &host) const
    {
        QUrl url;
        if (endpointOverride.isValid() && !endpointOverride.host().isEmpty()) {
            url.setScheme(endpointOverride.scheme().isEmpty() ? QStringLiteral("https")
                                                              : endpointOverride.scheme());
            url.setHost(endpointOverride.host());
            url.setPort(endpointOverride.port());
        } else {
            url.setScheme(QStringLiteral("https"));
            url.setHost(host);
        }
        url.setPath(QStringLiteral("/"));
        return url;
    }
};

} // namespace bb
