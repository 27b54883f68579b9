#include "sandbox/filefaults.h"

#include <QMutexLocker>
#include <QUrlQuery>

#include <algorithm>

namespace bb::sandbox {

namespace {

constexpr qsizetype maxLog = 1000;

HttpResponse xmlError(int status, const QByteArray &code, const QByteArray &message)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/xml")));
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>" + code
        + "</Code>\n  <Message>" + message + "</Message>\n</Error>\n";
    return response;
}

bool takeOne(int &counter)
{
    if (counter <= 0)
        return false;
    --counter;
    return true;
}

} // namespace

void FileFaults::set(const FileFaultPlan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
}

FileFaultPlan FileFaults::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

void FileFaults::expireAllNow()
{
    QMutexLocker lock(&m_mutex);
    m_revokedUpTo = m_issuedUpTo;
}

qint64 FileFaults::adjustExpiry(qint64 expires)
{
    QMutexLocker lock(&m_mutex);
    expires = std::max(expires, m_revokedUpTo + 1);
    m_issuedUpTo = std::max(m_issuedUpTo, expires);
    return expires;
}

QList<QByteArray> FileFaults::rangeLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_ranges;
}

void FileFaults::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_ranges.clear();
}

void FileFaults::apply(const QString &key, const HttpRequest &request, HttpResponse &response)
{
    QMutexLocker lock(&m_mutex);
    if (m_ranges.size() < maxLog)
        m_ranges.append(request.header("range"));

    bool ok = false;
    const qint64 expires = request.query.queryItemValue(QStringLiteral("Expires")).toLongLong(&ok);
    if (ok && expires <= m_revokedUpTo) {
        response = xmlError(403, "AccessDenied", "Request has expired");
        return;
    }
    if (!m_plan.keyContains.isEmpty() && !key.contains(m_plan.keyContains))
        return;
    if (takeOne(m_plan.notFoundNext)) {
        response = xmlError(404, "NoSuchKey", "The specified key does not exist.");
        return;
    }
    if (takeOne(m_plan.rangeNotSatisfiableNext)) {
        response = xmlError(416, "InvalidRange", "The requested range is not satisfiable");
        return;
    }
    if (takeOne(m_plan.serverErrorNext)) {
        response = xmlError(503, "ServiceUnavailable", "Please reduce your request rate.");
        return;
    }
    if (response.status == 206 && takeOne(m_plan.ignoreRangeNext)) {
        response.status = 200;
        response.streamOffset = 0;
        response.streamLength = -1;
        response.headers.removeIf([](const auto &header) {
            return header.first.compare("Content-Range", Qt::CaseInsensitive) == 0;
        });
    }
    if (takeOne(m_plan.wrongChecksumNext)) {
        for (auto &header : response.headers) {
            if (header.first.endsWith("hash-crc64ecma"))
                header.second = QByteArray::number(header.second.toULongLong() ^ 0x5a5a5a5aULL);
        }
    }
    if (takeOne(m_plan.dropNext))
        response.fault.dropAfterBytes = m_plan.dropAfterBytes;
    if (takeOne(m_plan.stallNext))
        response.fault.stallAfterBytes = m_plan.stallAfterBytes;
    if (m_plan.bytesPerSecond > 0)
        response.fault.bytesPerSecond = m_plan.bytesPerSecond;
}

} // namespace bb::sandbox
