#include "sandbox/emulatorsupport.h"

#include <QJsonDocument>
#include <QUuid>

namespace bb::sandbox::emulator {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void truncateBody(HttpResponse &response)
{
    response.body.truncate(response.body.size() / 2);
}

bool applyTransportFault(const FaultState::Decision &decision, HttpResponse &response)
{
    response.delayMs = decision.latencyMs;
    if (decision.injection != FaultState::Injection::Drop)
        return false;
    response.dropConnection = true;
    return true;
}

bool sameSignature(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace bb::sandbox::emulator
