#include "transfers/rangedattempt.h"

#include "providers/core/apiclient.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/httpgetreply.h"
#include "transfers/partwriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAttempt, "bb.transfers.attempt")

namespace bb {

namespace {

// One read pass reads (and, over HTTPS, decrypts) for at most this long, then lets the event loop
// run and continues on its next turn. Unbounded, a pass read whatever the socket held, up to the
// writer's 8 MiB per task: with three downloads that kept the GUI thread from input and painting
// for 10-57 ms at a time (bench/guistallbench).
constexpr qint64 readPassBudgetNs = 3 * 1000 * 1000;
constexpr qsizetype maxErrorBody = 4096;

// Content-Range: bytes 100-199/1000 → first 100, total 1000 (total -1 for "*").
bool parseContentRange(const QByteArray &header, qint64 *first, qint64 *total)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return false;
    const QByteArray spec = value.mid(6);
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash < dash)
        return false;
    bool ok = false;
    *first = spec.left(dash).toLongLong(&ok);
    if (!ok)
        return false;
    const QByteArray totalText = spec.mid(slash + 1);
    *total = totalText == "*" ? -1 : totalText.toLongLong(&ok);
    return ok;
}

} // namespace

RangedAttempt::RangedAttempt(QNetworkAccessManager *network, PartWriter *writer, Request request,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_writer(writer)
    , m_request(std::move(request))
    , m_throttleTimer(new QTimer(this))
    , m_from(m_request.from)
    , m_position(m_request.from)
    , m_viaNetworkManager(m_request.viaNetworkManager)
{
    m_throttleTimer->setSingleShot(true);
    connect(m_throttleTimer, &QTimer::timeout, this, &RangedAttempt::readMore);
    connect(m_writer, &PartWriter::roomAvailable, this, &RangedAttempt::readMore);
}

RangedAttempt::~RangedAttempt()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
}

void RangedAttempt::setLimiter(BandwidthLimiter *limiter)
{
    if (m_limiter)
        disconnect(m_limiter, nullptr, this, nullptr);
    m_limiter = limiter;
    if (!limiter)
        return;
    connect(limiter, &BandwidthLimiter::limitChanged, this, [this] {
        if (m_reply)
            m_reply->setReadBufferSize(m_limiter->suggestedReadBuffer());
        readMore();
    });
}

QNetworkReply::NetworkError RangedAttempt::error() const
{
    return m_reply ? m_reply->error() : QNetworkReply::OperationCanceledError;
}

void RangedAttempt::start()
{
    send();
}

void RangedAttempt::send()
{
    const QUrl &url = m_request.url;
    const bool direct = !m_viaNetworkManager && HttpGetReply::canFetch(url, m_network);
    qCInfo(lcAttempt) << "GET" << ApiClient::maskUrl(url) << "from byte" << m_position
                      << (direct ? "(direct)" : "(QNAM)");
    if (direct) {
        // The lean data path: the transfer thread decrypts the body into chunks this thread copies
        // from once. Redirects and chunked bodies go back through QNAM (below) for the rest of
        // this task.
        auto *reply = new HttpGetReply(url, m_position, m_request.until >= 0 ? m_request.until - 1 : -1,
                                       m_request.ssl, this);
        connect(reply, &HttpGetReply::needsFallback, this, [this] {
            qCInfo(lcAttempt) << ApiClient::maskUrl(m_request.url) << "needs QNAM (redirect or chunked body)";
            QNetworkReply *old = m_reply;
            m_reply = nullptr;
            disconnect(old, nullptr, this, nullptr);
            old->abort();
            old->deleteLater();
            m_viaNetworkManager = true;
            emit switchedToNetworkManager();
            send();
        });
        m_reply = reply;
    } else {
        QNetworkRequest request(url);
        // Compressed transfer would make byte offsets (Range) and sizes meaningless.
        request.setRawHeader("Accept-Encoding", "identity");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        if (m_request.until >= 0)
            request.setRawHeader("Range",
                                 "bytes=" + QByteArray::number(m_position) + '-'
                                     + QByteArray::number(m_request.until - 1));
        else if (m_position > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(m_position) + '-');
        if (!m_request.ssl.isNull())
            request.setSslConfiguration(m_request.ssl);
        // A custom "GET" is the same request on the wire, but newer Qt versions count custom verbs
        // as not idempotent and then never silently re-send them when a connection drops mid-body,
        // so every reconnect comes through the owner with a fresh Range. Qt 6.4 re-sends anyway
        // (up to twice, with the original Range): onMetaData() skips the bytes such a re-sent
        // answer repeats.
        m_reply = m_network->sendCustomRequest(request, QByteArrayLiteral("GET"));
    }
    m_reply->setReadBufferSize(m_limiter ? m_limiter->suggestedReadBuffer()
                                         : BandwidthLimiter::unlimitedReadBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RangedAttempt::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RangedAttempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RangedAttempt::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError, which is fatal.
        for (const QSslError &error : errors)
            qCWarning(lcAttempt) << "TLS error for" << ApiClient::maskUrl(m_request.url)
                                 << error.errorString();
    });
    m_sinceByte.restart();
}

void RangedAttempt::abort()
{
    m_throttleTimer->stop();
    flush();
    disconnect(m_writer, nullptr, this, nullptr);
    if (m_limiter)
        disconnect(m_limiter, nullptr, this, nullptr);
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void RangedAttempt::flush()
{
    if (!m_chunk.isEmpty())
        m_writer->append(m_chunk);
    m_chunk = QByteArray(); // unshared again, the writer can reuse it
}

void RangedAttempt::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return;
    m_status = status;
    for (const QByteArray &name :
         {QByteArrayLiteral("x-oss-hash-crc64ecma"), QByteArrayLiteral("x-cos-hash-crc64ecma")}) {
        if (m_reply->hasRawHeader(name))
            m_serverCrc = QString::fromLatin1(m_reply->rawHeader(name).trimmed());
    }
    m_skip = 0;
    Head head = Head::Accepted;
    if (status == 200 && m_request.until >= 0) {
        // A closed range answered with the whole file: nothing of it is this range's to take.
        qCInfo(lcAttempt) << ApiClient::maskUrl(m_request.url) << "ignored the range from" << m_position;
        flush();
        m_accepting = false;
        head = Head::RangeIgnored;
    } else if (status == 200) {
        if (m_from == 0 && m_position > 0) {
            // Qt re-sent a whole-file request by itself after a drop: skip what we already have.
            m_skip = m_position;
        } else if (m_position > 0) {
            // The host ignored Range and sends the whole file: take it from byte zero. What was
            // gathered goes to the writer first; the owner's truncation drops it, in order.
            qCInfo(lcAttempt) << ApiClient::maskUrl(m_request.url) << "ignored Range; restarting from zero";
            flush();
            m_from = 0;
            m_position = 0;
            head = Head::RangeIgnored;
        }
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_serverTotal = ok ? length : -1;
        m_accepting = true;
    } else if (status == 206) {
        qint64 first = -1;
        qint64 total = -1;
        const bool parsed = parseContentRange(m_reply->rawHeader("Content-Range"), &first, &total);
        if (parsed && first >= m_from && first < m_position) {
            // Qt re-sent this attempt's request by itself after a drop: the answer starts where
            // the attempt started, and the bytes up to m_position are already accepted.
            m_skip = m_position - first;
            first = m_position;
        }
        if (!parsed || first != m_position) {
            // Only bytes that continue exactly where the .part ends may be appended.
            qCWarning(lcAttempt) << ApiClient::maskUrl(m_request.url)
                                 << "answered an unexpected Content-Range"
                                 << m_reply->rawHeader("Content-Range") << "for offset" << m_position;
            m_accepting = false;
            emit headArrived(Head::WrongRange);
            return;
        }
        m_serverTotal = total;
        m_accepting = true;
    } else {
        m_accepting = false;
        head = Head::NotAccepted;
    }
    emit headArrived(head);
}

void RangedAttempt::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_accepting) {
        readMore();
        return;
    }
    // An error body: keep its start for the message, drop the rest.
    const QByteArray data = m_reply->readAll();
    if (m_errorBody.size() < maxErrorBody)
        m_errorBody += data.left(maxErrorBody - m_errorBody.size());
}

qint64 RangedAttempt::sizeLimit() const
{
    const qint64 limit = m_request.listedLimit >= 0 ? m_request.listedLimit : m_serverTotal;
    if (m_request.until < 0)
        return limit;
    return limit >= 0 ? std::min(limit, m_request.until) : m_request.until;
}

void RangedAttempt::readMore()
{
    if (!m_reply || !m_accepting)
        return;
    QElapsedTimer pass;
    pass.start();
    while (m_reply && m_reply->bytesAvailable() > 0) {
        if (pass.nsecsElapsed() >= readPassBudgetNs) {
            if (!m_readQueued) {
                m_readQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_readQueued = false;
                        readMore();
                    },
                    Qt::QueuedConnection);
            }
            break;
        }
        // Backpressure: with the disk behind, leave the rest in the socket (its read buffer is
        // bounded) until the writer has room again (roomAvailable() calls this again).
        if (m_writer->isFull())
            break;
        // Never more than the file can have: a host sending past it (an endless body without a
        // length, a length larger than the listing's) is stopped right there.
        const qint64 limit = sizeLimit();
        if (limit >= 0 && m_position >= limit && m_skip == 0) {
            if (complete()) {
                // The whole range: what the host sends beyond it is another range's.
                flush();
                emit readPassDone();
                if (!m_ended) {
                    m_ended = true;
                    emit ended();
                }
                return;
            }
            emit overLimit(limit);
            return;
        }
        if (m_chunk.isNull())
            m_chunk = m_writer->buffer(chunkSize);
        qint64 want = std::min<qint64>(m_reply->bytesAvailable(), chunkSize - m_chunk.size());
        if (limit >= 0)
            want = std::min(want, limit - m_position + m_skip);
        if (m_limiter && m_limiter->isLimited()) {
            const qint64 granted = m_limiter->acquire(want);
            if (granted <= 0) {
                if (!m_throttleTimer->isActive())
                    m_throttleTimer->start(m_limiter->msUntilAvailable(want));
                emit readPassDone();
                return;
            }
            want = granted;
        }
        if (m_skip > 0) {
            // Bytes a re-sent answer repeats: already accepted.
            const QByteArray data = m_reply->read(want);
            const qint64 n = data.size();
            if (n <= 0)
                break;
            m_fetched += n;
            const qint64 skipped = std::min(m_skip, n);
            m_skip -= skipped;
            if (skipped < n) {
                flush();
                const QByteArray rest = data.sliced(skipped);
                m_writer->append(rest);
                m_position += rest.size();
                m_sinceByte.restart();
            }
            continue;
        }
        const qsizetype at = m_chunk.size();
        m_chunk.resize(at + want);
        const qint64 n = m_reply->read(m_chunk.data() + at, want);
        m_chunk.resize(at + std::max<qint64>(n, 0));
        if (n <= 0)
            break;
        m_position += n;
        m_fetched += n;
        m_sinceByte.restart();
        if (m_chunk.size() >= chunkSize)
            flush();
    }
    emit readPassDone();
    if (m_finished && m_reply && m_reply->bytesAvailable() == 0 && !m_ended) {
        m_ended = true;
        emit ended();
    }
}

void RangedAttempt::onFinished()
{
    m_finished = true;
    if (m_accepting && m_reply && m_reply->bytesAvailable() > 0) {
        readMore(); // ends the attempt once drained (later, when throttled)
        return;
    }
    if (!m_ended) {
        m_ended = true;
        emit ended();
    }
}

void RangedAttempt::shortenTo(qint64 until)
{
    if (m_request.until < 0 || until < m_request.until)
        m_request.until = std::max(until, m_position);
}

bool RangedAttempt::waitingForHost() const
{
    return m_reply && !m_throttleTimer->isActive() && m_reply->bytesAvailable() == 0;
}

QString RangedAttempt::failureMessage() const
{
    QString message = m_reply ? m_reply->errorString() : QString();
    if (m_status > 0 && m_status < 400 && m_status != 200 && m_status != 206) {
        // Not an error to QNAM (101, 203, 3xx left unfollowed): its errorString() says "Unknown error".
        // DownloadTask's context, where these messages were before the split: their translations.
        message = QCoreApplication::translate("bb::DownloadTask", "HTTP %1 %2")
                      .arg(m_status)
                      .arg(m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                                   : QString())
                      .trimmed();
    } else if (m_status >= 400) {
        message = QCoreApplication::translate("bb::DownloadTask", "HTTP %1").arg(m_status);
        // Object stores explain themselves in an XML <Code>/<Message>; quote the code.
        const qsizetype codeAt = m_errorBody.indexOf("<Code>");
        const qsizetype codeEnd = m_errorBody.indexOf("</Code>");
        if (codeAt >= 0 && codeEnd > codeAt)
            message += u' ' + QString::fromUtf8(m_errorBody.mid(codeAt + 6, codeEnd - codeAt - 6));
    }
    return message;
}

} // namespace bb
