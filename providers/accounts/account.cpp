#include "providers/accounts/account.h"

#include <QUuid>

namespace bb {

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toString(Cloud cloud)
{
    return cloud == Cloud::Alibaba ? QStringLiteral("alibaba") : QStringLiteral("tencent");
}

Cloud cloudFromString(const QString &name, bool *ok)
{
    const bool alibaba = name == QLatin1String("alibaba");
    if (ok)
        *ok = alibaba || name == QLatin1String("tencent");
    return alibaba ? Cloud::Alibaba : Cloud::Tencent;
}

QString toString(Site site)
{
    return site == Site::Mainland ? QStringLiteral("mainland") : QStringLiteral("international");
}

Site siteFromString(const QString &name)
{
    return name == QLatin1String("mainland") ? Site::Mainland : Site::International;
}

QString toString(DownloadNetwork network)
{
    return network == DownloadNetwork::Internal ? QStringLiteral("internal") : QStringLiteral("external");
}

DownloadNetwork downloadNetworkFromString(const QString &name)
{
    return name == QLatin1String("internal") ? DownloadNetwork::Internal : DownloadNetwork::External;
}

} // namespace bb
