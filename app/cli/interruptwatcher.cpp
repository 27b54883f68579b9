#include "app/cli/interruptwatcher.h"

#include <QSocketNotifier>
#include <QtGlobal>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QWinEventNotifier>
#include <qt_windows.h>

#include <atomic>
#endif

namespace bb {

#ifdef Q_OS_UNIX

namespace {

// The write end of the self-pipe; only async-signal-safe calls touch it in the handler.
int g_pipe[2] = {-1, -1};
volatile sig_atomic_t g_count = 0;

extern "C" void onSignal(int)
{
    g_count = g_count + 1;
    if (g_count > 1)
        ::_exit(130);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return; // one watcher per process; without a pipe the default action (exit) stays
    for (int fd : g_pipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_count = 0;
}

void InterruptWatcher::onReadable()
{
    char buffer[16];
    [[maybe_unused]] const ssize_t got = ::read(g_pipe[0], buffer, sizeof buffer);
    m_notifier->setEnabled(false);
    emit interrupted();
}

#elif defined(Q_OS_WIN)

namespace {

// The event the handler sets; the handler runs on a thread of its own that Windows starts.
std::atomic<HANDLE> g_event {nullptr};
std::atomic<int> g_presses {0};

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE; // closing the console or logging off: the default action
    if (g_presses.fetch_add(1) > 0)
        ::ExitProcess(130);
    if (const HANDLE event = g_event.load())
        ::SetEvent(event);
    return TRUE;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_event.load())
        return; // one watcher per process
    const HANDLE event = ::CreateEventW(nullptr, FALSE, FALSE, nullptr); // auto-reset
    if (!event)
        return;
    g_event.store(event);
    m_notifier = new QWinEventNotifier(event, this);
    connect(m_notifier, &QWinEventNotifier::activated, this, &InterruptWatcher::onReadable);
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::SetConsoleCtrlHandler(onConsoleControl, FALSE);
    const HANDLE event = g_event.exchange(nullptr);
    delete m_notifier;
    ::CloseHandle(event);
    g_presses.store(0);
}

void InterruptWatcher::onReadable()
{
    m_notifier->setEnabled(false);
    emit interrupted();
}

#else
// Elsewhere Ctrl-C keeps its default action; .part files still resume on the next run.
InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{ }
InterruptWatcher::~InterruptWatcher() = default;
void InterruptWatcher::onReadable() { }
#endif

} // namespace bb
