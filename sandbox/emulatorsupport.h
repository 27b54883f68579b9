#pragma once

#include "sandbox/faultstate.h"
#include "sandbox/sandboxhttp.h"

#include <QJsonObject>
#include <QString>

namespace bb::sandbox::emulator {

// Small pieces both cloud emulator bases share.

QString newRequestId(); // a random UUID, like both clouds' RequestId
HttpResponse jsonResponse(int status, const QJsonObject &body);
// The JSON cut in the middle: what a client sees from a proxy that gave up mid-answer.
void truncateBody(HttpResponse &response);
// Applies the latency and drop of a fault decision; true when nothing more is to be written.
bool applyTransportFault(const FaultState::Decision &decision, HttpResponse &response);
// Constant-time comparison of two hex signatures.
bool sameSignature(QByteArrayView a, QByteArrayView b);

} // namespace bb::sandbox::emulator
