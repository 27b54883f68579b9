#pragma once

#include <QObject>

class QSocketNotifier;
class QWinEventNotifier;

namespace bb {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal on the event loop through a self-pipe, so
// the CLI can stop downloads cleanly (keeping a resumable .part) instead of dying mid-write.
// A second signal while the first is being handled ends the process at once with 130.
// Windows has no such signals: there a console control handler (Ctrl-C, Ctrl-Break) sets an
// event that a QWinEventNotifier watches, the same hand-over without a pipe.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void onReadable();

#ifdef Q_OS_WIN
    QWinEventNotifier *m_notifier = nullptr;
#else
    QSocketNotifier *m_notifier = nullptr;
#endif
};

} // namespace bb
