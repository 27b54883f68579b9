#pragma once

#include "providers/core/providererror.h"

#include <QCoreApplication>

namespace bb {

// Plain-words explanations for the documented error codes of the SQL Server and Redis backup
// calls (the seeds' error tables and FACTS §1.5) that Tc3Protocol::classify does not already
// explain (it covers throttling, AuthFailure.*, permissions and regions).
class TencentErrorHints final
{
    Q_DECLARE_TR_FUNCTIONS(bb::TencentErrorHints)

public:
    // The hint for `code`, empty when there is none.
    static QString hintFor(const QString &code);
    // Sets error.hint from the table when the error has none yet.
    static void explain(ProviderError &error);
};

} // namespace bb
