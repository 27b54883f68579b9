#pragma once

#include "sandbox/handler.h"
#include "sandbox/ratelimit.h"
#include "sandbox/sandboxcontext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bb::sandbox {

// One verified Tencent Cloud API 3.0 request, as an action handler sees it.
struct TencentCall
{
    const HttpRequest &request;
    QString action;
    QString region; // X-TC-Region (may be empty)
    QString secretId;
    QJsonObject params; // POST JSON body, or the GET query unflattened ("DBNames.0" → array)
    bool https() const { return request.tls; }
};

// What an action answers: the fields of "Response" (RequestId is added), or an error code.
struct TencentReply
{
    QJsonObject fields;
    QString errorCode;
    QString errorMessage;
    bool isError() const { return !errorCode.isEmpty(); }
    static TencentReply ok(QJsonObject fields);
    static TencentReply error(const QString &code, const QString &message);
};

// Base of every Tencent product emulator (SQL Server, Redis): claims the requests of one product
// (X-TC-Version and the credential scope's service), verifies TC3-HMAC-SHA256 exactly as the cloud
// does (bb::signTc3 over what was received), enforces the per-action frequency limits, consumes the
// sandbox's FaultPlan and writes the {"Response": {...}} envelopes, errors included, with HTTP 200.
class TencentEmulator : public Handler
{
public:
    using ActionHandler = std::function<TencentReply(const TencentCall &)>;

    ~TencentEmulator() override;
    bool handle(const HttpRequest &request, HttpResponse &response) final;

    QByteArray service() const { return m_service; }
    QByteArray version() const { return m_version; }

protected:
    TencentEmulator(SandboxContext context, QByteArray service, QByteArray version);

    // Registers an action with its documented rate (requests per second) and required parameters
    // (MissingParameter when one is absent).
    void addAction(const QString &name, double ratePerSecond, const QStringList &required,
                   ActionHandler handler);
    // Regions the product serves (X-TC-Region must be one of them; empty list: any region).
    void setRegions(const QStringList &regions) { m_regions = regions; }
    const QStringList &regions() const { return m_regions; }
    const SandboxContext &context() const { return m_context; }

    // Parameter readers that accept JSON numbers and the strings a GET query carries.
    static std::optional<qint64> integerParam(const QJsonObject &params, const QString &name,
                                              bool *malformed);
    static QString stringParam(const QJsonObject &params, const QString &name);
    static QStringList stringListParam(const QJsonObject &params, const QString &name);
    // "InvalidParameter" for a parameter of the wrong type.
    static TencentReply invalidType(const QString &name, const QString &type);

private:
    struct Action
    {
        double ratePerSecond = 20;
        QStringList required;
        ActionHandler handler;
    };

    TencentReply verify(const HttpRequest &request, QString *secretId) const;
    TencentReply run(const HttpRequest &request, const QString &secretId, bool forceThrottle);

    SandboxContext m_context;
    QByteArray m_service;
    QByteArray m_version;
    QStringList m_regions;
    QHash<QString, Action> m_actions;
    RateLimit m_rates;
};

} // namespace bb::sandbox
