#include "transfers/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <limits>

namespace bb {

namespace {

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// Answers that the same request cannot turn into a file: a malformed or conflicting response
// (the head parser's verdict), a redirect loop or one to plain HTTP.
bool isPermanentProtocolError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return true;
    default:
        return false;
    }
}

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void RetryPolicy::begin(const DownloadOptions &options)
{
    m_options = options;
    m_failures = 0;
    m_resolvesInRow = 0;
    m_bestReceived = 0;
    m_runAttempts = 0;
    m_fetched = 0;
}

void RetryPolicy::attemptSent()
{
    ++m_runAttempts;
    ++m_totalAttempts;
}

void RetryPolicy::markReached(qint64 received)
{
    m_bestReceived = std::max(m_bestReceived, received);
}

QString RetryPolicy::partKeptText(qint64 received)
{
    if (received <= 0)
        return {};
    return tr("; the partial file (%1) is kept").arg(bytesText(received));
}

QString RetryPolicy::exhausted(qint64 sizeLimit, qint64 received) const
{
    if (m_runAttempts >= m_options.maxTotalAttempts)
        return tr("Gave up after %1 attempts: the file host keeps failing%2")
            .arg(m_runAttempts)
            .arg(partKeptText(received));
    if (sizeLimit < 0)
        return {};
    const qint64 factor = std::max(1, m_options.maxFetchedSizeFactor);
    const qint64 budget = sizeLimit > std::numeric_limits<qint64>::max() / factor - minFetchBudget
        ? std::numeric_limits<qint64>::max()
        : std::max(sizeLimit * factor, sizeLimit + minFetchBudget);
    if (m_fetched >= budget)
        return tr("Gave up after fetching %1 for a file of %2: the file host keeps sending the same bytes%3")
            .arg(bytesText(m_fetched), bytesText(sizeLimit), partKeptText(received));
    return {};
}

bool RetryPolicy::giveUpOnWrongRange()
{
    return ++m_failures >= m_options.maxAttempts;
}

RetryPolicy::Decision RetryPolicy::afterFailure(const Failure &failure)
{
    using Action = Decision::Action;
    const bool progressed = failure.received > std::max(m_bestReceived, failure.attemptStart);
    m_bestReceived = std::max(m_bestReceived, failure.received);
    if (progressed) {
        m_failures = 0;
        m_resolvesInRow = 0;
    }
    const QString &message = failure.message;
    const int status = failure.status;
    if (failure.error == QNetworkReply::SslHandshakeFailedError)
        return {Action::Fail, DownloadError::Tls,
                tr("TLS failure talking to %1: %2").arg(failure.host, message)};
    if (isPermanentProtocolError(failure.error))
        return {Action::Fail, DownloadError::Http,
                tr("The file host's answer cannot be used: %1").arg(message)};
    if (status >= 300 && status < 400)
        return {Action::Fail, DownloadError::Http,
                tr("The file host answered %1, a redirect that cannot be followed").arg(message)};
    if (status > 0 && status < 400 && status != 200 && status != 206)
        return {Action::Fail, DownloadError::Http,
                tr("The file host answered %1 instead of the file").arg(message)};
    if (status == 401 || status == 403) {
        // Signed URLs are bearer tokens that expire (COS in minutes): get fresh ones, keep the bytes.
        if (++m_resolvesInRow > m_options.maxResolves)
            return {Action::Fail, DownloadError::Expired,
                    tr("The download link was refused even after renewing it (%1)").arg(message)};
        return {Action::Renew, DownloadError::None, tr("The download link expired; asking for a fresh one")};
    }
    if (status == 404 || status == 416) {
        if (++m_failures >= m_options.maxAttempts)
            return {Action::Fail, DownloadError::Http, tr("The file host answered %1").arg(message)};
        return {Action::RestartAndRenew, DownloadError::None,
                tr("The file host answered %1; starting over").arg(message)};
    }
    if (failure.internal && status == 0 && !progressed && isUnreachable(failure.error)) {
        if (failure.canUseExternal)
            return {Action::UseExternal, DownloadError::None,
                    tr("The internal URL is unreachable from this network; using the external URL")};
        return {
            Action::Fail, DownloadError::InternalUnreachable,
            tr("The internal URL %1 is unreachable from this network (%2). Internal links only work inside "
               "the "
               "cloud's network; download over the external URL instead.")
                .arg(failure.maskedUrl, message)};
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429)
        return {Action::Fail, DownloadError::Http, tr("The file host answered %1").arg(message)};
    return retry(failure);
}

RetryPolicy::Decision RetryPolicy::retry(const Failure &failure)
{
    if (++m_failures >= m_options.maxAttempts)
        return {Decision::Action::Fail, DownloadError::Network,
                tr("Gave up after %1 failed attempts without progress (%2)%3")
                    .arg(m_failures)
                    .arg(failure.message, partKeptText(failure.received))};
    const int exponent = std::min(m_failures - 1, 16);
    const qint64 base = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << exponent);
    const int delay = int(double(base) * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    const QString text
        = tr("%1; retrying in %2 s (attempt %3 of at most %4, %5 of %6 received)")
              .arg(failure.message)
              .arg(std::max(1, (delay + 500) / 1000))
              .arg(m_runAttempts + 1)
              .arg(m_options.maxTotalAttempts)
              .arg(bytesText(failure.received),
                   failure.expectedSize >= 0 ? bytesText(failure.expectedSize) : tr("unknown"));
    return {Decision::Action::Retry, DownloadError::None, text, delay};
}

} // namespace bb
