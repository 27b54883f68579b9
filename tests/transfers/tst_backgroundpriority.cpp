#include "transfers/backgroundpriority.h"

#include <QTest>
#include <QThread>

#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

// A download thread ends up below the GUI thread, and only the calling thread does.
class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyTheCallingThread()
    {
#ifdef Q_OS_LINUX
        const int mine = getpriority(PRIO_PROCESS, id_t(gettid()));
        int lowered = mine;
        std::thread worker([&] {
            bb::lowerThisThreadsPriority();
            lowered = getpriority(PRIO_PROCESS, id_t(gettid()));
        });
        worker.join();
        QVERIFY2(lowered > mine, qPrintable(QStringLiteral("%1 -> %2").arg(mine).arg(lowered)));
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), mine);
#else
        QThread::Priority lowered = QThread::InheritPriority;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            bb::lowerThisThreadsPriority();
            lowered = QThread::currentThread()->priority();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(lowered, QThread::LowPriority);
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
