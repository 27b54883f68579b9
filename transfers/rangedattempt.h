#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace bb {

class BandwidthLimiter;
class PartWriter;

// One HTTP GET of a file from a byte offset ("Range: bytes=N-"), into a PartWriter: the request
// (HttpGetReply's lean path, or QNetworkAccessManager for what that cannot serve), the checks of
// the answer's status and Content-Range against the offset asked, and the reading under the
// bandwidth limiter, the writer's backpressure and the file's size limit, in 256 KiB chunks.
// It decides nothing about retries: the owner (DownloadTask) hears what came and decides.
//
// Only bytes that continue exactly at position() are accepted. An answer Qt re-sent by itself
// after a drop (QNAM re-sends idempotent requests, with the original Range) repeats bytes the
// writer already has: they are skipped, not appended again.
class RangedAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangedAttempt)

public:
    // What the answer's head says about the body.
    enum class Head {
        Accepted, // the body continues at position() (206 with the right range, or 200 from zero)
        // 200 to a ranged request. Open range (no `until`): the whole file follows, taken from
        // byte 0 (position() is back at 0). Closed range: nothing is taken from it.
        RangeIgnored,
        WrongRange, // 206 for another range (or unreadable): nothing may be taken from it
        NotAccepted, // an error or another status: its body is kept (4 KiB) for the message only
    };
    Q_ENUM(Head)

    struct Request
    {
        QUrl url;
        qint64 from = 0; // the offset the .part ends at (the CRC covers everything before it)
        QSslConfiguration ssl; // certificates to trust; TLS errors are never ignored
        bool viaNetworkManager = false; // skip HttpGetReply (it needed QNAM earlier in this task)
        // The most bytes the file may have from the listing, -1 unknown: then the host's own
        // announced length bounds it. Bytes past it stop the attempt (overLimit()).
        qint64 listedLimit = -1;
        // The end (exclusive) of a closed range ("bytes=from-(until-1)"), -1: to the file's end.
        // The attempt stops there and is complete(), whatever more the host sends.
        qint64 until = -1;
    };

    // The chunk size handed to the writer: one hand-over (and one wake-up of its thread) per
    // 256 KiB instead of per 64 KiB socket pass.
    static constexpr qint64 chunkSize = 256 * 1024;

    RangedAttempt(QNetworkAccessManager *network, PartWriter *writer, Request request,
                  QObject *parent = nullptr);
    ~RangedAttempt() override; // aborts a reply still running

    void setLimiter(BandwidthLimiter *limiter);
    // Sends the request; signals follow from the event loop.
    void start();
    // Stops the reply and every signal; gathered bytes go to the writer first (flush()).
    void abort();
    // Hands the bytes gathered so far to the writer (a slow or throttled transfer still reaches
    // the disk every tick).
    void flush();
    // Reads what the reply holds, within a pass budget; called on readyRead, when the writer
    // has room again and when the limiter allows more.
    void readMore();

    qint64 startedAt() const { return m_from; } // 0 after RangeIgnored
    qint64 position() const { return m_position; } // the offset of the next byte accepted
    qint64 fetched() const { return m_fetched; } // body bytes taken, repeats included
    // Ends the range earlier (never later): the rest goes to another connection. The request
    // already sent still asks for more; the attempt stops taking bytes at `until`.
    void shortenTo(qint64 until);
    // A closed range got all its bytes (the reply may still be open: the owner drops it).
    bool complete() const { return m_request.until >= 0 && m_position >= m_request.until; }
    int status() const { return m_status; }
    qint64 serverTotal() const { return m_serverTotal; } // announced length, -1 unknown
    QString serverCrc() const { return m_serverCrc; } // x-oss/x-cos-hash-crc64ecma, may be empty
    bool viaNetworkManager() const { return m_viaNetworkManager; }
    QNetworkReply::NetworkError error() const;
    // What failed, for people: the reply's error, or the status (and an object store's <Code>).
    QString failureMessage() const;
    // Nothing to read, not held back by the limiter: the host is the one keeping us waiting.
    bool waitingForHost() const;
    qint64 msSinceByte() const { return m_sinceByte.elapsed(); }

signals:
    void headArrived(bb::RangedAttempt::Head head);
    void readPassDone(); // a pass over what the reply held (progress, checkpoints)
    void overLimit(qint64 limit); // the host sent more than the file can have; reading stopped
    void ended(); // the reply finished and everything it brought was read
    void switchedToNetworkManager(); // HttpGetReply could not serve it; QNAM fetches it now

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    qint64 sizeLimit() const;

    QNetworkAccessManager *m_network;
    PartWriter *m_writer;
    Request m_request;
    QPointer<BandwidthLimiter> m_limiter;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_throttleTimer;
    QElapsedTimer m_sinceByte;

    qint64 m_from = 0;
    qint64 m_position = 0;
    qint64 m_fetched = 0;
    qint64 m_skip = 0; // bytes of the current answer that repeat what the writer has
    int m_status = 0;
    qint64 m_serverTotal = -1;
    QString m_serverCrc;
    bool m_viaNetworkManager = false;
    bool m_accepting = false; // the current answer's body goes to the writer
    bool m_finished = false;
    bool m_readQueued = false; // a pass ran out of time and continues next turn
    bool m_ended = false; // ended() was emitted
    QByteArray m_chunk; // accepted bytes gathered up to chunkSize
    QByteArray m_errorBody; // the start of an error answer, for the message
};

} // namespace bb
