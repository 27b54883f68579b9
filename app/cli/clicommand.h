#pragma once

#include "app/cli/clioptions.h"
#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace bb {

class AppContext;
class CliOutput;
class OutputFormatter;

// What every command works with: the validated options, the output, and (for all but
// `products`) the product's service on the chosen account and region.
struct CommandContext
{
    CliOptions options;
    CliOutput *output = nullptr;
    AppContext *app = nullptr;
    std::shared_ptr<BackupService> service;
    QString region;
    QString accountId; // empty for the vendors' environment credentials
};

// One CLI command, run by the event loop: start() begins the work, done() reports the exit code
// exactly once. Commands print their result through the formatter into the output device.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(CommandContext context, QObject *parent = nullptr);
    ~CliCommand() override;

    virtual void start() = 0;
    // Ctrl-C: stop cleanly (downloads keep their .part), then done(130).
    virtual void interrupt();

signals:
    void done(int exitCode);

protected:
    const CommandContext &context() const { return m_context; }
    const CliOptions &options() const { return m_context.options; }
    BackupService *service() const { return m_context.service.get(); }

    // Reports the provider's error on stderr (code, message, RequestId) and ends.
    void fail(const ProviderError &error);
    void fail(int exitCode, const QString &message);
    // Writes records / one record with the formatter, then ends with 0 (check: its own code) or
    // the write error.
    void finishList(const OutputFormatter &formatter, const QList<QJsonObject> &records, int exitCode = 0);
    void finishOne(const OutputFormatter &formatter, const QJsonObject &record);
    void finish(int exitCode);

    // Keeps a reply alive while it runs and aborts it on interrupt.
    void watch(ServiceReply *reply);

private:
    CommandContext m_context;
    QList<QPointer<ServiceReply>> m_replies;
    bool m_done = false;
};

} // namespace bb
