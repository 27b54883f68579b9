#include "providers/crypto/crc64.h"
#include "sandbox/filehost.h"
#include "sandbox/generatedcontent.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb::sandbox;
using bb::test::RawReply;
using bb::test::sendRaw;

class tst_FileHost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    // Not a multiple of the 64 KiB block, so the tail and the block boundaries are exercised.
    const FileHost::File m_file {QStringLiteral("test/instance-1/42/backup.bak.tar"),
                                 QStringLiteral("backup.bak.tar"), 3 * 1024 * 1024 + 12345};

    FileHost &host() { return m_fixture->sandbox().fileHost(); }
    RawReply get(const QUrl &url, const QByteArray &range = {}, const QByteArray &method = "GET")
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!range.isEmpty())
            headers.append({"Range", range});
        return sendRaw(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), method, url,
                       headers);
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<bb::test::SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void crcByCombineMatchesDirectCrc_data()
    {
        QTest::addColumn<qint64>("size");
        for (qint64 size : {0LL, 1LL, 7LL, 65535LL, 65536LL, 65537LL, 3LL * 65536 + 17, 1024LL * 1024 + 5,
                            20LL * 65536 + 65533})
            QTest::addRow("%lld", size) << size;
    }
    void crcByCombineMatchesDirectCrc()
    {
        QFETCH(qint64, size);
        GeneratedContent content(QStringLiteral("crc/key"), size);
        QByteArray bytes(size, Qt::Uninitialized);
        QCOMPARE(content.read(0, bytes.data(), size), size);
        QCOMPARE(GeneratedContent::crc64(QStringLiteral("crc/key"), size), bb::Crc64::of(bytes));
    }

    // Every 64 KiB block differs from every other in every 8-byte word, so a download that
    // reorders or repeats whole blocks fails its CRC; reads from any offset agree with a whole read.
    void contentDependsOnPosition()
    {
        const qint64 block = GeneratedContent::blockSize;
        const qint64 size = 8 * block + 13;
        GeneratedContent content(QStringLiteral("position/key"), size);
        QByteArray bytes(size, Qt::Uninitialized);
        QCOMPARE(content.read(0, bytes.data(), size), size);
        for (qint64 a = 0; a < 8; ++a) {
            for (qint64 b = a + 1; b < 8; ++b) {
                for (qint64 word = 0; word < block; word += 4096)
                    QVERIFY(bytes.mid(a * block + word, 8) != bytes.mid(b * block + word, 8));
            }
        }
        QByteArray swapped = bytes;
        swapped.replace(2 * block, block, bytes.mid(5 * block, block));
        swapped.replace(5 * block, block, bytes.mid(2 * block, block));
        QVERIFY(bb::Crc64::of(swapped) != GeneratedContent::crc64(QStringLiteral("position/key"), size));
        QByteArray repeated = bytes;
        repeated.replace(3 * block, block, bytes.mid(2 * block, block));
        QVERIFY(bb::Crc64::of(repeated) != GeneratedContent::crc64(QStringLiteral("position/key"), size));
        for (qint64 offset : {1LL, 7LL, block - 3, 3 * block + 5, size - 9}) {
            QByteArray part(qMin<qint64>(block + 11, size - offset), Qt::Uninitialized);
            QCOMPARE(content.read(offset, part.data(), part.size()), part.size());
            QCOMPARE(part, bytes.mid(offset, part.size()));
        }
    }

    void contentDependsOnKey()
    {
        const FileHost::File other {QStringLiteral("test/other"), QStringLiteral("x"), 4096};
        QVERIFY(host().content(m_file, 0, 4096) != host().content(other, 0, 4096));
        QCOMPARE(host().content(m_file, 70000, 100), host().content(m_file, 70000, 100));
    }

    void fullGetMatchesChecksum_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<int>("cloud");
        QTest::newRow("http cos") << false << int(FileHost::Cloud::Cos);
        QTest::newRow("https cos") << true << int(FileHost::Cloud::Cos);
        QTest::newRow("https oss") << true << int(FileHost::Cloud::Oss);
    }
    void fullGetMatchesChecksum()
    {
        QFETCH(bool, tls);
        QFETCH(int, cloud);
        const QUrl url = host().signedUrl(m_file, false, 300, FileHost::Cloud(cloud), tls);
        QCOMPARE(url.scheme(), tls ? QStringLiteral("https") : QStringLiteral("http"));
        QVERIFY(url.path().startsWith(QStringLiteral("/files/")));
        const RawReply reply = get(url);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), m_file.size);
        QCOMPARE(reply.header("Content-Length").toLongLong(), m_file.size);
        QCOMPARE(reply.header("Accept-Ranges"), QByteArrayLiteral("bytes"));
        const QByteArray crcHeader
            = cloud == int(FileHost::Cloud::Cos) ? "x-cos-hash-crc64ecma" : "x-oss-hash-crc64ecma";
        const QByteArray otherHeader
            = cloud == int(FileHost::Cloud::Cos) ? "x-oss-hash-crc64ecma" : "x-cos-hash-crc64ecma";
        QCOMPARE(reply.header(crcHeader),
                 QByteArray::number(static_cast<qulonglong>(bb::Crc64::of(reply.body))));
        QVERIFY(reply.header(otherHeader).isEmpty());
        QCOMPARE(host().crc64Decimal(m_file), QString::fromLatin1(reply.header(crcHeader)));
        QCOMPARE(reply.body.left(100000), host().content(m_file, 0, 100000));
    }

    void ranges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        const qint64 size = m_file.size;
        QTest::newRow("open-ended") << QByteArray("bytes=1000000-") << 1000000LL << size - 1;
        QTest::newRow("closed") << QByteArray("bytes=65530-65545") << 65530LL << 65545LL;
        QTest::newRow("past the end is clipped") << QByteArray("bytes=10-999999999") << 10LL << size - 1;
        QTest::newRow("suffix") << QByteArray("bytes=-500") << size - 500 << size - 1;
        QTest::newRow("last byte") << ("bytes=" + QByteArray::number(size - 1) + '-') << size - 1 << size - 1;
    }
    void ranges()
    {
        QFETCH(QByteArray, range);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const RawReply reply = get(host().signedUrl(m_file, false, 300), range);
        QCOMPARE(reply.status, 206);
        QCOMPARE(reply.header("Content-Range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                     + QByteArray::number(m_file.size));
        QCOMPARE(reply.body.size(), last - first + 1);
        QCOMPARE(reply.body, host().content(m_file, first, last - first + 1));
        // The CRC header always describes the whole object, as on COS and OSS.
        QCOMPARE(reply.header("x-cos-hash-crc64ecma"), host().crc64Decimal(m_file).toLatin1());
    }

    void unsatisfiableRange()
    {
        const RawReply reply
            = get(host().signedUrl(m_file, false, 300), "bytes=" + QByteArray::number(m_file.size) + '-');
        QCOMPARE(reply.status, 416);
        QCOMPARE(reply.header("Content-Range"), "bytes */" + QByteArray::number(m_file.size));
        QVERIFY(reply.body.isEmpty());
    }

    void multipleRangesServeWholeFile()
    {
        const RawReply reply = get(host().signedUrl(m_file, false, 300), "bytes=0-1,5-6");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), m_file.size);
    }

    void headRequest()
    {
        const RawReply reply = get(host().signedUrl(m_file, false, 300), {}, "HEAD");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Length").toLongLong(), m_file.size);
        QVERIFY(reply.body.isEmpty());
    }

    void expiredUrl_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::newRow("cos") << int(FileHost::Cloud::Cos);
        QTest::newRow("oss") << int(FileHost::Cloud::Oss);
    }
    void expiredUrl()
    {
        QFETCH(int, cloud);
        const RawReply reply = get(host().signedUrl(m_file, false, -1, FileHost::Cloud(cloud)));
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.header("Content-Type").contains("xml"));
        QVERIFY(reply.body.contains("<Code>AccessDenied</Code>"));
        QVERIFY(reply.body.contains("Request has expired"));
        QVERIFY(reply.body.contains("<RequestId>"));
    }

    void tamperedUrls()
    {
        QUrl url = host().signedUrl(m_file, false, 300);
        QUrlQuery query(url);
        // A later expiry with the old signature: refused.
        const qint64 expires = query.queryItemValue(QStringLiteral("Expires")).toLongLong();
        query.removeQueryItem(QStringLiteral("Expires"));
        query.addQueryItem(QStringLiteral("Expires"), QString::number(expires + 3600));
        url.setQuery(query);
        RawReply reply = get(url);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.body.contains("SignatureDoesNotMatch"));
        // No signature at all.
        url.setQuery(QString());
        reply = get(url);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.body.contains("AccessDenied"));
    }

    void unknownKeyIs404()
    {
        QUrl url = m_fixture->endpoint();
        url.setPath(QStringLiteral("/files/never/minted"));
        const RawReply reply = get(url);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.contains("NoSuchKey"));
    }

    void internalUrlIsUnreachable()
    {
        const QUrl url = host().signedUrl(m_file, true, 300);
        QVERIFY(url.port() != m_fixture->endpoint(true).port());
        QVERIFY(url.port() != m_fixture->endpoint(false).port());
        const RawReply reply = get(url);
        QCOMPARE(reply.error, QNetworkReply::ConnectionRefusedError);
    }
};

BB_TEST_GUILESS_MAIN(tst_FileHost)
#include "tst_filehost.moc"
