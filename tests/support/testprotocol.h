#pragma once

#include "providers/core/apiclient.h"

namespace bb::test {

// A minimal API family for testing ApiClient without a cloud's rules: sign() stamps the time and
// a fresh nonce into headers; interpret() reads {"RequestId","Code","Message"} JSON, treats
// 2xx as success, "Throttling" and 5xx as retryable, 401/403 as Auth.
class TestProtocol final : public ApiProtocol
{
public:
    void sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const override;
    ApiResult interpret(int httpStatus, const QByteArray &body) const override;
};

// A request to `url` with the test product's context filled in.
ApiRequest testRequest(const QUrl &url, const QString &action = QStringLiteral("DescribeThings"));

} // namespace bb::test
