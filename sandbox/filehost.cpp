#include "sandbox/filehost.h"

#include "providers/crypto/digest.h"
#include "sandbox/emulatorsupport.h"
#include "sandbox/generatedcontent.h"

#include <QHash>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrlQuery>

#include <optional>

namespace bb::sandbox {

namespace {

const QString filesPrefix = QStringLiteral("/files/");

struct Range
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

enum class RangeResult { Whole, Partial, Unsatisfiable };

// Single byte ranges as COS and OSS answer them: "bytes=N-", "bytes=N-M", "bytes=-S". Anything
// else (several ranges, garbage) is ignored and the whole file is served, as RFC 9110 allows.
RangeResult parseRange(const QByteArray &header, qint64 size, Range *range)
{
    if (!header.startsWith("bytes=") || header.contains(','))
        return RangeResult::Whole;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return RangeResult::Whole;
    bool okFirst = false;
    bool okLast = false;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) {
        const qint64 suffix = lastText.toLongLong(&okLast);
        if (!okLast || suffix < 0)
            return RangeResult::Whole;
        if (suffix == 0 || size == 0)
            return RangeResult::Unsatisfiable;
        range->first = std::max<qint64>(0, size - suffix);
        range->last = size - 1;
        return RangeResult::Partial;
    }
    range->first = firstText.toLongLong(&okFirst);
    if (!okFirst || range->first < 0)
        return RangeResult::Whole;
    if (lastText.isEmpty()) {
        range->last = size - 1;
    } else {
        range->last = lastText.toLongLong(&okLast);
        if (!okLast || range->last < range->first)
            return RangeResult::Whole;
        range->last = std::min(range->last, size - 1);
    }
    return range->first >= size ? RangeResult::Unsatisfiable : RangeResult::Partial;
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

struct FileHost::Private
{
    struct Entry
    {
        File file;
        Cloud cloud = Cloud::Cos;
        std::optional<uint64_t> crc;
    };

    mutable QMutex mutex;
    QUrl external;
    QUrl externalTls;
    QUrl internal;
    QByteArray secret;
    mutable QHash<QString, Entry> entries;
    FileFaults faults;

    QByteArray sign(const QString &key, qint64 expires) const
    {
        return digest::hmacSha256(secret, key.toUtf8() + '\n' + QByteArray::number(expires)).toHex();
    }

    uint64_t crcLocked(const File &file) const
    {
        Entry &entry = entries[file.key];
        if (entry.file.key.isEmpty())
            entry.file = file;
        if (!entry.crc || entry.file.size != file.size) {
            entry.file = file;
            entry.crc = GeneratedContent::crc64(file.key, file.size);
        }
        return *entry.crc;
    }

    HttpResponse xmlError(Cloud cloud, int status, const QString &code, const QString &message,
                          const QString &resource, const QString &extra = {}) const
    {
        const QString requestId = emulator::newRequestId();
        QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n";
        body += "  <Code>" + xmlEscape(code) + "</Code>\n";
        body += "  <Message>" + xmlEscape(message) + "</Message>\n";
        if (cloud == Cloud::Cos) {
            body += "  <Resource>" + xmlEscape(resource) + "</Resource>\n";
            body += "  <RequestId>" + requestId.toUtf8() + "</RequestId>\n";
            body += "  <TraceId>" + requestId.toUtf8().toBase64() + "</TraceId>\n";
        } else {
            body += "  <RequestId>" + requestId.toUtf8() + "</RequestId>\n";
            body += "  <HostId>" + xmlEscape(external.host()) + "</HostId>\n";
        }
        body += extra.toUtf8();
        body += "</Error>\n";
        HttpResponse response;
        response.status = status;
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
        const QByteArray requestIdHeader = cloud == Cloud::Cos ? "x-cos-request-id" : "x-oss-request-id";
        response.headers.append({requestIdHeader, requestId.toUtf8()});
        response.body = body;
        return response;
    }
};

FileHost::FileHost()
    : d(new Private)
{
    d->secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->secret.data()), 8);
}

FileHost::~FileHost()
{
    delete d;
}

void FileHost::setOrigins(const QUrl &external, const QUrl &internalUnreachable)
{
    QMutexLocker lock(&d->mutex);
    d->external = external;
    d->internal = internalUnreachable;
}

void FileHost::setSecureOrigin(const QUrl &externalTls)
{
    QMutexLocker lock(&d->mutex);
    d->externalTls = externalTls;
}

QUrl FileHost::signedUrl(const File &file, bool internal, int validitySeconds, Cloud cloud)
{
    bool tls = false;
    {
        QMutexLocker lock(&d->mutex);
        tls = d->externalTls.isValid();
    }
    return signedUrl(file, internal, validitySeconds, cloud, tls);
}

QUrl FileHost::signedUrl(const File &file, bool internal, int validitySeconds, Cloud cloud, bool tls)
{
    QMutexLocker lock(&d->mutex);
    Private::Entry &entry = d->entries[file.key];
    if (entry.file.size != file.size)
        entry.crc.reset();
    entry.file = file;
    entry.cloud = cloud;
    const qint64 expires = d->faults.adjustExpiry(QDateTime::currentSecsSinceEpoch() + validitySeconds);
    QUrl url = internal ? d->internal : (tls && d->externalTls.isValid() ? d->externalTls : d->external);
    url.setPath(filesPrefix + file.key);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("Expires"), QString::number(expires));
    query.addQueryItem(QStringLiteral("Signature"), QString::fromLatin1(d->sign(file.key, expires)));
    url.setQuery(query);
    return url;
}

QString FileHost::crc64Decimal(const File &file) const
{
    return QString::number(crc64(file));
}

uint64_t FileHost::crc64(const File &file) const
{
    QMutexLocker lock(&d->mutex);
    return d->crcLocked(file);
}

QByteArray FileHost::content(const File &file, qint64 offset, qint64 length) const
{
    GeneratedContent source(file.key, file.size);
    QByteArray out(std::max<qint64>(0, std::min(length, file.size - offset)), Qt::Uninitialized);
    out.resize(source.read(offset, out.data(), out.size()));
    return out;
}

bool FileHost::handle(const HttpRequest &request, HttpResponse &response)
{
    if (!request.path.startsWith(filesPrefix))
        return false;
    const QString key = request.path.mid(filesPrefix.size());

    QMutexLocker lock(&d->mutex);
    const auto it = d->entries.constFind(key);
    if (it == d->entries.cend()) {
        response = d->xmlError(Cloud::Cos, 404, QStringLiteral("NoSuchKey"),
                               QStringLiteral("The specified key does not exist."), request.path);
        return true;
    }
    const File file = it->file;
    const Cloud cloud = it->cloud;
    if (request.method != "GET" && request.method != "HEAD") {
        response = d->xmlError(cloud, 405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("The specified method is not allowed against this resource."),
                               request.path);
        return true;
    }
    bool expiresOk = false;
    const qint64 expires = request.query.queryItemValue(QStringLiteral("Expires")).toLongLong(&expiresOk);
    const QByteArray signature = request.query.queryItemValue(QStringLiteral("Signature")).toLatin1();
    if (!expiresOk || signature.isEmpty()) {
        response = d->xmlError(cloud, 403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied."),
                               request.path);
        return true;
    }
    if (!emulator::sameSignature(signature, d->sign(key, expires))) {
        response
            = d->xmlError(cloud, 403, QStringLiteral("SignatureDoesNotMatch"),
                          QStringLiteral("The request signature we calculated does not match the signature "
                                         "you provided."),
                          request.path);
        return true;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now > expires) {
        const QString extra = cloud == Cloud::Oss
            ? QStringLiteral("  <Expires>%1</Expires>\n  <ServerTime>%2</ServerTime>\n")
                  .arg(QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate),
                       QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate))
            : QString();
        response = d->xmlError(cloud, 403, QStringLiteral("AccessDenied"),
                               QStringLiteral("Request has expired"), request.path, extra);
        return true;
    }

    const uint64_t crc = d->crcLocked(file);
    lock.unlock();

    const QByteArray prefix = cloud == Cloud::Cos ? "x-cos-" : "x-oss-";
    response = HttpResponse();
    response.headers = {
        {"Content-Type", "application/octet-stream"},
        {"Accept-Ranges", "bytes"},
        {"ETag", '"' + QByteArray::number(static_cast<qulonglong>(crc), 16) + '"'},
        {"Content-Disposition", "attachment; filename=\"" + file.fileName.toUtf8().replace('"', '_') + '"'},
        {prefix + "hash-crc64ecma", QByteArray::number(static_cast<qulonglong>(crc))},
        {prefix + "request-id", emulator::newRequestId().toUtf8()},
    };
    Range range;
    switch (parseRange(request.header("range"), file.size, &range)) {
    case RangeResult::Unsatisfiable:
        response.status = 416;
        response.headers.append(
            {QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(file.size)});
        return true;
    case RangeResult::Partial:
        response.status = 206;
        response.headers.append({QByteArrayLiteral("Content-Range"),
                                 "bytes " + QByteArray::number(range.first) + '-'
                                     + QByteArray::number(range.last) + '/' + QByteArray::number(file.size)});
        response.streamOffset = range.first;
        response.streamLength = range.last - range.first + 1;
        break;
    case RangeResult::Whole:
        response.status = 200;
        break;
    }
    response.stream = std::make_shared<GeneratedContent>(file.key, file.size);
    d->faults.apply(key, request, response);
    return true;
}

FileFaults &FileHost::faults()
{
    return d->faults;
}

} // namespace bb::sandbox
