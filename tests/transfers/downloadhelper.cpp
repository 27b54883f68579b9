// A separate process for tst_downloadkill: downloads one file with DownloadTask until it is
// killed. Reads {"url", "identity", "folder", "caPem"} as one JSON line on stdin (signed URLs stay
// off the command line; optional "connections" and "minRangeBytes" for several connections) and
// prints "bytes N" as it goes.

#include "transfers/downloadtask.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject job = QJsonDocument::fromJson(input.readLine()).object();
    const QUrl url(job.value(u"url"_s).toString());
    bb::FunctionUrlResolver resolver([url](const bb::DownloadIdentity &, bb::ProviderError *) {
        bb::ResolvedSource source;
        source.externalUrl = url;
        return source;
    });
    bb::DownloadOptions options;
    options.folder = job.value(u"folder"_s).toString();
    options.checkpointIntervalMs = 300; // the kill lands between checkpoints: the tail is re-read
    options.connections = job.value(u"connections"_s).toInt(options.connections);
    options.minRangeBytes = job.value(u"minRangeBytes"_s).toInteger(options.minRangeBytes);
    QNetworkAccessManager network;
    bb::DownloadTask task(&network, &resolver,
                          bb::DownloadIdentity::fromJson(job.value(u"identity"_s).toObject()), options);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromData(job.value(u"caPem"_s).toString().toLatin1()));
    task.setSslConfiguration(tls);
    QObject::connect(&task, &bb::DownloadTask::progressChanged, [](const bb::DownloadProgress &progress) {
        std::printf("bytes %lld\n", static_cast<long long>(progress.received));
        std::fflush(stdout);
    });
    QObject::connect(&task, &bb::DownloadTask::finished, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&task, &bb::DownloadTask::failed, &app, [] { QCoreApplication::exit(1); });
    task.start();
    return app.exec();
}
