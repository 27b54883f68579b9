#pragma once

#include "transfers/downloadtypes.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace bb {

// What a download does after an attempt failed, and the bounds that make every download end:
// consecutive attempts without progress, requests per start(), body bytes fetched per start()
// (a multiple of the file's size), fresh URLs refused in a row. Progress is bytes beyond the
// furthest offset reached since start(): a host that resends what the .part has, or makes the
// download start over, makes none. Decides only; DownloadTask carries the decision out.
class RetryPolicy final
{
    // Its messages are the download's, as they were before it was split out of DownloadTask:
    // the same translation context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(bb::DownloadTask)

public:
    // The fetch budget of a small file: a few retries of it always fit.
    static constexpr qint64 minFetchBudget = 1024 * 1024;

    // A new start(): the options it runs with, and every per-start count back to zero.
    void begin(const DownloadOptions &options);

    void attemptSent(); // a request went out
    void addFetched(qint64 bytes) { m_fetched += bytes; } // body bytes taken, repeats included
    // Bytes up to `received` count as reached, so bringing them again is no progress (a trickle).
    void markReached(qint64 received);
    int runAttempts() const { return m_runAttempts; }
    int totalAttempts() const { return m_totalAttempts; } // over every start()
    qint64 fetched() const { return m_fetched; }

    // Empty when another request fits this start()'s bounds, else why not (the task fails with
    // DownloadError::Network). `sizeLimit`: the most bytes the file may have, -1 unknown.
    QString exhausted(qint64 sizeLimit, qint64 received) const;
    // The host answered a byte range other than the one asked: true when that happened once too
    // often in a row (give up), else the caller starts over.
    bool giveUpOnWrongRange();

    struct Failure
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0; // HTTP status, 0 when none arrived
        QString message; // what went wrong, for people
        qint64 received = 0; // bytes in the .part after the attempt
        qint64 attemptStart = 0; // where the attempt started
        qint64 expectedSize = -1; // the listing's, for the status line
        bool internal = false; // the attempt used the internal URL
        bool canUseExternal = false; // the options allow the fallback and there is an external URL
        QString host; // for the TLS message
        QString maskedUrl; // for the internal-unreachable message (never the signature)
    };
    struct Decision
    {
        enum class Action {
            Fail, // fail with `error` and `text`
            Renew, // the signed URL expired: resolve again, keep the bytes
            RestartAndRenew, // the .part cannot continue: start over with fresh URLs
            UseExternal, // the internal URL is unreachable: the same request on the external URL
            Retry, // the same request after `delayMs`
        };
        Action action = Action::Fail;
        DownloadError error = DownloadError::None;
        QString text; // the failure message, or the status line for the others
        int delayMs = 0; // Retry
    };
    Decision afterFailure(const Failure &failure);

    // "; the partial file (N bytes) is kept" when there is one, for the messages that keep it.
    static QString partKeptText(qint64 received);

private:
    Decision retry(const Failure &failure);

    DownloadOptions m_options;
    int m_failures = 0; // consecutive attempts without progress
    int m_resolvesInRow = 0;
    qint64 m_bestReceived = 0; // the furthest offset reached since begin()
    int m_runAttempts = 0; // requests sent since begin()
    int m_totalAttempts = 0;
    qint64 m_fetched = 0;
};

} // namespace bb
