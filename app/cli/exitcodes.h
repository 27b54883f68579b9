#pragma once

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
        Interrupted = 130,
    };

    static int forError(const ProviderError &error);
    static int forDownload(DownloadError error);
};

} // namespace bb
