// InstanceHealthProbe against the sandbox over HTTPS: the policy where the product publishes one,
// the fallback where not (or where the user's word counts over it), and a listing that fails.

#include "models/instancehealthprobe.h"
#include "providers/core/backupservice.h"
#include "providers/core/servicereply.h"
#include "providers/productregistry.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

class tst_InstanceHealthProbe : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QDateTime m_anchor;

    std::shared_ptr<BackupService> service(const QString &product) const
    {
        const bool alibaba = product.startsWith(u"alibaba-"_s);
        return ProductRegistry::create(product,
                                       alibaba ? m_sandbox->alibabaConfig() : m_sandbox->tencentConfig());
    }

    Instance firstInstance(BackupService &service, const QString &region)
    {
        std::unique_ptr<ServiceReply> reply(service.listInstances(region));
        QSignalSpy done(reply.get(), &ServiceReply::finished);
        if (!done.wait(10000) || reply->instances().isEmpty())
            return {};
        return reply->instances().first();
    }

    InstanceHealth judge(std::shared_ptr<BackupService> svc, const Instance &instance,
                         const HealthExpectation &fallback, bool fallbackOverPolicy,
                         QStringList *notes = nullptr)
    {
        InstanceHealthProbe probe(std::move(svc), instance, m_anchor, fallback, fallbackOverPolicy);
        QSignalSpy judged(&probe, &InstanceHealthProbe::judged);
        if (notes)
            connect(&probe, &InstanceHealthProbe::note, this,
                    [notes](const QString &note) { *notes << note; });
        probe.start();
        if (judged.isEmpty() && !judged.wait(20000))
            return {};
        QTest::qWait(50); // a second judged() would come on the same event-loop turns
        return judged.size() == 1 ? judged.first().first().value<InstanceHealth>() : InstanceHealth();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InstanceHealth>();
        sandbox::Sandbox::Options options;
        m_anchor = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        options.anchorUtc = m_anchor;
        m_sandbox = std::make_unique<test::SandboxFixture>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void policyIsTheExpectationWherePublished()
    {
        // RDS publishes DescribeBackupPolicy: a minute's fallback changes nothing.
        auto rds = service(u"alibaba-rds"_s);
        const Instance instance = firstInstance(*rds, u"cn-hangzhou"_s);
        QVERIFY(!instance.id.isEmpty());
        HealthExpectation minute;
        minute.maxFullAgeSeconds = 60;
        minute.source = HealthExpectation::Source::User;
        const InstanceHealth health = judge(rds, instance, minute, false);
        QCOMPARE(health.instanceId, instance.id);
        QCOMPARE(toString(health.expectation.source), toString(HealthExpectation::Source::Policy));
        QVERIFY(health.expectation.maxFullAgeSeconds > 60);
        QVERIFY(health.newestFullAgeSeconds >= 0);

        // The user's word for this instance counts over the policy.
        const InstanceHealth strict = judge(rds, instance, minute, true);
        QCOMPARE(toString(strict.expectation.source), toString(HealthExpectation::Source::User));
        QCOMPARE(strict.expectation.maxFullAgeSeconds, 60);
        QCOMPARE(toString(strict.state), toString(HealthState::Critical));
    }

    void fallbackWhereNoPolicy()
    {
        // StarRocks publishes no policy we read: the fallback is the expectation, without a note.
        auto starrocks = service(u"alibaba-starrocks"_s);
        const Instance instance = firstInstance(*starrocks, u"cn-hangzhou"_s);
        QVERIFY(!instance.id.isEmpty());
        HealthExpectation halfHour;
        halfHour.maxFullAgeSeconds = 1800;
        halfHour.source = HealthExpectation::Source::User;
        QStringList notes;
        const InstanceHealth health = judge(starrocks, instance, halfHour, false, &notes);
        QCOMPARE(toString(health.expectation.source), toString(HealthExpectation::Source::User));
        QCOMPARE(health.expectation.maxFullAgeSeconds, 1800);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    }

    void aListingThatFailsIsCritical()
    {
        auto rds = service(u"alibaba-rds"_s);
        Instance missing;
        missing.id = u"rm-doesnotexist"_s;
        missing.product = u"alibaba-rds"_s;
        missing.region = u"cn-hangzhou"_s;
        const InstanceHealth health = judge(rds, missing, {}, true);
        QCOMPARE(toString(health.state), toString(HealthState::Critical));
        QVERIFY2(!health.error.isEmpty(), "the call's error is kept");
        QVERIFY(!health.reasons.isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(tst_InstanceHealthProbe)
#include "tst_instancehealthprobe.moc"
