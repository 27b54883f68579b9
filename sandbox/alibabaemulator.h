#pragma once

#include "sandbox/handler.h"
#include "sandbox/ratelimit.h"
#include "sandbox/sandboxcontext.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace bb::sandbox {

// One verified Alibaba Cloud request, as an action handler sees it.
struct AlibabaCall
{
    const HttpRequest &request;
    QString action;
    QString accessKeyId;
    QHash<QString, QString> params; // query parameters (and a form body), decoded; arrays as "Name.1"
    QJsonObject body; // a JSON body (ROA APIs such as AddBackupPolicy)
    QString requestId;
    QString param(const QString &name) const { return params.value(name); }
    bool https() const { return request.tls; }
};

// What an action answers. ok(): HTTP 200 and the body with RequestId added. error(): the POP
// gateway's shape {RequestId, HostId, Code, Message, Recommend}. raw(): any status and body (the
// StarRocks wrapper with HttpStatusCode/Success/ErrCode, say); RequestId is added when absent.
struct AlibabaReply
{
    int httpStatus = 200;
    QJsonObject body;
    QString errorCode;
    QString errorMessage;
    QList<QPair<QByteArray, QByteArray>> headers; // extra response headers (x-ratelimit-user-api)
    bool isError() const { return !errorCode.isEmpty(); }
    static AlibabaReply ok(QJsonObject body);
    static AlibabaReply error(int httpStatus, const QString &code, const QString &message);
    static AlibabaReply raw(int httpStatus, QJsonObject body);
};

// Base of every Alibaba product emulator (RDS over RPC, StarRocks over ROA): claims the requests
// of one API version, verifies ACS3-HMAC-SHA256 exactly as the gateway does (bb::signAcs3 over the
// received method, path, query, signed headers and x-acs-content-sha256, which must match the
// body), rejects stale dates and reused nonces, enforces per-action rates (Throttling.User),
// consumes the sandbox's FaultPlan and writes Alibaba's error shapes with their HTTP statuses.
class AlibabaEmulator : public Handler
{
public:
    using ActionHandler = std::function<AlibabaReply(const AlibabaCall &)>;

    ~AlibabaEmulator() override;
    bool handle(const HttpRequest &request, HttpResponse &response) final;

protected:
    // `product` names the product in Recommend links ("Rds", "starrocks"); `host` is the HostId
    // of error bodies ("rds.aliyuncs.com").
    AlibabaEmulator(SandboxContext context, QByteArray version, QString product, QString host);

    // An RPC action (path "/", x-acs-action names it).
    void addRpcAction(const QString &name, double ratePerSecond, const QStringList &required,
                      ActionHandler handler);
    // A ROA action at `path` (e.g. "/webapi/backup/manage/describe").
    void addRoaAction(const QByteArray &method, const QString &path, const QString &name,
                      double ratePerSecond, const QStringList &required, ActionHandler handler);
    const SandboxContext &context() const { return m_context; }

private:
    struct Action
    {
        QString name;
        double ratePerSecond = 20;
        QStringList required;
        ActionHandler handler;
    };

    AlibabaReply verify(const HttpRequest &request, QString *accessKeyId);
    AlibabaReply run(const HttpRequest &request, const QString &accessKeyId, const QString &requestId,
                     bool forceThrottle);
    QJsonObject errorBody(const AlibabaReply &reply, const QString &requestId) const;
    bool useNonce(const QString &accessKeyId, const QByteArray &nonce);

    SandboxContext m_context;
    QByteArray m_version;
    QString m_product;
    QString m_host;
    QHash<QString, Action> m_rpcActions;
    QHash<QString, Action> m_roaActions; // key: "METHOD path"
    RateLimit m_rates;
    QMutex m_nonceMutex;
    QHash<QByteArray, qint64> m_nonces; // "key/nonce" → when it was used (Unix seconds)
    qint64 m_lastNoncePurge = 0;
};

} // namespace bb::sandbox
