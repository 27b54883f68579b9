#include "transfers/transferthread.h"

#include "transfers/backgroundpriority.h"

#include <QCoreApplication>
#include <QThread>

#include <mutex>

namespace bb {

namespace {
std::mutex threadMutex;
QThread *thread = nullptr;

void stopThread()
{
    std::lock_guard lock(threadMutex);
    if (!thread)
        return;
    // Objects still living there (connections whose deleteLater() is pending) are deleted when
    // its event loop ends.
    thread->quit();
    thread->wait();
    delete thread;
    thread = nullptr;
}
} // namespace

QThread *TransferThread::get()
{
    std::lock_guard lock(threadMutex);
    if (!thread) {
        thread = new QThread;
        thread->setObjectName(QStringLiteral("bb-transfers"));
        // Emitted on the new thread itself, before its event loop runs.
        QObject::connect(thread, &QThread::started, thread, &lowerThisThreadsPriority, Qt::DirectConnection);
        thread->start();
        qAddPostRoutine(stopThread);
    }
    return thread;
}

} // namespace bb
