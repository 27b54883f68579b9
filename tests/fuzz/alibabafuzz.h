#pragma once

// What each Alibaba fuzz target does with one input, shared with the corpus replay test
// (tests/alibaba/tst_parsercorpus.cpp) so CI runs the same calls on every saved input.
#include "providers/alibaba/acs3protocol.h"
#include "providers/alibaba/rdsparser.h"
#include "providers/alibaba/starrocksparser.h"
#include "tests/fuzz/fuzzinput.h"

namespace bb::fuzz {

inline void rdsParser(const QByteArray &input)
{
    QJsonObject payload;
    if (!object(input, &payload))
        return;
    const QString region = QStringLiteral("cn-hangzhou");
    RdsParser::parseBackups(payload, region);
    RdsParser::parseBackup(payload, region);
    RdsParser::parseInstances(payload, region);
    RdsParser::parseInstance(payload, region);
    RdsParser::parseBackupJobId(payload);
    RdsParser::parseBackupTasks(payload);
}

inline void starRocksParser(const QByteArray &input)
{
    QJsonObject payload;
    if (!object(input, &payload))
        return;
    const QString region = QStringLiteral("cn-hangzhou");
    StarRocksParser::parseBackups(payload, region);
    StarRocksParser::parseBackup(payload, region);
    StarRocksParser::parseInstances(payload, region);
    StarRocksParser::parseInstance(payload, region);
}

// Both API styles (RPC: errors by HTTP status; ROA: a Success/ErrCode envelope). The whole input
// is the body, read under each status of httpStatuses.
inline void acs3Protocol(const QByteArray &body)
{
    static const Acs3Protocol rpc(Credentials {}, QStringLiteral("2014-08-15"), Acs3Protocol::Style::Rpc);
    static const Acs3Protocol roa(Credentials {}, QStringLiteral("2022-10-19"), Acs3Protocol::Style::Roa);
    ApiRequest api;
    api.product = QStringLiteral("alibaba-rds");
    api.action = QStringLiteral("DescribeBackups");
    for (const Acs3Protocol *protocol : {&rpc, &roa}) {
        for (int status : httpStatuses) {
            protocol->interpret(status, body);
            protocol->interpretFor(api, status, body);
        }
    }
}

} // namespace bb::fuzz
