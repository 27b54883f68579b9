#pragma once

#include "models/instancehealth.h"
#include "providers/core/providererror.h"
#include "transfers/downloadtypes.h"

namespace bb {

// backup-browser-cli's exit codes (docs/cli.md#exit-codes; scripts depend on them) and how
// failures map onto them.
class ExitCodes final
{
public:
    enum Code {
        Ok = 0,
        Usage = 1,
        Provider = 2, // the provider answered with an error
        Network = 3, // network or TLS failure
        Verification = 4, // download size or checksum wrong
        Credentials = 5, // missing or rejected
        LocalFile = 6, // the output or download file could not be written (disk full, permissions)
        // check: the judgement was written and some instance is Warning (none Critical) / Critical.
        // Past the codes above (not Nagios' 1 and 2) so a script tells "an instance needs
        // attention" from "the check itself could not run".
        HealthWarning = 7,
        HealthCritical = 8,
        // sync: the summary was written, and some backups could not be copied (or pruned).
        SyncIncomplete = 9,
        // sync: another sync holds the destination's lock.
        SyncLocked = 10,
        Interrupted = 130,
    };

    static int forError(const ProviderError &error);
    static int forDownload(DownloadError error);
    static int forHealth(HealthState worst);
    // Codes after which the command's output is complete and is written (the --output file appears).
    static bool wroteResult(int code)
    {
        return code == Ok || code == HealthWarning || code == HealthCritical || code == SyncIncomplete;
    }
};

} // namespace bb
