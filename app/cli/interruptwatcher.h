#pragma once

#include <QObject>

class QSocketNotifier;

namespace bb {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal on the event loop through a self-pipe, so
// the CLI can stop downloads cleanly (keeping a resumable .part) instead of dying mid-write.
// A second signal while the first is being handled ends the process at once with 130.
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

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bb
