#include "support/testmain.h"
#include "transfers/transferthread.h"

#include <QTest>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

// The one transfer thread: running, shared, and below the caller's priority.
class TestTransferThread : public QObject
{
    Q_OBJECT

private slots:
    void oneRunningThreadBelowTheCaller()
    {
        QThread *thread = bb::TransferThread::get();
        QVERIFY(thread);
        QCOMPARE(bb::TransferThread::get(), thread);
        QVERIFY(thread != QThread::currentThread());
        QVERIFY(thread->isRunning());

        // Ask the thread itself, through its event loop.
        auto *probe = new QObject;
        probe->moveToThread(thread);
        bool ran = false;
        [[maybe_unused]] int nice = 0;
        QMetaObject::invokeMethod(
            probe,
            [&] {
                ran = true;
#ifdef Q_OS_LINUX
                nice = getpriority(PRIO_PROCESS, id_t(gettid()));
#endif
            },
            Qt::BlockingQueuedConnection);
        probe->deleteLater(); // on its thread
        QVERIFY(ran);
#ifdef Q_OS_LINUX
        // Ten steps below the caller's nice, at most 19 (the suite may run under `nice`).
        QCOMPARE(nice, std::min(getpriority(PRIO_PROCESS, id_t(gettid())) + 10, 19));
#endif
    }
};

BB_TEST_GUILESS_MAIN(TestTransferThread)
#include "tst_transferthread.moc"
