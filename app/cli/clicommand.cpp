#include "app/cli/clicommand.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/cli/outputformatter.h"

namespace bb {

CliCommand::CliCommand(CommandContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{ }

CliCommand::~CliCommand()
{
    for (const QPointer<ServiceReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->deleteLater();
    }
}

void CliCommand::interrupt()
{
    for (const QPointer<ServiceReply> &reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    finish(ExitCodes::Interrupted);
}

void CliCommand::watch(ServiceReply *reply)
{
    reply->setParent(this);
    m_replies.append(reply);
}

void CliCommand::fail(const ProviderError &error)
{
    if (m_done)
        return;
    m_context.output->error(error.toString());
    finish(ExitCodes::forError(error));
}

void CliCommand::fail(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_context.output->error(message);
    finish(exitCode);
}

void CliCommand::finishList(const OutputFormatter &formatter, const QList<QJsonObject> &records, int exitCode)
{
    if (m_done)
        return;
    if (!formatter.writeList(m_context.output->device(), records))
        return fail(ExitCodes::LocalFile,
                    tr("cannot write the output: %1").arg(m_context.output->device()->errorString()));
    finish(exitCode);
}

void CliCommand::finishOne(const OutputFormatter &formatter, const QJsonObject &record)
{
    if (m_done)
        return;
    if (!formatter.writeOne(m_context.output->device(), record))
        return fail(ExitCodes::LocalFile,
                    tr("cannot write the output: %1").arg(m_context.output->device()->errorString()));
    finish(ExitCodes::Ok);
}

void CliCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    emit done(exitCode);
}

} // namespace bb
