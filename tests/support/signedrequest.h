#pragma once

#include "sandbox/sandbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace bb::test {

// What came back from one raw request (tests of the emulators themselves).
struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // the body parsed, when it is a JSON object
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    // Tencent: Response.Error.Code; Alibaba: Code.
    QString tencentError() const;
    QString alibabaError() const;
};

// A TC3-signed Tencent API 3.0 call, signed by bb::signTc3 the way a real client signs it.
struct Tc3Call
{
    QUrl endpoint; // the sandbox origin
    QByteArray service;
    QByteArray version;
    QByteArray action;
    QByteArray region = "ap-guangzhou";
    QByteArray body = "{}";
    QByteArray secretId = sandbox::SandboxKeys::tencentSecretId;
    QByteArray secretKey = sandbox::SandboxKeys::tencentSecretKey;
    QByteArray token;
    qint64 timestamp = 0; // 0: now
    QByteArray method = "POST";
    QByteArray query; // GET: the encoded query
    bool signActionHeader = true;
};

// An ACS3-signed Alibaba call (RPC: path "/"; ROA: the API's path).
struct Acs3Call
{
    QUrl endpoint;
    QByteArray method = "POST";
    QByteArray path = "/";
    QList<QPair<QByteArray, QByteArray>> query; // unencoded
    QByteArray action;
    QByteArray version;
    QByteArray body;
    QByteArray contentType;
    QByteArray accessKeyId = sandbox::SandboxKeys::alibabaAccessKeyId;
    QByteArray accessKeySecret = sandbox::SandboxKeys::alibabaAccessKeySecret;
    QByteArray token;
    QDateTime date; // invalid: now
    QByteArray nonce; // empty: a fresh one
    std::optional<QByteArray> bodyOnWire; // send these bytes instead of the signed body
};

// Blocking helpers for tests only (they wait on the reply with QSignalSpy).
RawReply sendTc3(QNetworkAccessManager &network, const QSslConfiguration &tls, const Tc3Call &call);
RawReply sendAcs3(QNetworkAccessManager &network, const QSslConfiguration &tls, const Acs3Call &call);
RawReply sendRaw(QNetworkAccessManager &network, const QSslConfiguration &tls, const QByteArray &method,
                 const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                 const QByteArray &body = {}, int timeoutMs = 15000);

} // namespace bb::test
