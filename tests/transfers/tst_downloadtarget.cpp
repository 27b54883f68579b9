// DownloadTarget on a real temporary folder: which name a download takes, which .part it resumes,
// and the final rename under each overwrite policy.
#include "downloadtestsupport.h"
#include "support/testmain.h"
#include "transfers/downloadtarget.h"
#include "transfers/filenamesanitizer.h"
#include "transfers/partsidecar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::DownloadError;
using bb::DownloadTarget;
using bb::OverwritePolicy;
using Outcome = bb::DownloadTarget::Rename::Outcome;

namespace {

bb::DownloadIdentity identity(const QString &backupId, const QString &fileName = u"data.bak"_s)
{
    bb::DownloadIdentity id;
    id.product = u"sandbox"_s;
    id.instanceId = u"inst-1"_s;
    id.backupId = backupId;
    id.fileName = fileName;
    id.expectedSize = 10;
    return id;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDownloadTarget : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freeNameIsTaken();
    void takenNameGetsANumber();
    void askStopsAtATakenName();
    void overwriteKeepsTheName();
    void ownPartIsResumed();
    void anotherDownloadsPartIsSkipped();
    void partBeingRemovedIsSkipped();
    void currentSlotIsKeptWhileItsPartExists();
    void nameOutsideTheFolderIsRefused();
    void renameMovesThePartAndRemovesTheSidecar();
    void renameNeverReplacesUnderNumbered();
    void renameAskReportsTheTakenName();
    void renameOverwriteReplaces();
    void renameWithoutAPartFails();
    void spaceIsEnoughForNothing();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).filePath(name); }
    // "data.bak" with the sanitiser's number n, as a taken name gets it.
    QString numbered(int n) const { return path(bb::FileNameSanitizer::numbered(u"data.bak"_s, n)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDownloadTarget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDownloadTarget::freeNameIsTaken()
{
    const auto choice
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QVERIFY(choice.ok());
    QCOMPARE(choice.path, path(u"data.bak"_s));
}

void TestDownloadTarget::takenNameGetsANumber()
{
    QVERIFY(writeFile(path(u"data.bak"_s), "old"));
    const auto choice
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QVERIFY(choice.ok());
    QCOMPARE(choice.path, numbered(1));
}

void TestDownloadTarget::askStopsAtATakenName()
{
    QVERIFY(writeFile(path(u"data.bak"_s), "old"));
    const auto choice = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Ask);
    QCOMPARE(bb::toString(choice.error), bb::toString(DownloadError::TargetExists));
    QCOMPARE(choice.path, path(u"data.bak"_s));
    QVERIFY(choice.message.contains(path(u"data.bak"_s)));
}

void TestDownloadTarget::overwriteKeepsTheName()
{
    QVERIFY(writeFile(path(u"data.bak"_s), "old"));
    const auto choice
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Overwrite);
    QVERIFY(choice.ok());
    QCOMPARE(choice.path, path(u"data.bak"_s));
    QCOMPARE(readFile(path(u"data.bak"_s)), QByteArray("old")); // choosing touches nothing
}

void TestDownloadTarget::ownPartIsResumed()
{
    // The first name's .part is another backup's; the second's is this one's.
    QVERIFY(writeFile(bb::PartSidecar::partPath(path(u"data.bak"_s)), "x"));
    QVERIFY(bb::PartSidecar::write(path(u"data.bak"_s), {identity(u"other"_s), 0, 0, {}}));
    QVERIFY(writeFile(bb::PartSidecar::partPath(numbered(1)), "y"));
    QVERIFY(bb::PartSidecar::write(numbered(1), {identity(u"b1"_s), 0, 0, {}}));
    const auto choice
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QVERIFY(choice.ok());
    QCOMPARE(choice.path, numbered(1));
}

void TestDownloadTarget::anotherDownloadsPartIsSkipped()
{
    QVERIFY(writeFile(bb::PartSidecar::partPath(path(u"data.bak"_s)), "x"));
    QVERIFY(bb::PartSidecar::write(path(u"data.bak"_s), {identity(u"other"_s), 0, 0, {}}));
    const auto choice
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QCOMPARE(choice.path, numbered(1));
}

void TestDownloadTarget::partBeingRemovedIsSkipped()
{
    const QString first = path(u"data.bak"_s);
    QVERIFY(writeFile(bb::PartSidecar::partPath(first), "x"));
    DownloadTarget::beginRemoval(first);
    QVERIFY(DownloadTarget::isBeingRemoved(first));
    const auto during
        = DownloadTarget::choose(first, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QCOMPARE(during.path, numbered(1));
    DownloadTarget::endRemoval(first);
    QVERIFY(!DownloadTarget::isBeingRemoved(first));
    const auto after
        = DownloadTarget::choose({}, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered);
    QCOMPARE(after.path, first); // a .part without a sidecar may be this file's: resumed, re-read
}

void TestDownloadTarget::currentSlotIsKeptWhileItsPartExists()
{
    const QString slot = numbered(4);
    QVERIFY(writeFile(bb::PartSidecar::partPath(slot), "x"));
    QCOMPARE(DownloadTarget::choose(slot, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered).path,
             slot);
    QVERIFY(QFile::remove(bb::PartSidecar::partPath(slot)));
    QCOMPARE(DownloadTarget::choose(slot, m_dir->path(), identity(u"b1"_s), OverwritePolicy::Numbered).path,
             path(u"data.bak"_s));
}

void TestDownloadTarget::nameOutsideTheFolderIsRefused()
{
    const auto choice
        = DownloadTarget::choose({}, path(u"missing-folder"_s), identity(u"b1"_s), OverwritePolicy::Numbered);
    QCOMPARE(bb::toString(choice.error), bb::toString(DownloadError::FileError));
    QVERIFY(choice.path.isEmpty());
}

void TestDownloadTarget::renameMovesThePartAndRemovesTheSidecar()
{
    const QString target = path(u"data.bak"_s);
    QVERIFY(writeFile(bb::PartSidecar::partPath(target), "new"));
    QVERIFY(bb::PartSidecar::write(target, {identity(u"b1"_s), 3, 0, {}}));
    const auto rename = DownloadTarget::finish(target, OverwritePolicy::Numbered);
    QCOMPARE(rename.outcome, Outcome::Renamed);
    QCOMPARE(rename.destination, target);
    QCOMPARE(readFile(target), QByteArray("new"));
    QVERIFY(!QFile::exists(bb::PartSidecar::partPath(target)));
    QVERIFY(!QFile::exists(bb::PartSidecar::sidecarPath(target)));
}

void TestDownloadTarget::renameNeverReplacesUnderNumbered()
{
    const QString target = path(u"data.bak"_s);
    QVERIFY(writeFile(target, "someone else's"));
    QVERIFY(writeFile(bb::PartSidecar::partPath(target), "new"));
    const auto rename = DownloadTarget::finish(target, OverwritePolicy::Numbered);
    QCOMPARE(rename.outcome, Outcome::Renamed);
    QCOMPARE(rename.destination, numbered(1));
    QCOMPARE(readFile(target), QByteArray("someone else's"));
    QCOMPARE(readFile(rename.destination), QByteArray("new"));
}

void TestDownloadTarget::renameAskReportsTheTakenName()
{
    const QString target = path(u"data.bak"_s);
    QVERIFY(writeFile(target, "someone else's"));
    QVERIFY(writeFile(bb::PartSidecar::partPath(target), "new"));
    QVERIFY(bb::PartSidecar::write(target, {identity(u"b1"_s), 3, 0, {}}));
    const auto rename = DownloadTarget::finish(target, OverwritePolicy::Ask);
    QCOMPARE(rename.outcome, Outcome::Exists);
    QCOMPARE(readFile(target), QByteArray("someone else's"));
    QVERIFY(QFile::exists(bb::PartSidecar::partPath(target))); // kept for the answer
    QVERIFY(QFile::exists(bb::PartSidecar::sidecarPath(target)));
}

void TestDownloadTarget::renameOverwriteReplaces()
{
    const QString target = path(u"data.bak"_s);
    QVERIFY(writeFile(target, "old"));
    QVERIFY(writeFile(bb::PartSidecar::partPath(target), "new"));
    const auto rename = DownloadTarget::finish(target, OverwritePolicy::Overwrite);
    QCOMPARE(rename.outcome, Outcome::Renamed);
    QCOMPARE(readFile(target), QByteArray("new"));
}

void TestDownloadTarget::renameWithoutAPartFails()
{
    const auto rename = DownloadTarget::finish(path(u"data.bak"_s), OverwritePolicy::Numbered);
    QCOMPARE(rename.outcome, Outcome::CannotRename);
}

void TestDownloadTarget::spaceIsEnoughForNothing()
{
    QVERIFY(DownloadTarget::lackOfSpace(path(u"data.bak"_s), 0).isEmpty());
    // More than any disk holds: the message names the folder.
    const QString lack = DownloadTarget::lackOfSpace(path(u"data.bak"_s), std::numeric_limits<qint64>::max());
    QVERIFY2(lack.contains(m_dir->path()), qPrintable(lack));
}

BB_TEST_GUILESS_MAIN(TestDownloadTarget)
#include "tst_downloadtarget.moc"
