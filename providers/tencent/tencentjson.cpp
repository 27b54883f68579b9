#include "providers/tencent/tencentjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bb {

QJsonObject TencentJson::unwrap(const QJsonObject &body)
{
    const QJsonValue response = body.value(QLatin1String("Response"));
    return response.isObject() ? response.toObject() : body;
}

ProviderError TencentJson::envelopeError(const QJsonObject &response, const QString &product,
                                         const QString &action)
{
    const QJsonValue errorValue = response.value(QLatin1String("Error"));
    if (errorValue.isUndefined() || errorValue.isNull())
        return {};
    ProviderError error;
    const QJsonObject errorObject = errorValue.toObject();
    error.code = string(errorObject.value(QLatin1String("Code")));
    error.message = string(errorObject.value(QLatin1String("Message")));
    error.requestId = string(response.value(QLatin1String("RequestId")));
    error.kind = error.code.startsWith(QLatin1String("AuthFailure")) ? ProviderError::Kind::Auth
                                                                     : ProviderError::Kind::Provider;
    if (error.code.isEmpty())
        error.code = QStringLiteral("Error");
    error.product = product;
    error.action = action;
    return error;
}

ProviderError TencentJson::malformed(const QString &product, const QString &action, const QString &what,
                                     const QString &requestId)
{
    ProviderError error = ProviderError::malformed(what);
    error.product = product;
    error.action = action;
    error.requestId = requestId;
    return error;
}

qint64 TencentJson::integer(const QJsonValue &value, qint64 fallback, bool *ok)
{
    bool good = false;
    qint64 result = fallback;
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Reject NaN/inf and values beyond what a qint64 (and a double) holds exactly.
        if (std::isfinite(number) && std::fabs(number) <= 9.0e15) {
            result = static_cast<qint64>(number);
            good = true;
        }
    } else if (value.isString()) {
        const qint64 parsed = value.toString().trimmed().toLongLong(&good);
        if (good)
            result = parsed;
    } else if (value.isBool()) {
        result = value.toBool() ? 1 : 0;
        good = true;
    }
    if (ok)
        *ok = good;
    return result;
}

QString TencentJson::identifier(const QJsonValue &value)
{
    const QString text = string(value).trimmed();
    return text == QLatin1String("0") ? QString() : text;
}

QString TencentJson::string(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) <= 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QStringList TencentJson::stringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            if (entry.isString() || entry.isDouble() || entry.isBool())
                result.append(string(entry));
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        result.append(value.toString());
    }
    return result;
}

QString TencentJson::displayText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return string(value);
}

QDateTime TencentJson::beijingTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("0000-00-00")))
        return {};
    // Parsed by position, not with QDateTime::fromString(): that builds a local time first and
    // looks up the system time zone on every call, ~2 ms per 100-row page and a fifth of the GUI
    // thread's CPU while a big listing streams in (bench/results/gui.md).
    if (trimmed.size() != 19 || trimmed[4] != u'-' || trimmed[7] != u'-' || trimmed[10] != u' '
        || trimmed[13] != u':' || trimmed[16] != u':')
        return {};
    bool ok = true;
    const auto number = [&trimmed, &ok](int from, int length) {
        int value = 0;
        for (const QChar c : QStringView(trimmed).mid(from, length)) {
            ok = ok && c.isDigit();
            value = value * 10 + c.digitValue();
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

QString TencentJson::formatBeijing(const QDateTime &time)
{
    return time.toUTC().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QUrl TencentJson::url(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // fromEncoded keeps the provider's percent-encoding (pre-signed COS URLs must not be decoded
    // and re-encoded differently); QUrl only upper-cases the hex digits, which RFC 3986 defines
    // as equivalent.
    QUrl result = QUrl::fromEncoded(trimmed.toUtf8());
    if (!result.isValid() || result.isRelative())
        return {};
    return result;
}

bool TencentJson::pageRows(const QJsonObject &response, const QString &product, const QString &action,
                           const char *listKey, int maxRows, qint64 maxTotal, QJsonArray &rows, qint64 &total,
                           ProviderError &error)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("bb::TencentJson", text);
    };
    const QString requestId = string(response.value(QLatin1String("RequestId")));
    const QJsonValue totalValue = response.value(QLatin1String("TotalCount"));
    const bool hasTotal = !totalValue.isUndefined() && !totalValue.isNull();
    bool ok = false;
    total = integer(totalValue, 0, &ok);
    if (!hasTotal) {
        total = 0;
    } else if (!ok || total < 0 || total > maxTotal) {
        error = malformed(
            product, action,
            tr("The answer's TotalCount \"%1\" is not a plausible count.").arg(displayText(totalValue)),
            requestId);
        return false;
    }

    const QJsonValue list = response.value(QLatin1String(listKey));
    if (list.isArray()) {
        rows = list.toArray();
        if (rows.size() > maxRows) {
            error = malformed(product, action,
                              tr("The answer has %1 rows in one page, more than the API ever returns (%2).")
                                  .arg(rows.size())
                                  .arg(maxRows),
                              requestId);
            return false;
        }
        if (!hasTotal)
            total = rows.size();
        return true;
    }
    if ((list.isUndefined() || list.isNull()) && hasTotal && total == 0)
        return true;
    error = malformed(
        product, action,
        tr("The answer has no list \"%1\" (or it is not a list).").arg(QString::fromLatin1(listKey)),
        requestId);
    return false;
}

void TencentJson::appendRemaining(const QJsonObject &row, const QStringList &skip, FieldList &extra)
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (skip.contains(it.key()))
            continue;
        extra.append({it.key(), displayText(it.value())});
    }
}

} // namespace bb
