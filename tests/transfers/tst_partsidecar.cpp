#include "support/testmain.h"
#include "transfers/partsidecar.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPartSidecar : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithoutUrl();
    void missingOrCorrupt();
    void hugeSizesExact();
    void identityForBackupFiles();
    void oldSidecarWithoutLocatorResumes();
    void locatorRoundTrip();
    void rangesRoundTripAsVersionTwo();
    void rangesThatDoNotTileTheFileAreRefused();
};

static bb::DownloadIdentity sampleIdentity()
{
    bb::DownloadIdentity id;
    id.account = u"acct-1"_s;
    id.product = u"alibaba-rds"_s;
    id.region = u"cn-hangzhou"_s;
    id.instanceId = u"rm-uf6wjk5xxxxxxx"_s;
    id.backupId = u"321020562"_s;
    id.fileName = u"hins1234_data_20250101.tar.gz"_s;
    id.expectedSize = 2167808;
    id.checksum = {u"crc64-xz"_s, u"1835830439123456789"_s};
    return id;
}

void TestPartSidecar::roundTripWithoutUrl()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"x.tar.gz"_s);
    bb::ResumeState state;
    state.identity = sampleIdentity();
    state.crcBytes = 1048576;
    state.crcValue = 0xFFFFFFFFFFFFFFFFULL;
    state.serverCrc = u"42"_s;
    QVERIFY(bb::PartSidecar::write(target, state));
    QCOMPARE(bb::PartSidecar::sidecarPath(target), target + u".part.json"_s);

    const auto back = bb::PartSidecar::read(target);
    QVERIFY(back.has_value());
    QCOMPARE(back->identity, state.identity);
    QCOMPARE(back->crcBytes, state.crcBytes);
    QCOMPARE(back->crcValue, state.crcValue);
    QCOMPARE(back->serverCrc, state.serverCrc);

    QFile raw(bb::PartSidecar::sidecarPath(target));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(!text.contains("http"));
    QVERIFY(!text.contains("Expires"));
}

void TestPartSidecar::missingOrCorrupt()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"y.bak"_s);
    QVERIFY(!bb::PartSidecar::read(target).has_value());
    QFile f(bb::PartSidecar::sidecarPath(target));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\":1,\"identity\":{}");
    f.close();
    QVERIFY(!bb::PartSidecar::read(target).has_value());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"version\":99}");
    f.close();
    QVERIFY(!bb::PartSidecar::read(target).has_value());
    bb::PartSidecar::removeAll(target);
    QVERIFY(!QFile::exists(bb::PartSidecar::sidecarPath(target)));
}

void TestPartSidecar::hugeSizesExact()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"big"_s);
    bb::ResumeState state;
    state.identity = sampleIdentity();
    state.identity.expectedSize = (qint64(1) << 60) + 3; // not representable as a double
    state.crcBytes = (qint64(1) << 55) + 1;
    QVERIFY(bb::PartSidecar::write(target, state));
    const auto back = bb::PartSidecar::read(target);
    QVERIFY(back.has_value());
    QCOMPARE(back->identity.expectedSize, state.identity.expectedSize);
    QCOMPARE(back->crcBytes, state.crcBytes);
}

void TestPartSidecar::identityForBackupFiles()
{
    bb::Backup backup;
    backup.id = u"b1"_s;
    backup.product = u"tencent-sqlserver"_s;
    backup.instanceId = u"mssql-1"_s;
    backup.name = u"mssql-1_202611232310"_s; // the backup's name, not its file's
    backup.sizeBytes = 10;
    backup.externalUrl = QUrl(u"https://example.com/backups/whole.bak?sign=secret"_s);
    auto ids = bb::DownloadIdentity::forBackup(backup, QStringList(), u"a"_s);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().fileName, u"whole.bak"_s);
    QCOMPARE(ids.first().expectedSize, 10);

    backup.files = {bb::BackupFile {u"db1.bak"_s, 5, u"db1"_s, {}, {}, {}, {}},
                    bb::BackupFile {u"db2.bak"_s, 6, u"db2"_s, {}, {}, {}, {}}};
    ids = bb::DownloadIdentity::forBackup(backup, QStringList());
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(1).database, u"db2"_s);
    QVERIFY(!ids.at(0).sameFile(ids.at(1)));
    QCOMPARE(bb::DownloadIdentity::fromJson(ids.at(1).toJson()), ids.at(1));
    QCOMPARE(ids.at(1).toBackup().id, u"b1"_s);
}

// A sidecar written before identities carried how to find the backup again (no "locate") still
// loads, names the same file, and keeps its CRC state, so its .part resumes.
void TestPartSidecar::oldSidecarWithoutLocatorResumes()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"hins1234_data_20250101.tar.gz"_s);
    QFile f(bb::PartSidecar::sidecarPath(target));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
    "crc64": "12345",
    "crcBytes": "65536",
    "identity": {
        "account": "acct-1", "backup": "321020562", "database": "",
        "file": "hins1234_data_20250101.tar.gz", "instance": "rm-uf6wjk5xxxxxxx",
        "product": "alibaba-rds", "region": "cn-hangzhou", "size": "2167808",
        "checksum": {"algorithm": "crc64-xz", "value": "1835830439123456789"}
    },
    "version": 1
})");
    f.close();
    const auto state = bb::PartSidecar::read(target);
    QVERIFY(state.has_value());
    QCOMPARE(state->crcBytes, 65536);
    QCOMPARE(state->crcValue, 12345u);
    QVERIFY(state->identity.sameFile(sampleIdentity()));
    QVERIFY(!state->identity.start.isValid());
    QVERIFY(state->identity.locator.isEmpty());
}

void TestPartSidecar::locatorRoundTrip()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"z.bak"_s);
    bb::ResumeState state;
    state.identity = sampleIdentity();
    state.identity.start = QDateTime(QDate(2026, 11, 20), QTime(14, 15, 2, 250), Qt::UTC);
    state.identity.end = state.identity.start.addSecs(90);
    state.identity.kind = bb::BackupKind::Full;
    state.identity.locator = {{u"BackupFormat"_s, u"single"_s}, {u"GroupId"_s, u"550123"_s}};
    QVERIFY(bb::PartSidecar::write(target, state, nullptr, bb::PartSidecar::Durability::Fast));
    const auto back = bb::PartSidecar::read(target);
    QVERIFY(back.has_value());
    QCOMPARE(back->identity, state.identity);
    QFile raw(bb::PartSidecar::sidecarPath(target));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("2026-11-20T14:15:02.250Z"));
    QVERIFY(!text.contains("http"));
}

void TestPartSidecar::rangesRoundTripAsVersionTwo()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"x.tar.gz"_s);
    bb::ResumeState state;
    state.identity = sampleIdentity();
    state.ranges = {{0, 1000, 1000, 11}, {1000, 2000, 0, 0}, {2000, 2167808, 4096, 18446744073709551615ULL}};
    QVERIFY(bb::PartSidecar::write(target, state));
    QFile file(bb::PartSidecar::sidecarPath(target));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"version\": 2"));
    const auto read = bb::PartSidecar::read(target);
    QVERIFY(read.has_value());
    QCOMPARE(read->ranges, state.ranges);
    QVERIFY(read->ranges.first().isComplete());
    QVERIFY(!read->ranges.last().isComplete());
    // Without ranges it stays version 1, which older versions read.
    state.ranges.clear();
    QVERIFY(bb::PartSidecar::write(target, state));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"version\": 1"));
    QVERIFY(bb::PartSidecar::read(target)->ranges.isEmpty());
}

void TestPartSidecar::rangesThatDoNotTileTheFileAreRefused()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"x.tar.gz"_s);
    bb::ResumeState state;
    state.identity = sampleIdentity();
    const QList<QList<bb::RangeState>> bad {
        {{0, 100, 0, 0}, {150, 200, 0, 0}}, // a gap
        {{10, 100, 0, 0}}, // not from 0
        {{0, 100, 101, 0}}, // more done than the range holds
        {{0, 100, -1, 0}},
    };
    for (const auto &ranges : bad) {
        state.ranges = ranges;
        QVERIFY(bb::PartSidecar::write(target, state));
        QVERIFY(!bb::PartSidecar::read(target).has_value());
    }
}

BB_TEST_GUILESS_MAIN(TestPartSidecar)
#include "tst_partsidecar.moc"
