#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QDateTime>
#include <QString>

namespace bb::alibabaservice {

// Pieces both Alibaba services (RDS and StarRocks) share.

constexpr int defaultWindowDays = 7; // BackupQuery's default window: the last week

// An error the service itself raises (bad input, an answer of the wrong shape, a missing backup),
// named like the provider's own so that ProviderError::toString() says which call and instance.
ProviderError error(const char *product, const QString &action, const QString &instanceId,
                    const QString &message, ProviderError::Kind kind = ProviderError::Kind::Provider);

// The listing window of `query`: its own bounds, else the last week up to `nowUtc`. A lookup by
// backup id gets no window (the backup may be older than a week): both results are then invalid.
struct Window
{
    QDateTime since;
    QDateTime until;
};
Window window(const BackupQuery &query, const QDateTime &nowUtc);

// The record a lookup by id starts from: only its product, region, instance and id.
Backup idOnly(const char *product, const QString &region, const QString &instanceId, const QString &id);

} // namespace bb::alibabaservice
