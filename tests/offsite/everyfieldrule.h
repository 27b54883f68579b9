#pragma once

#include "offsite/offsiterule.h"

namespace bb::test {

// An offsite rule with every field away from its default, so a field a writer or an editor
// forgets cannot pass unnoticed: tst_offsiterule writes it, tst_ruleeditordialog shows it.
inline OffsiteRule everyFieldRule()
{
    OffsiteRule r;
    r.name = QStringLiteral("prod rds");
    r.account = QStringLiteral("ops");
    r.product = QStringLiteral("alibaba-rds");
    r.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
    r.instances = {QStringLiteral("rm-abc"), QStringLiteral("prod-*")};
    r.kinds = OffsiteRule::Kinds::All;
    r.newest = 7;
    r.days = 45;
    r.destination = QStringLiteral("/srv/backups");
    r.layout = QStringLiteral("{product}/{region}/{instance}/{backup}/{file}");
    r.network = DownloadNetwork::Internal;
    r.connections = 16;
    r.connectionsPerFile = 3;
    r.bytesPerSecond = 1500; // not a KiB multiple: the editor's KiB/s box cannot show it exactly
    r.prune = false;
    r.retention = {2, 10, 7, 4, 12, 3, 5};
    r.retentionSet = true;
    return r;
}

} // namespace bb::test
