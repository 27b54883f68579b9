#include "transfers/getconnection.h"

#include <QSslCertificate>

namespace bb {

bool GetConnection::trustsSystemStore(const QSslConfiguration &ssl)
{
    const QList<QSslCertificate> own = ssl.caCertificates();
    return own.isEmpty() || own == QSslConfiguration::defaultConfiguration().caCertificates();
}

} // namespace bb
