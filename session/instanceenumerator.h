#pragma once

#include "providers/accounts/account.h"
#include "providers/core/instance.h"
#include "providers/core/providererror.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace bb {

class AppContext;
class BackupService;
class ServiceReply;

// Lists every instance of some (account, product) pairs, the one way the fleet overview and
// `check` both do it: opens each account's service for the product (AppContext caches them),
// lists each region (the account's own, else the product's known ones; or the one region asked
// for) and hands each region's instances over as they come. Every failure is reported with what
// failed and the rest goes on; the user of the enumerator decides whether one failure ends it
// all (abort()). finished() comes once, when every service and region has answered.
class InstanceEnumerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceEnumerator)

public:
    struct Source
    {
        Account account;
        QString product;
    };

    explicit InstanceEnumerator(AppContext *context, QObject *parent = nullptr);
    ~InstanceEnumerator() override; // stops the listings in flight

    // Lists only this region (empty: every region of the account and product). With
    // skipUnoffered, a product whose service does not know the region is not asked
    // (regionNotOffered()) rather than answering with the provider's error.
    void setRegion(const QString &region, bool skipUnoffered);
    // Starts listing (a start while running is ignored). With nothing to list, finished() comes
    // from inside this call.
    void start(const QList<Source> &sources);
    // Stops every listing still running; no signal comes after it.
    void abort();
    bool isRunning() const { return m_pending > 0; }
    // Services opened by the last start() (a failed opening is not counted).
    int servicesOpened() const { return m_opened; }

signals:
    void instancesListed(const bb::Account &account, const std::shared_ptr<bb::BackupService> &service,
                         const QList<bb::Instance> &instances);
    // The service could not be opened (Kind::Auth: no credentials).
    void serviceFailed(const bb::Account &account, const QString &product, const bb::ProviderError &error);
    void listingFailed(const bb::Account &account, const QString &product, const QString &region,
                       const bb::ProviderError &error);
    void regionNotOffered(const bb::Account &account, const QString &product, const QString &region);
    void finished();

private:
    void onServiceOpened(const Account &account, const QString &product,
                         const std::shared_ptr<BackupService> &service, const ProviderError &error);
    void listRegion(const Account &account, const QString &product,
                    const std::shared_ptr<BackupService> &service, const QString &region);
    void done();

    AppContext *m_context;
    QString m_region;
    bool m_skipUnoffered = false;
    quint64 m_generation = 0;
    int m_pending = 0; // services opening and regions listing, plus start() itself while it runs
    int m_opened = 0;
    QList<ServiceReply *> m_replies; // listings in flight, ours
};

} // namespace bb
