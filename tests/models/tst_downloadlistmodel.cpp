#include "models/downloadlistmodel.h"
#include "models/modelroles.h"
#include "sandbox/filehost.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "transfers/urlresolver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using File = bb::sandbox::FileHost::File;

// DownloadListModel over a real DownloadManager downloading from the sandbox, watched by
// QAbstractItemModelTester the whole time.
class TestDownloadListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsFollowTheManager();
    void updatesAreBatched();
    void languageChangeRepaints();
    void segmentMapHasOneSpanPerRange();

private:
    bb::DownloadIdentity identity(const File &file) const;

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<bb::FunctionUrlResolver> m_resolver;
    QList<File> m_files;
};

void TestDownloadListModel::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_resolver = std::make_unique<bb::FunctionUrlResolver>(
        [this](const bb::DownloadIdentity &id, bb::ProviderError *) {
            bb::ResolvedSource source;
            for (const File &file : std::as_const(m_files)) {
                if (file.key == id.backupId)
                    source.externalUrl = m_fixture->sandbox().fileHost().signedUrl(file, false, 300);
            }
            return source;
        });
}

bb::DownloadIdentity TestDownloadListModel::identity(const File &file) const
{
    bb::DownloadIdentity id;
    id.product = u"sandbox"_s;
    id.backupId = file.key;
    id.fileName = file.fileName;
    id.expectedSize = file.size;
    return id;
}

void TestDownloadListModel::rowsFollowTheManager()
{
    QTemporaryDir dir;
    bb::DownloadManager manager(&m_fixture->network(), m_resolver.get());
    manager.setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
    bb::DownloadListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(bb::DownloadListModel::ColumnCount));
    QCOMPARE(model.headerData(bb::DownloadListModel::Eta, Qt::Horizontal).toString(), u"Time left"_s);

    bb::DownloadOptions options;
    options.folder = dir.path();
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        m_files << File {u"model/a%1.bak"_s.arg(i), u"a%1.bak"_s.arg(i), 200000 + i};
        ids << manager.add(identity(m_files.last()), options);
    }
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, bb::DownloadListModel::Name).data().toString(), u"a2.bak"_s);
    QCOMPARE(model.index(2, 0).data(bb::DownloadListModel::IdRole).toString(), ids.at(2));
    QSignalSpy finished(&manager, &bb::DownloadManager::downloadFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 20000);
    QTRY_COMPARE(model.index(3, bb::DownloadListModel::Progress).data(bb::ModelRoles::RawRole).toInt(), 100);
    const QModelIndex size = model.index(3, bb::DownloadListModel::Size);
    QCOMPARE(size.data(bb::ModelRoles::RawRole).toLongLong(), 200003);
    QVERIFY(!size.data().toString().isEmpty());
    QCOMPARE(model.index(3, bb::DownloadListModel::State).data(bb::ModelRoles::RawRole).toInt(),
             int(bb::DownloadState::Done));
    // The final state says what was checked: here the size (these files carry no checksum).
    QCOMPARE(model.index(3, bb::DownloadListModel::State).data().toString(), u"Verified (size)"_s);
    QVERIFY(model.index(3, bb::DownloadListModel::Target).data().toString().endsWith(u"a3.bak"_s));

    manager.remove(ids.at(1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, bb::DownloadListModel::Name).data().toString(), u"a2.bak"_s);
    manager.removeFinished();
    QCOMPARE(model.rowCount(), 0);
}

void TestDownloadListModel::updatesAreBatched()
{
    QTemporaryDir dir;
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = 2 * 1024 * 1024;
    m_fixture->sandbox().fileHost().faults().set(plan);
    bb::DownloadManager manager(&m_fixture->network(), m_resolver.get());
    manager.setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
    bb::DownloadListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // When each dataChanged came: the batching shows in the gaps between them, whatever the load.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { times.append(clock.elapsed()); });
    bb::DownloadOptions options;
    options.folder = dir.path();
    for (int i = 0; i < 3; ++i) {
        m_files << File {u"model/b%1.bak"_s.arg(i), u"b%1.bak"_s.arg(i), 600000};
        manager.add(identity(m_files.last()), options);
    }
    QSignalSpy idle(&manager, &bb::DownloadManager::idle);
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000);
    QTest::qWait(150); // the last batch
    m_fixture->sandbox().fileHost().faults().set({});
    // Three rows downloading at once, yet one dataChanged per 100 ms for all of them: no two
    // closer than the update interval (less the 5% a coarse timer may fire early).
    QVERIFY(changed.size() >= 2);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 1) >= 90,
                 qPrintable(u"dataChanged %1 ms after the one before"_s.arg(times.at(i) - times.at(i - 1))));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.index(row, bb::DownloadListModel::Progress).data(bb::ModelRoles::RawRole).toInt(),
                 100);
}

void TestDownloadListModel::languageChangeRepaints()
{
    QTemporaryDir dir;
    bb::DownloadManager manager(&m_fixture->network(), m_resolver.get());
    bb::DownloadListModel model(&manager);
    bb::DownloadOptions options;
    options.folder = dir.path();
    m_files << File {u"model/lang.bak"_s, u"lang.bak"_s, 1000};
    manager.pause(manager.add(identity(m_files.last()), options));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&model, &change);
    QCOMPARE(headers.size(), 1);
    QVERIFY(!cells.isEmpty());
    QCOMPARE(cells.last().at(1).toModelIndex(), model.index(0, bb::DownloadListModel::ColumnCount - 1));
}

void TestDownloadListModel::segmentMapHasOneSpanPerRange()
{
    const QList<bb::RangeState> ranges {{0, 250, 250, 0}, {250, 500, 50, 0}, {500, 1000, 0, 0}};
    const QVariantList spans = bb::DownloadListModel::segmentMap(ranges, 1000);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).toPointF(), QPointF(0.0, 0.25));
    QCOMPARE(spans.at(1).toPointF(), QPointF(0.25, 0.3));
    QCOMPARE(spans.at(2).toPointF(), QPointF(0.5, 0.5));
    // One connection, or an unknown size: no map (the plain bar).
    QVERIFY(bb::DownloadListModel::segmentMap({{0, 1000, 10, 0}}, 1000).isEmpty());
    QVERIFY(bb::DownloadListModel::segmentMap(ranges, -1).isEmpty());
}

BB_TEST_GUILESS_MAIN(TestDownloadListModel)
#include "tst_downloadlistmodel.moc"
