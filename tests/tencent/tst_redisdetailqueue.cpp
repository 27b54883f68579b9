// RedisDetailQueue against the sandbox's Redis emulator over a real socket: every queued backup is
// handed over at once and updated once with its DescribeBackupDetail size, never more calls in
// flight than allowed, expired backups not asked about, failures and aborts (before or after the
// listing finished) leave the listing whole.
#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"
#include "providers/tencent/redisdetailqueue.h"
#include "providers/tencent/redisparser.h"
#include "providers/tencent/tencentapi.h"
#include "sandbox/tencentredisemulator.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bb;
using Emulator = sandbox::TencentRedisEmulator;

class TestRedisDetailQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<TencentApi> m_api;
    int m_sent = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;

    // The emulator's backups of its busy instance as the listing would record them, newest first.
    QList<Backup> listed(bool live) const
    {
        const Emulator::RedisInstance busy = m_fixture->sandbox().redis().instances().first();
        QList<Backup> out;
        for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(busy.id)) {
            Backup backup;
            backup.product = QStringLiteral("tencent-redis");
            backup.id = b.id;
            backup.instanceId = busy.id;
            backup.region = busy.region;
            backup.status = RedisParser::backupStatus(b.status);
            if ((backup.status != BackupStatus::Expired) == live)
                out.append(backup);
        }
        return out;
    }

    qint64 sizeOf(const QString &backupId) const
    {
        const Emulator::RedisInstance busy = m_fixture->sandbox().redis().instances().first();
        for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(busy.id)) {
            if (b.id == backupId)
                return b.totalSize();
        }
        return -2;
    }

    // Sends DescribeBackupDetail as the service does, counting what is in flight.
    RedisDetailQueue::Fetch fetch(TencentApi &api)
    {
        return [this, &api](const Backup &backup) {
            ApiCall *call = api.call(
                QStringLiteral("DescribeBackupDetail"), backup.region, backup.instanceId,
                {{QStringLiteral("InstanceId"), backup.instanceId}, {QStringLiteral("BackupId"), backup.id}},
                20);
            ++m_sent;
            m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
            connect(call, &ApiCall::finished, this, [this] { --m_inFlight; });
            connect(call, &ApiCall::failed, this, [this] { --m_inFlight; });
            return call;
        };
    }

private slots:
    void initTestCase()
    {
        m_fixture = test::SandboxFixture::started();
        QVERIFY(m_fixture);
        m_api = std::make_unique<TencentApi>(m_fixture->tencentConfig(), QStringLiteral("redis"),
                                             QStringLiteral("2018-04-12"), QStringLiteral("tencent-redis"));
    }

    void init()
    {
        m_fixture->reset();
        m_fixture->sandbox().redis().setFailingDetails({});
        m_sent = m_inFlight = m_maxInFlight = 0;
    }

    void rowsAtOnceSizesAsUpdatesWithBoundedCalls()
    {
        const QList<Backup> backups = listed(true).mid(0, 30);
        QCOMPARE(backups.size(), 30);
        ServiceReply reply;
        QList<Backup> updates;
        connect(&reply, &ServiceReply::backupUpdated, this,
                [&updates](const Backup &backup) { updates.append(backup); });
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        auto *queue = new RedisDetailQueue(&reply, 3, fetch(*m_api));
        QVERIFY(reply.updatesPending());
        queue->add(backups.mid(0, 12));
        QCOMPARE(reply.backups(), backups.mid(0, 12)); // handed over at once, as listed
        QCOMPARE(m_sent, 3); // at once, but no more than allowed
        queue->add(backups.mid(12));
        QCOMPARE(reply.backups().size(), backups.size());
        QTRY_COMPARE(updates.size(), backups.size());
        QCOMPARE(m_sent, backups.size());
        QCOMPARE(m_maxInFlight, 3);
        QCOMPARE(queue->pending(), 0);
        // More pages may still come: only close() lets the reply finish, and settle.
        QVERIFY(!reply.isFinished());
        QVERIFY(settled.isEmpty());
        queue->close();
        QVERIFY(reply.isFinished());
        QVERIFY(reply.isSettled());
        QVERIFY(!reply.hasFailed());
        QSet<QString> ids;
        for (const Backup &backup : std::as_const(updates)) {
            ids.insert(backup.id);
            QCOMPARE(backup.sizeBytes, sizeOf(backup.id));
            QVERIFY(backup.sizeBytes > 0);
        }
        QCOMPARE(ids.size(), backups.size());
        for (const Backup &backup : reply.backups())
            QCOMPARE(backup.sizeBytes, sizeOf(backup.id)); // the rows themselves were updated
    }

    void finishesWithThePagesAndSettlesWithTheSizes()
    {
        const QList<Backup> backups = listed(true).mid(0, 8);
        ServiceReply reply;
        int updatesWhenFinished = -1;
        int updates = 0;
        connect(&reply, &ServiceReply::backupUpdated, this, [&updates] { ++updates; });
        connect(&reply, &ServiceReply::finished, this, [&] { updatesWhenFinished = updates; });
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        auto *queue = new RedisDetailQueue(&reply, 2, fetch(*m_api));
        queue->add(backups);
        queue->close(); // the last page is in
        QVERIFY(reply.isFinished());
        QCOMPARE(updatesWhenFinished, 0);
        QCOMPARE(reply.backups().size(), backups.size());
        QVERIFY(!reply.isSettled());
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(updates, backups.size());
        QVERIFY(!reply.hasFailed());
    }

    void expiredBackupsAreNotAskedAbout()
    {
        const QList<Backup> expired = listed(false).mid(0, 2);
        QCOMPARE(expired.size(), 2);
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        auto *queue = new RedisDetailQueue(&reply, 4, fetch(*m_api));
        queue->add(expired + listed(true).mid(0, 1));
        QCOMPARE(reply.backups().size(), 3);
        QCOMPARE(m_sent, 1);
        queue->close();
        QTRY_VERIFY(reply.isSettled());
        QCOMPARE(updated.size(), 1);
        QCOMPARE(reply.backups().first().sizeBytes, qint64(-1));
    }

    void emptyListingFinishesOnClose()
    {
        ServiceReply reply;
        auto *queue = new RedisDetailQueue(&reply, 4, fetch(*m_api));
        queue->add({});
        queue->close();
        QVERIFY(reply.isFinished());
        QVERIFY(reply.isSettled());
        QVERIFY(!reply.hasFailed());
        QCOMPARE(m_sent, 0);
    }

    void failedDetailLeavesTheSizeUnknown()
    {
        const QList<Backup> backups = listed(true).mid(0, 5);
        m_fixture->sandbox().redis().setFailingDetails({backups.at(2).id});
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("no size for Redis backup ") + backups.at(2).id));
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        auto *queue = new RedisDetailQueue(&reply, 2, fetch(*m_api));
        queue->add(backups);
        queue->close();
        QTRY_VERIFY(reply.isSettled());
        QVERIFY(!reply.hasFailed());
        QCOMPARE(updated.size(), backups.size() - 1);
        QCOMPARE(reply.backups().size(), backups.size());
        for (const Backup &backup : reply.backups())
            QCOMPARE(backup.sizeBytes, backup.id == backups.at(2).id ? qint64(-1) : sizeOf(backup.id));
    }

    void authFailureStopsAsking()
    {
        ServiceConfig config = m_fixture->tencentConfig();
        config.credentials.secret = QStringLiteral("wrong");
        TencentApi api(config, QStringLiteral("redis"), QStringLiteral("2018-04-12"),
                       QStringLiteral("tencent-redis"));
        const QList<Backup> backups = listed(true).mid(0, 6);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("AuthFailure")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("AuthFailure")));
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        auto *queue = new RedisDetailQueue(&reply, 2, fetch(api));
        queue->add(backups);
        queue->close();
        QTRY_VERIFY(reply.isSettled());
        QVERIFY(!reply.hasFailed());
        QCOMPARE(reply.backups().size(), backups.size()); // every row, as listed
        QCOMPARE(updated.size(), 0);
        QCOMPARE(m_sent, 2); // the two already under way; none after the refusal
    }

    void abortStopsAsking()
    {
        sandbox::FaultPlan slow;
        slow.latencyMs = 200;
        m_fixture->sandbox().setFaults(slow);
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        auto *queue = new RedisDetailQueue(&reply, 2, fetch(*m_api));
        queue->add(listed(true).mid(0, 10));
        QCOMPARE(m_sent, 2);
        reply.abort();
        QTest::qWait(400); // longer than the answers take
        QCOMPARE(m_sent, 2);
        QCOMPARE(updated.size(), 0);
        QCOMPARE(reply.error().kind, ProviderError::Kind::Aborted);
        queue->close(); // a late close changes nothing
        QCOMPARE(reply.error().kind, ProviderError::Kind::Aborted);
    }

    // After the listing finished (a refresh, a closed window): the rows stay, the sizes stop.
    void abortAfterFinishStopsTheSizes()
    {
        sandbox::FaultPlan slow;
        slow.latencyMs = 200;
        m_fixture->sandbox().setFaults(slow);
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        auto *queue = new RedisDetailQueue(&reply, 2, fetch(*m_api));
        queue->add(listed(true).mid(0, 10));
        queue->close();
        QVERIFY(reply.isFinished());
        reply.abort();
        QCOMPARE(settled.size(), 1);
        QVERIFY(reply.isSettled());
        QVERIFY(!reply.hasFailed());
        QTest::qWait(400);
        QCOMPARE(m_sent, 2);
        QCOMPARE(updated.size(), 0);
        QCOMPARE(reply.backups().size(), 10);
    }
};

BB_TEST_GUILESS_MAIN(TestRedisDetailQueue)
#include "tst_redisdetailqueue.moc"
