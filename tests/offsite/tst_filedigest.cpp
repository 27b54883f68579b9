#include "offsite/filedigest.h"
#include "providers/crypto/crc64.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileDigest : public QObject
{
    Q_OBJECT

private slots:
    void sizeAndCrcOfAFileLargerThanOneRead()
    {
        QTemporaryDir dir;
        QByteArray bytes;
        for (int i = 0; i < (3 << 20) + 17; ++i)
            bytes.append(char(i * 31 + (i >> 11)));
        QFile file(dir.filePath(u"f"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const bb::FileDigest d = bb::FileDigest::of(file.fileName());
        QVERIFY(d.ok());
        QCOMPARE(d.size, bytes.size());
        QCOMPARE(d.crc64, QString::number(bb::Crc64::of(bytes)));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"e"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const bb::FileDigest d = bb::FileDigest::of(file.fileName());
        QCOMPARE(d.size, 0);
        QCOMPARE(d.crc64, u"0"_s);
    }

    void missingFileAndStop()
    {
        QTemporaryDir dir;
        const bb::FileDigest missing = bb::FileDigest::of(dir.filePath(u"nope"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"nope"_s));
        QFile file(dir.filePath(u"f"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
        file.close();
        const std::atomic<bool> stop = true;
        QVERIFY(!bb::FileDigest::of(file.fileName(), &stop).ok());
    }
};

BB_TEST_GUILESS_MAIN(TestFileDigest)
#include "tst_filedigest.moc"
