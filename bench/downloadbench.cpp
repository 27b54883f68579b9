// The download engine alone, for bench/download_bench.sh: one DownloadTask from a URL to a file,
// CRC-64 verified, timed. Not a test; see bench/README.md. BB_HTTP_TRANSPORT=curl fetches over
// libcurl's connection instead of our own (issue 15's comparison).
//
//   downloadbench --url URL --ca CERT.pem --out FILE [--crc DECIMAL] [--size BYTES] [--connections N]
//   downloadbench --crc-of FILE        (prints the CRC-64/XZ of a local file)

#include "providers/crypto/crc64.h"
#include "transfers/downloadtask.h"
#include "transfers/httpgetreply.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>

using namespace Qt::StringLiterals;

static int crcOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    bb::Crc64 crc;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;)
        crc.update(QByteArrayView(buffer.constData(), n));
    std::printf("%llu\n", static_cast<unsigned long long>(crc.value()));
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"url"_s, u"URL to fetch"_s, u"url"_s},
                       {u"ca"_s, u"PEM certificate to trust"_s, u"file"_s},
                       {u"out"_s, u"file to write"_s, u"file"_s},
                       {u"crc"_s, u"expected CRC-64/XZ (decimal)"_s, u"crc"_s},
                       {u"size"_s, u"expected size in bytes"_s, u"bytes"_s},
                       {u"connections"_s, u"connections per file (default: the engine's)"_s, u"n"_s},
                       {u"crc-of"_s, u"print the CRC-64/XZ of a file"_s, u"file"_s}});
    parser.process(app);
    if (parser.isSet(u"crc-of"_s))
        return crcOf(parser.value(u"crc-of"_s));

    const QUrl url(parser.value(u"url"_s));
    const QFileInfo out(parser.value(u"out"_s));
    bb::DownloadIdentity identity;
    identity.product = u"bench"_s;
    identity.backupId = u"bench"_s;
    identity.fileName = out.fileName();
    identity.expectedSize = parser.isSet(u"size"_s) ? parser.value(u"size"_s).toLongLong() : -1;
    if (parser.isSet(u"crc"_s))
        identity.checksum = {u"crc64-xz"_s, parser.value(u"crc"_s)};
    bb::FunctionUrlResolver resolver([url](const bb::DownloadIdentity &, bb::ProviderError *) {
        bb::ResolvedSource source;
        source.externalUrl = url;
        return source;
    });
    bb::DownloadOptions options;
    options.folder = out.absolutePath();
    options.overwrite = bb::OverwritePolicy::Overwrite;
    if (parser.isSet(u"connections"_s))
        options.connections = parser.value(u"connections"_s).toInt();
    QNetworkAccessManager network;
    bb::DownloadTask task(&network, &resolver, identity, options);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (parser.isSet(u"ca"_s)) {
        QFile pem(parser.value(u"ca"_s));
        if (pem.open(QIODevice::ReadOnly))
            tls.addCaCertificates(QSslCertificate::fromData(pem.readAll()));
    }
    task.setSslConfiguration(tls);
    QElapsedTimer clock;
    int code = 1;
    QObject::connect(&task, &bb::DownloadTask::finished, &app, [&](const QString &path) {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const qint64 bytes = QFileInfo(path).size();
        // The transport (BB_HTTP_TRANSPORT): download_bench.sh checks that it got the one it asked for.
        const bool curl = bb::HttpGetReply::transport() == bb::HttpGetReply::Transport::Curl;
        std::printf("ok %lld bytes in %.3f s (%.1f MB/s) to %s, transport %s\n",
                    static_cast<long long>(bytes), seconds, double(bytes) / seconds / 1e6, qPrintable(path),
                    curl ? "curl" : "own");
        code = 0;
        app.quit();
    });
    QObject::connect(&task, &bb::DownloadTask::failed, &app, [&](bb::DownloadError, const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        code = 1;
        app.quit();
    });
    clock.start();
    task.start();
    app.exec();
    return code;
}
