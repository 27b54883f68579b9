#include "providers/core/servicereply.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"
#include "support/testprotocol.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bb;
using bb::test::ScriptedHttpServer;

// The one async reply: pages, then exactly one of finished/failed; abort reaches the HTTP calls.
// A listing that expects updates: row updates after finished(), until updatesSettled().
class TestServiceReply : public QObject
{
    Q_OBJECT

private:
    static Backup backup(const QString &id)
    {
        Backup b;
        b.id = id;
        return b;
    }

    // An API that answers every call only after `delayMs`, so a call is still in flight when a
    // test aborts or deletes the reply tracking it. Real sockets, no mocked network.
    struct SlowApi
    {
        explicit SlowApi(int delayMs)
        {
            ScriptedHttpServer::Response slow = ScriptedHttpServer::Response::json(200, R"({})");
            slow.delayMs = delayMs;
            server.setFallback(slow);
        }
        // A call to the server (the caller owns it, unless it gives it a parent).
        ApiCall *send() { return client.send(bb::test::testRequest(server.url()), protocol); }

        QNetworkAccessManager network;
        ApiClient client {&network};
        ScriptedHttpServer server;
        std::shared_ptr<bb::test::TestProtocol> protocol = std::make_shared<bb::test::TestProtocol>();
    };

private slots:
    void initTestCase() { qRegisterMetaType<ProviderError>(); }

    void pagesThenFinished()
    {
        ServiceReply reply;
        QSignalSpy pages(&reply, &ServiceReply::backupsReceived);
        QSignalSpy finished(&reply, &ServiceReply::finished);
        QSignalSpy failed(&reply, &ServiceReply::failed);
        reply.addBackups({backup(QStringLiteral("a")), backup(QStringLiteral("b"))});
        reply.addBackups({}); // an empty page is no news
        reply.addBackups({backup(QStringLiteral("c"))});
        QCOMPARE(pages.count(), 2);
        QCOMPARE(reply.backups().size(), 3);
        QCOMPARE(reply.receivedCount(), qsizetype(3));
        QCOMPARE(reply.backups().at(2).id, QStringLiteral("c"));
        QVERIFY(!reply.isFinished());

        reply.finish();
        reply.finish();
        reply.fail(ProviderError::network(QStringLiteral("late")));
        reply.addBackups({backup(QStringLiteral("d"))});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(pages.count(), 2);
        QVERIFY(reply.isFinished());
        QVERIFY(!reply.hasFailed());
    }

    void failOnce()
    {
        ServiceReply reply;
        QSignalSpy finished(&reply, &ServiceReply::finished);
        QSignalSpy failed(&reply, &ServiceReply::failed);
        reply.fail(ProviderError::network(QStringLiteral("refused")));
        reply.fail(ProviderError::malformed(QStringLiteral("second")));
        reply.finish();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(reply.hasFailed());
        QCOMPARE(reply.error().message, QStringLiteral("refused"));
    }

    void failWithoutKindStillFails()
    {
        ServiceReply reply;
        reply.fail(ProviderError());
        QVERIFY(reply.hasFailed());
        QCOMPARE(reply.error().kind, ProviderError::Kind::Provider);
    }

    void progressAndBackup()
    {
        ServiceReply reply;
        QSignalSpy progress(&reply, &ServiceReply::progressChanged);
        QSignalSpy changed(&reply, &ServiceReply::backupChanged);
        reply.setProgress(10, QStringLiteral("Uploading"));
        reply.setProgress(10, QStringLiteral("Uploading")); // unchanged: no signal
        reply.setProgress(50, QStringLiteral("Uploading"));
        reply.setBackup(backup(QStringLiteral("x")));
        QCOMPARE(progress.count(), 2);
        QCOMPARE(reply.progressPercent(), 50);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reply.backup().id, QStringLiteral("x"));
        Instance instance;
        instance.id = QStringLiteral("i-1");
        reply.addInstances({instance});
        QCOMPARE(reply.instances().size(), 1);
        BackupFile file;
        file.name = QStringLiteral("f.bak");
        reply.setFiles({file});
        QCOMPARE(reply.files().size(), 1);
    }

    void failLaterIsAsynchronous()
    {
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        std::unique_ptr<ServiceReply> reply(ServiceReply::failLater(error));
        QSignalSpy failed(reply.get(), &ServiceReply::failed);
        QCOMPARE(failed.count(), 0); // the caller can still connect
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(reply->error().kind, ProviderError::Kind::Unsupported);
    }

    void abortFailsAndAbortsTrackedCalls()
    {
        SlowApi api(2000);
        QVERIFY(api.server.listen());
        ServiceReply reply;
        std::unique_ptr<ApiCall> call(api.send());
        reply.track(call.get());
        QSignalSpy callFailed(call.get(), &ApiCall::failed);
        QSignalSpy failed(&reply, &ServiceReply::failed);
        QSignalSpy finished(&reply, &ServiceReply::finished);
        // A service typically forwards the call's failure to the reply: that must not double up.
        connect(call.get(), &ApiCall::failed, &reply, [&reply](const ProviderError &e) { reply.fail(e); });
        QTRY_COMPARE(api.server.requests().size(), 1);

        reply.abort();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(reply.error().kind, ProviderError::Kind::Aborted);
        QCOMPARE(callFailed.count(), 1);
        QCOMPARE(callFailed.at(0).at(0).value<ProviderError>().kind, ProviderError::Kind::Aborted);
        reply.abort();
        reply.finish();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);

        // A call tracked after the end is stopped at once.
        std::unique_ptr<ApiCall> late(api.send());
        QSignalSpy lateFailed(late.get(), &ApiCall::failed);
        reply.track(late.get());
        QCOMPARE(lateFailed.count(), 1);
        QTest::qWait(100);
        QCOMPARE(api.server.requests().size(), 1);
    }

    void abortAfterFinishIsANoOp()
    {
        ServiceReply reply;
        QSignalSpy failed(&reply, &ServiceReply::failed);
        reply.finish();
        reply.abort();
        QCOMPARE(failed.count(), 0);
        QVERIFY(!reply.hasFailed());
    }

    void rowUpdatesAfterFinishedThenSettled()
    {
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        reply.expectUpdates();
        reply.addBackups({backup(QStringLiteral("a")), backup(QStringLiteral("b"))});
        reply.finish();
        QVERIFY(reply.isFinished());
        QVERIFY(!reply.isSettled());
        QVERIFY(reply.updatesPending());
        Backup sized = backup(QStringLiteral("b"));
        sized.sizeBytes = 42;
        reply.updateBackup(sized);
        reply.updateBackup(backup(QStringLiteral("never-listed"))); // cannot add a row
        QCOMPARE(updated.count(), 1);
        QCOMPARE(reply.backups().size(), 2);
        QCOMPARE(reply.backups().at(1).sizeBytes, qint64(42));
        reply.settleUpdates();
        reply.settleUpdates();
        QCOMPARE(settled.count(), 1);
        QVERIFY(reply.isSettled());
        reply.updateBackup(sized); // after settling: no news
        QCOMPARE(updated.count(), 1);
    }

    // A streaming consumer's reply keeps no copy of the rows, yet counts them, delivers every
    // page and update, and still refuses updates for rows it never delivered.
    void withoutRetainingRowsDeliversAndCounts()
    {
        ServiceReply reply;
        reply.setRetainBackups(false);
        QSignalSpy pages(&reply, &ServiceReply::backupsReceived);
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        reply.expectUpdates();
        reply.addBackups({backup(QStringLiteral("a")), backup(QStringLiteral("b"))});
        reply.addBackups({backup(QStringLiteral("c"))});
        reply.finish();
        QCOMPARE(pages.count(), 2);
        QCOMPARE(pages.at(1).at(0).value<QList<Backup>>().at(0).id, QStringLiteral("c"));
        QCOMPARE(reply.receivedCount(), qsizetype(3));
        QVERIFY(reply.backups().isEmpty());
        Backup sized = backup(QStringLiteral("c"));
        sized.sizeBytes = 7;
        reply.updateBackup(sized);
        reply.updateBackup(backup(QStringLiteral("never-listed")));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<Backup>().sizeBytes, qint64(7));
        QVERIFY(reply.backups().isEmpty());
        reply.settleUpdates();
        QVERIFY(reply.isSettled());
    }

    void settledBeforeFinishIsSettledWhenFinished()
    {
        ServiceReply reply;
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        bool settledInFinished = false;
        connect(&reply, &ServiceReply::finished, this, [&] { settledInFinished = reply.isSettled(); });
        reply.expectUpdates();
        reply.addBackups({backup(QStringLiteral("a"))});
        reply.settleUpdates();
        reply.finish();
        QVERIFY(settledInFinished);
        QCOMPARE(settled.count(), 0); // finished() already says it all
    }

    void abortAfterFinishStopsTheUpdatesAndTheirCalls()
    {
        SlowApi api(2000);
        QVERIFY(api.server.listen());
        ServiceReply reply;
        QSignalSpy failed(&reply, &ServiceReply::failed);
        QSignalSpy settled(&reply, &ServiceReply::updatesSettled);
        reply.expectUpdates();
        reply.addBackups({backup(QStringLiteral("a"))});
        reply.finish();
        // A call tracked after finish() fetches an update: it runs, and abort() reaches it.
        std::unique_ptr<ApiCall> call(api.send());
        QSignalSpy callFailed(call.get(), &ApiCall::failed);
        reply.track(call.get());
        QCOMPARE(callFailed.count(), 0);
        QTRY_COMPARE(api.server.requests().size(), 1);
        reply.abort();
        QCOMPARE(callFailed.count(), 1);
        QCOMPARE(settled.count(), 1);
        QCOMPARE(failed.count(), 0); // it had finished: the rows stay delivered
        QVERIFY(!reply.hasFailed());
        QVERIFY(reply.isSettled());
        QCOMPARE(reply.backups().size(), 1);
    }

    void failureEndsTheUpdates()
    {
        ServiceReply reply;
        QSignalSpy updated(&reply, &ServiceReply::backupUpdated);
        reply.expectUpdates();
        reply.addBackups({backup(QStringLiteral("a"))});
        reply.fail({});
        reply.updateBackup(backup(QStringLiteral("a")));
        QCOMPARE(updated.count(), 0);
        QVERIFY(reply.isSettled());
        QVERIFY(!reply.updatesPending());
    }

    void deletingTheReplyStopsItsCallsQuietly()
    {
        SlowApi api(300);
        QVERIFY(api.server.listen());
        auto *reply = new ServiceReply;
        api.send()->setParent(reply);
        std::unique_ptr<ApiCall> unowned(api.send());
        reply->track(unowned.get());
        QSignalSpy unownedFailed(unowned.get(), &ApiCall::failed);
        QSignalSpy unownedFinished(unowned.get(), &ApiCall::finished);
        QTRY_COMPARE(api.server.requests().size(), 2);
        delete reply;
        QTest::qWait(500);
        QCOMPARE(unownedFailed.count() + unownedFinished.count(), 0);
    }
};

BB_TEST_GUILESS_MAIN(TestServiceReply)
#include "tst_servicereply.moc"
