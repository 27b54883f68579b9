#include "session/instanceenumerator.h"

#include "providers/core/backupservice.h"
#include "providers/core/servicereply.h"
#include "session/appcontext.h"

#include <QPointer>

namespace bb {

InstanceEnumerator::InstanceEnumerator(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

InstanceEnumerator::~InstanceEnumerator()
{
    abort();
}

void InstanceEnumerator::setRegion(const QString &region, bool skipUnoffered)
{
    m_region = region;
    m_skipUnoffered = skipUnoffered;
}

void InstanceEnumerator::start(const QList<Source> &sources)
{
    if (isRunning())
        return;
    ++m_generation;
    m_opened = 0;
    m_pending = 1; // this loop itself, so an early answer cannot end the listing
    for (const Source &source : sources) {
        ++m_pending;
        const quint64 generation = m_generation;
        // The answer comes later, maybe after the enumerator is gone (the window closed).
        const QPointer<InstanceEnumerator> self(this);
        m_context->openService(
            source.account, source.product,
            [self, generation, source](std::shared_ptr<BackupService> service, const ProviderError &error) {
                if (self && generation == self->m_generation)
                    self->onServiceOpened(source.account, source.product, service, error);
            });
    }
    done();
}

void InstanceEnumerator::abort()
{
    ++m_generation;
    m_pending = 0;
    const QList<ServiceReply *> replies = std::exchange(m_replies, {});
    for (ServiceReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void InstanceEnumerator::onServiceOpened(const Account &account, const QString &product,
                                         const std::shared_ptr<BackupService> &service,
                                         const ProviderError &error)
{
    if (!service) {
        emit serviceFailed(account, product, error);
        return done();
    }
    ++m_opened;
    if (!m_region.isEmpty() && m_skipUnoffered && !service->knownRegions().contains(m_region)) {
        emit regionNotOffered(account, product, m_region);
        return done();
    }
    const QStringList regions
        = m_region.isEmpty() ? m_context->regionsFor(account, product) : QStringList {m_region};
    for (const QString &region : regions)
        listRegion(account, product, service, region);
    done(); // the opening itself
}

void InstanceEnumerator::listRegion(const Account &account, const QString &product,
                                    const std::shared_ptr<BackupService> &service, const QString &region)
{
    ++m_pending;
    ServiceReply *reply = service->listInstances(region);
    reply->setParent(this);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    // Either signal ends the listing; the generation drops an answer a later start() outlived.
    const auto settle = [this, reply, generation] {
        reply->deleteLater();
        m_replies.removeOne(reply);
        return generation == m_generation;
    };
    connect(reply, &ServiceReply::failed, this,
            [this, settle, account, product, region](const ProviderError &error) {
                if (!settle())
                    return;
                emit listingFailed(account, product, region, error);
                done();
            });
    connect(reply, &ServiceReply::finished, this, [this, reply, settle, account, service] {
        if (!settle())
            return;
        emit instancesListed(account, service, reply->instances());
        done();
    });
}

void InstanceEnumerator::done()
{
    if (m_pending <= 0 || --m_pending > 0)
        return;
    emit finished();
}

} // namespace bb
