#include "transfers/httpheadparser.h"

namespace bb {

namespace {

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A header field name is a token (RFC 9110 5.6.2): no white space, in particular none before the
// colon, which RFC 9112 5.1 says must be rejected (it is how framing headers get smuggled).
bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '(' || c == ')' || c == ',' || c == '/' || c == ':' || c == ';'
            || c == '<' || c == '=' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']'
            || c == '{' || c == '}' || c == '"')
            return false;
    }
    return true;
}

} // namespace

HttpHeadParser::Result HttpHeadParser::fail(const QString &message)
{
    m_error = message;
    return Result::Error;
}

HttpHeadParser::Result HttpHeadParser::parse(QByteArray &buffer)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 ? buffer.size() > maxHeadSize + 3 : end > maxHeadSize)
            return fail(tr("The server sent an oversized response header"));
        if (end < 0)
            return Result::NeedMore;
        const QByteArray text = buffer.left(end);
        // "HTTP/1.x NNN": the status decides whether this is an interim answer.
        if (text.size() < 12 || !text.startsWith("HTTP/1.") || text.at(7) < '0' || text.at(7) > '9'
            || text.at(8) != ' ' || !isDigits(QByteArrayView(text).sliced(9, 3))
            || (text.size() > 12 && text.at(12) != ' ' && text.at(12) != '\r'))
            return fail(tr("The server sent an invalid HTTP response"));
        const int status = text.mid(9, 3).toInt();
        if (status < 100 || status > 599)
            return fail(tr("The server sent an invalid HTTP status (%1)").arg(status));
        if (status == 101)
            return fail(tr("The server switched protocols (HTTP 101), which a download never asks for"));
        if (status < 200) {
            if (++m_interim > maxInterim)
                return fail(tr("The server sent more than %1 interim (1xx) responses").arg(maxInterim));
            buffer.remove(0, end + 4); // an interim answer: the real one follows
            continue;
        }
        const Result result = parseFinal(text);
        if (result == Result::Done)
            buffer.remove(0, end + 4);
        return result;
    }
}

HttpHeadParser::Result HttpHeadParser::parseFinal(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    HttpResponseHead head;
    head.status = text.mid(9, 3).toInt();
    head.reason = lines.value(0).mid(13).trimmed();

    bool transferCoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding (a leading space) and lines without a name are malformed
        // (RFC 9112 5.2): rejected rather than guessed at, since a guess may change the framing.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(tr("The server sent a malformed response header line"));
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        head.headers.append({name, value});
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("identity", Qt::CaseInsensitive) != 0)
                transferCoding = true;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // RFC 9112 6.3: a list of identical values is one value; differing values, in one
            // header or several, are an unrecoverable framing error (the last one used to win,
            // and a short file passed for a complete one).
            for (const QByteArray &item : value.split(',')) {
                const QByteArray number = item.trimmed();
                if (!isDigits(number) || number.size() > 18)
                    return fail(tr("The server sent an invalid Content-Length (%1)")
                                    .arg(QString::fromLatin1(value.left(40))));
                const qint64 length = number.toLongLong();
                if (head.contentLength >= 0 && head.contentLength != length)
                    return fail(tr("The server sent conflicting Content-Length headers (%1 and %2)")
                                    .arg(head.contentLength)
                                    .arg(length));
                head.contentLength = length;
            }
        }
    }
    m_head = std::move(head);
    // Redirects (QNAM applies the redirect policy) and transfer codings (chunked): not ours.
    if ((m_head.status >= 300 && m_head.status < 400) || transferCoding)
        return Result::Fallback;
    return Result::Done;
}

} // namespace bb
