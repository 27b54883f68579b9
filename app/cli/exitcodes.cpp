#include "app/cli/exitcodes.h"

namespace bb {

int ExitCodes::forError(const ProviderError &error)
{
    using Kind = ProviderError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Ok;
    case Kind::Auth:
        return Credentials;
    case Kind::Network:
    case Kind::Tls:
        return Network;
    case Kind::Aborted:
        return Interrupted;
    case Kind::Provider:
    case Kind::Throttled:
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Unsupported:
        break;
    }
    return Provider;
}

int ExitCodes::forDownload(DownloadError error)
{
    switch (error) {
    case DownloadError::None:
        return Ok;
    case DownloadError::SizeMismatch:
    case DownloadError::ChecksumMismatch:
        return Verification;
    case DownloadError::Network:
    case DownloadError::InternalUnreachable:
    case DownloadError::Tls:
        return Network;
    case DownloadError::DiskFull:
    case DownloadError::FileError:
    case DownloadError::TargetExists:
        return LocalFile;
    case DownloadError::Cancelled:
        return Interrupted;
    case DownloadError::Resolve:
    case DownloadError::Http:
    case DownloadError::Expired:
        break;
    }
    return Provider;
}

int ExitCodes::forHealth(HealthState worst)
{
    switch (worst) {
    case HealthState::Ok:
        return Ok;
    case HealthState::Warning:
        return HealthWarning;
    case HealthState::Critical:
        break;
    }
    return HealthCritical;
}

} // namespace bb
