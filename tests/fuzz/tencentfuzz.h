#pragma once

// What each Tencent fuzz target does with one input, shared with the corpus replay test
// (tests/tencent/tst_parsercorpus.cpp) so CI runs the same calls on every saved input.
#include "providers/tencent/redisparser.h"
#include "providers/tencent/sqlserverparser.h"
#include "providers/tencent/tc3protocol.h"
#include "tests/fuzz/fuzzinput.h"

namespace bb::fuzz {

// Parsers get the unwrapped "Response" from the protocol; fixtures keep the envelope: both go in.
inline void sqlServerParser(const QByteArray &input)
{
    QJsonObject document;
    if (!object(input, &document))
        return;
    for (const QJsonObject &payload : {document, document.value(QLatin1String("Response")).toObject()}) {
        ProviderError error;
        SqlServerParser::parseRegions(payload, &error);
        SqlServerParser::parseInstances(payload, QStringLiteral("ap-guangzhou"));
        for (BackupKind kind : {BackupKind::Full, BackupKind::Log}) {
            const SqlServerParser::Context context {QStringLiteral("mssql-fuzz"),
                                                    QStringLiteral("ap-guangzhou"), kind};
            SqlServerParser::parseBackups(payload, context);
            SqlServerParser::parseBackupByFlowId(payload, context, &error);
        }
        SqlServerParser::parseBackupFiles(payload, QStringLiteral("mssql-fuzz"));
        SqlServerParser::parseFlowId(payload, &error);
    }
}

inline void redisParser(const QByteArray &input)
{
    QJsonObject document;
    if (!object(input, &document))
        return;
    for (const QJsonObject &payload : {document, document.value(QLatin1String("Response")).toObject()}) {
        ProviderError error;
        RedisParser::parseInstances(payload, QStringLiteral("ap-guangzhou"));
        const TencentPage<Backup> page
            = RedisParser::parseBackups(payload, QStringLiteral("crs-fuzz"), QStringLiteral("ap-guangzhou"));
        Backup known;
        known.id = QStringLiteral("b-fuzz");
        known.instanceId = QStringLiteral("crs-fuzz");
        Backup detailed = RedisParser::parseBackupDetail(
            payload, page.items.isEmpty() ? known : page.items.first(), &error);
        RedisParser::markCreatedManually(detailed);
        RedisParser::parseBackupUrls(payload, &error);
        RedisParser::parseTaskId(payload, &error);
        RedisParser::parseTaskInfo(payload, &error);
    }
}

// The whole input is the body, read under each status of httpStatuses.
inline void tc3Protocol(const QByteArray &body)
{
    static const Tc3Protocol protocol(Credentials {}, QStringLiteral("sqlserver"),
                                      QStringLiteral("2018-03-28"));
    ApiRequest api;
    api.product = QStringLiteral("tencent-sqlserver");
    api.action = QStringLiteral("DescribeBackups");
    for (int status : httpStatuses) {
        protocol.interpret(status, body);
        protocol.interpretFor(api, status, body);
    }
}

} // namespace bb::fuzz
