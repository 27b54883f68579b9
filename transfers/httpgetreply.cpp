#include "transfers/httpgetreply.h"

#include "transfers/httpbodybuffer.h"
#include "transfers/httpgetconnection.h"
#include "transfers/transferthread.h"
#ifdef BB_WITH_CURL
#include "transfers/curlgetconnection.h"
#endif

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>

#include <mutex>

Q_LOGGING_CATEGORY(lcGetReply, "bb.transfers.getreply")

namespace bb {

namespace {

GetConnection *makeConnection(const QUrl &url, qint64 rangeFrom, qint64 rangeLast,
                              const QSslConfiguration &ssl, std::shared_ptr<HttpBodyBuffer> body)
{
#ifdef BB_WITH_CURL
    if (HttpGetReply::transport() == HttpGetReply::Transport::Curl)
        return new CurlGetConnection(url, rangeFrom, ssl, std::move(body), rangeLast);
#endif
    return new HttpGetConnection(url, rangeFrom, ssl, std::move(body), rangeLast);
}

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

} // namespace

HttpGetReply::HttpGetReply(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl, QObject *parent)
    : HttpGetReply(url, rangeFrom, -1, ssl, parent)
{ }

HttpGetReply::HttpGetReply(const QUrl &url, qint64 rangeFrom, qint64 rangeLast, const QSslConfiguration &ssl,
                           QObject *parent)
    : QNetworkReply(parent)
    , m_body(std::make_shared<HttpBodyBuffer>(bodyBufferLimit))
    , m_connection(makeConnection(url, rangeFrom, rangeLast, ssl, m_body))
{
    setUrl(url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    // Queued: the connection emits on the transfer thread; this object's thread takes the
    // signals in the order sent, and none arrives once this object is gone.
    connect(m_connection, &GetConnection::headReceived, this, &HttpGetReply::onHead, Qt::QueuedConnection);
    connect(m_connection, &GetConnection::bodyAvailable, this, &HttpGetReply::onBodyAvailable,
            Qt::QueuedConnection);
    connect(m_connection, &GetConnection::ended, this, &HttpGetReply::onEnded, Qt::QueuedConnection);
    connect(
        m_connection, &GetConnection::needsFallback, this,
        [this] {
            if (m_done)
                return;
            m_done = true;
            emit needsFallback();
        },
        Qt::QueuedConnection);
    m_connection->moveToThread(TransferThread::get());
    QMetaObject::invokeMethod(m_connection, &GetConnection::start, Qt::QueuedConnection);
}

HttpGetReply::~HttpGetReply()
{
    // Its socket and TLS state belong to the transfer thread: closed and freed there.
    QMetaObject::invokeMethod(m_connection, &GetConnection::abort, Qt::QueuedConnection);
    m_connection->deleteLater();
}

HttpGetReply::Transport HttpGetReply::transport()
{
    const QByteArray name = qgetenv("BB_HTTP_TRANSPORT").trimmed().toLower();
    if (name.isEmpty() || name == "own")
        return Transport::Own;
    if (name == "curl" && curlAvailable())
        return Transport::Curl;
    static std::once_flag warned;
    std::call_once(warned, [&] {
        qCWarning(lcGetReply) << "BB_HTTP_TRANSPORT" << name
                              << (name == "curl" ? "is not in this build (BB_WITH_CURL off)" : "is unknown")
                              << "- using our own HTTP connection";
    });
    return Transport::Own;
}

bool HttpGetReply::curlAvailable()
{
#ifdef BB_WITH_CURL
    return true;
#else
    return false;
#endif
}

bool HttpGetReply::canFetch(const QUrl &url, QNetworkAccessManager *network)
{
    const QString scheme = url.scheme();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return false;
    // Whatever proxy QNAM would use for this URL (its own, its factory's, the application's or
    // the system's) keeps the request with QNAM.
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> proxies;
    if (network && network->proxyFactory())
        proxies = network->proxyFactory()->queryProxy(query);
    else if (!network || network->proxy().type() == QNetworkProxy::DefaultProxy)
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    else
        proxies = {network->proxy()};
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

void HttpGetReply::abort()
{
    if (m_done)
        return;
    QMetaObject::invokeMethod(m_connection, &GetConnection::abort, Qt::QueuedConnection);
    finishWith(OperationCanceledError, tr("Operation canceled"));
}

qint64 HttpGetReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_inBody ? m_body->available() : 0);
}

qint64 HttpGetReply::readData(char *data, qint64 maxSize)
{
    if (!m_inBody)
        return m_done ? -1 : 0;
    bool wake = false;
    const qint64 n = m_body->read(data, maxSize, &wake);
    if (wake)
        QMetaObject::invokeMethod(m_connection, &GetConnection::wake, Qt::QueuedConnection);
    if (n == 0 && isFinished())
        return -1;
    return n;
}

void HttpGetReply::onHead(const HttpResponseHead &head)
{
    if (m_done)
        return;
    for (const auto &[name, value] : head.headers)
        setRawHeader(name, value);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, head.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, head.reason);
    if (head.contentLength >= 0)
        setHeader(QNetworkRequest::ContentLengthHeader, head.contentLength);
    if (head.status >= 400) {
        setError(errorForStatus(head.status),
                 tr("Error transferring %1 - server replied: %2")
                     .arg(url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                          QString::fromLatin1(head.reason)));
    }
    m_inBody = true;
    emit metaDataChanged();
}

void HttpGetReply::onBodyAvailable()
{
    if (m_done)
        return;
    m_body->expectNotice(); // the next chunk tells again, whatever the reader takes now
    emit readyRead();
}

void HttpGetReply::onEnded(NetworkError error, const QString &message)
{
    if (m_done)
        return;
    if (!m_inBody) {
        finishWith(error, message);
        return;
    }
    // A complete body, one cut short, or one read until the close that failed instead.
    if (error != NoError)
        setError(error, message);
    m_done = true;
    if (bytesAvailable() > 0) {
        const QPointer<HttpGetReply> self(this);
        emit readyRead(); // what did arrive is still the reader's
        if (!self)
            return;
    }
    setFinished(true);
    emit finished();
}

void HttpGetReply::finishWith(NetworkError error, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (error != NoError)
        setError(error, message);
    setFinished(true);
    const QPointer<HttpGetReply> self(this);
    if (error != NoError && error != OperationCanceledError)
        emit errorOccurred(error);
    if (self)
        emit finished();
}

} // namespace bb
