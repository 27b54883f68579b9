#include "sandbox/sandboxhttp.h"

namespace bb::sandbox {

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = body;
    return response;
}

} // namespace bb::sandbox
