// PagedListing against the sandbox over real sockets (HTTPS, its certificate trusted explicitly):
// signed DescribeBackups pages of the SQL Server emulator, 10 rows a page, through the ApiClient.
// Every page call is watched from the Request callback: which indexes went out in what order,
// how many were outstanding at once, and which answer was which page.
#include "providers/core/apiclient.h"
#include "providers/core/pagedlisting.h"
#include "providers/core/servicereply.h"
#include "providers/tencent/tencentapi.h"
#include "providers/tencent/tencentjson.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"
#include "support/testprotocol.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace bb;

namespace {

constexpr int pageSize = 10;
constexpr double describeBackupsRate = 60; // the API's documented limit, as the sandbox enforces it

// Watches the page calls a listing makes through the Request it wraps.
struct Probe
{
    QList<int> sent; // page indexes, in the order they were requested
    QHash<int, QList<int>> sentOf; // the same per stream
    int outstanding = 0;
    int maxOutstanding = 0;
    QHash<QString, int> pageOf; // RequestId -> index of the page that call asked for

    PagedListing::Request wrap(PagedListing::Request inner, int stream = 0)
    {
        return [this, inner = std::move(inner), stream](int index) {
            ApiCall *call = inner(index);
            sent.append(index);
            sentOf[stream].append(index);
            maxOutstanding = std::max(maxOutstanding, ++outstanding);
            // Connected before the listing attaches its own handlers, so a page counts as in
            // before the listing sends the next one.
            QObject::connect(call, &ApiCall::finished, call,
                             [this, index](const QJsonObject &, const QString &requestId) {
                                 --outstanding;
                                 pageOf.insert(requestId, index);
                             });
            QObject::connect(call, &ApiCall::failed, call, [this] { --outstanding; });
            return call;
        };
    }
};

// The backup ids of one page; returns its TotalCount.
qint64 takeIds(const QJsonObject &payload, QList<qint64> &ids)
{
    for (const QJsonValue &backup : payload.value(QStringLiteral("Backups")).toArray())
        ids.append(backup.toObject().value(QStringLiteral("Id")).toInteger());
    return payload.value(QStringLiteral("TotalCount")).toInteger(-1);
}

} // namespace

class TestPagedListing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void allPagesArriveInOrderOfIndex_data();
    void allPagesArriveInOrderOfIndex();
    void badPageStopsSending();
    void failedCallStopsSendingAndIsExplained();
    void firstPageErrorIsExplained();
    void zeroTotalFinishes();
    void noStreamFinishes();
    void severalStreamsFinishTogether();
    void emptyPageEndsTheStream();
    void pageWithMoreRowsThanAskedFails();
    void listingPastTheByteBoundStops();
    void listingPastTheRowBoundStops();

private:
    // Page `index` of the bulk instance's backups of `type` (1 data, 2 log), Offset a page number.
    PagedListing::Request describeBackups(int type, const QString &instanceId = {}) const;

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<TencentApi> m_api;
    QString m_instanceId;
    QDateTime m_since;
    QDateTime m_until;
    QSet<qint64> m_data; // ids of the instance's data backups
    QSet<qint64> m_logs; // and of its log backups
};

void TestPagedListing::initTestCase()
{
    m_fixture = test::SandboxFixture::started();
    QVERIFY(m_fixture);
    // One data backup to three log backups: 100 data (10 pages) and 300 log backups (30 pages).
    m_instanceId = m_fixture->sandbox().sqlServer().addBulkInstance(QStringLiteral("ap-guangzhou"), 400);
    const auto instance = m_fixture->sandbox().sqlServer().instance(m_instanceId);
    QVERIFY(instance);
    for (const auto &backup : instance->backups) {
        (backup.type == 1 ? m_data : m_logs).insert(backup.id);
        m_since = m_since.isValid() ? std::min(m_since, backup.start) : backup.start;
        m_until = m_until.isValid() ? std::max(m_until, backup.start) : backup.start;
    }
    m_since = m_since.addSecs(-3600);
    m_until = m_until.addSecs(3600);
    QCOMPARE(m_data.size(), 100);
    QCOMPARE(m_logs.size(), 300);
    m_api = std::make_unique<TencentApi>(m_fixture->tencentConfig(), QStringLiteral("sqlserver"),
                                         QStringLiteral("2018-03-28"), QStringLiteral("tencent-sqlserver"));
}

void TestPagedListing::init()
{
    m_fixture->reset();
}

PagedListing::Request TestPagedListing::describeBackups(int type, const QString &instanceId) const
{
    const QString id = instanceId.isEmpty() ? m_instanceId : instanceId;
    const QJsonObject params {{QStringLiteral("InstanceId"), id},
                              {QStringLiteral("StartTime"), TencentJson::formatBeijing(m_since)},
                              {QStringLiteral("EndTime"), TencentJson::formatBeijing(m_until)},
                              {QStringLiteral("Limit"), pageSize},
                              {QStringLiteral("Type"), type}};
    return [this, id, params](int index) {
        QJsonObject paged = params;
        paged.insert(QStringLiteral("Offset"), index);
        return m_api->call(QStringLiteral("DescribeBackups"), QStringLiteral("ap-guangzhou"), id, paged,
                           describeBackupsRate);
    };
}

void TestPagedListing::allPagesArriveInOrderOfIndex_data()
{
    QTest::addColumn<int>("window");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three") << 3;
    QTest::newRow("default") << int(PagedListing::defaultMaxInFlight);
}

void TestPagedListing::allPagesArriveInOrderOfIndex()
{
    QFETCH(int, window);
    // Slow answers, so that pages really overlap while the window is full.
    m_fixture->sandbox().setFaults({20, 0, 0, 0, 0});
    Probe probe;
    QList<qint64> ids;
    QList<int> consumed; // currentPage() of each Consume, checked against the answer's page
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    auto *listing = new PagedListing(reply.get(), pageSize, {}, window);
    QCOMPARE(listing->maxInFlight(), window);
    listing->addStream(probe.wrap(describeBackups(2)),
                       [&](const QJsonObject &payload, ProviderError &) -> qint64 {
                           const int page = listing->currentPage();
                           consumed.append(page);
                           const QString requestId = payload.value(QStringLiteral("RequestId")).toString();
                           if (probe.pageOf.value(requestId, -1) != page)
                               consumed.append(-1000 - page); // shows up as a wrong index below
                           return takeIds(payload, ids);
                       });
    listing->start();
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));

    QList<int> expected(30);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(probe.sent, expected); // each page once, in order of index
    QCOMPARE(listing->pagesRequested(), 30);
    QCOMPARE(probe.maxOutstanding, window); // the window is used, and never exceeded
    QCOMPARE(probe.outstanding, 0);
    std::sort(consumed.begin(), consumed.end());
    QCOMPARE(consumed, expected);
    QCOMPARE(ids.size(), m_logs.size()); // no row twice
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), m_logs);
}

void TestPagedListing::badPageStopsSending()
{
    const int window = 3;
    const int badPage = 4;
    Probe probe;
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    QSignalSpy finished(reply.get(), &ServiceReply::finished);
    auto *listing = new PagedListing(reply.get(), pageSize, {}, window);
    QList<qint64> ids;
    listing->addStream(
        probe.wrap(describeBackups(2)), [&](const QJsonObject &payload, ProviderError &error) -> qint64 {
            if (listing->currentPage() == badPage) {
                error = ProviderError::malformed(QStringLiteral("page %1 is bad").arg(badPage));
                return -1;
            }
            return takeIds(payload, ids);
        });
    int sentAtFailure = -1;
    connect(reply.get(), &ServiceReply::failed, reply.get(), [&] { sentAtFailure = int(probe.sent.size()); });
    listing->start();
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE(reply->error().message, QStringLiteral("page 4 is bad"));

    QTest::qWait(300); // anything still to be sent would have gone by now
    QCOMPARE(int(probe.sent.size()), sentAtFailure); // nothing sent after the failure
    QVERIFY2(sentAtFailure <= badPage + window, qPrintable(QString::number(sentAtFailure)));
    QCOMPARE(probe.outstanding, 0); // the calls still out were aborted
    QCOMPARE(finished.count(), 0);
}

void TestPagedListing::failedCallStopsSendingAndIsExplained()
{
    const int window = 4;
    Probe probe;
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    auto *listing = new PagedListing(
        reply.get(), pageSize,
        [](ProviderError &error) { error.hint = QStringLiteral("explained by the test"); }, window);
    QList<qint64> ids;
    listing->addStream(probe.wrap(describeBackups(2)),
                       [&](const QJsonObject &payload, ProviderError &) -> qint64 {
                           // From now on the sandbox answers every request with a server error,
                           // every retry included.
                           if (listing->currentPage() == 0)
                               m_fixture->sandbox().setFaults({0, 0, 1000, 0, 0});
                           return takeIds(payload, ids);
                       });
    int sentAtFailure = -1;
    connect(reply.get(), &ServiceReply::failed, reply.get(), [&] { sentAtFailure = int(probe.sent.size()); });
    listing->start();
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE(reply->error().hint, QStringLiteral("explained by the test"));
    QCOMPARE(ids.size(), pageSize); // only page 0 was taken

    QTest::qWait(300);
    QCOMPARE(int(probe.sent.size()), sentAtFailure);
    QCOMPARE(sentAtFailure, 1 + window); // page 0, then one window's worth
    QCOMPARE(probe.outstanding, 0);
}

void TestPagedListing::firstPageErrorIsExplained()
{
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    auto *listing = new PagedListing(reply.get(), pageSize, [](ProviderError &error) {
        error.hint = QStringLiteral("explained: ") + error.code;
    });
    listing->addStream(describeBackups(1, QStringLiteral("mssql-doesnotexist")),
                       [](const QJsonObject &, ProviderError &) -> qint64 { return 100; });
    listing->start();
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QVERIFY(!reply->error().code.isEmpty());
    QCOMPARE(reply->error().hint, QStringLiteral("explained: ") + reply->error().code);
    QCOMPARE(listing->pagesRequested(), 1);
}

void TestPagedListing::zeroTotalFinishes()
{
    // A window where the instance has no backups: TotalCount 0.
    const QString instanceId = m_instanceId;
    const QJsonObject params {{QStringLiteral("InstanceId"), instanceId},
                              {QStringLiteral("StartTime"), TencentJson::formatBeijing(m_since.addDays(-30))},
                              {QStringLiteral("EndTime"), TencentJson::formatBeijing(m_since.addDays(-20))},
                              {QStringLiteral("Limit"), pageSize}};
    Probe probe;
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    QSignalSpy finished(reply.get(), &ServiceReply::finished);
    auto *listing = new PagedListing(reply.get(), pageSize);
    qint64 total = -1;
    listing->addStream(probe.wrap([this, instanceId, params](int index) {
        QJsonObject paged = params;
        paged.insert(QStringLiteral("Offset"), index);
        return m_api->call(QStringLiteral("DescribeBackups"), QStringLiteral("ap-guangzhou"), instanceId,
                           paged, describeBackupsRate);
    }),
                       [&total](const QJsonObject &payload, ProviderError &) -> qint64 {
                           QList<qint64> ids;
                           total = takeIds(payload, ids);
                           return total;
                       });
    listing->start();
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(total, 0);
    QCOMPARE(probe.sent, QList<int>({0}));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestPagedListing::noStreamFinishes()
{
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    auto *listing = new PagedListing(reply.get(), pageSize);
    bool completed = false;
    listing->setOnComplete([&completed] { completed = true; });
    listing->start();
    QVERIFY(!reply->isFinished()); // on the next turn, so that the caller can connect first
    QSignalSpy finished(reply.get(), &ServiceReply::finished);
    QVERIFY(finished.wait(1000));
    QVERIFY(completed);
    QCOMPARE(listing->pagesRequested(), 0);
}

void TestPagedListing::severalStreamsFinishTogether()
{
    const int window = 4;
    Probe probe;
    std::unique_ptr<ServiceReply> reply(new ServiceReply);
    auto *listing = new PagedListing(reply.get(), pageSize, {}, window);
    QList<qint64> dataIds;
    QList<qint64> logIds;
    listing->addStream(probe.wrap(describeBackups(1), 0), [&](const QJsonObject &payload, ProviderError &) {
        return takeIds(payload, dataIds);
    });
    listing->addStream(probe.wrap(describeBackups(2), 1),
                       [&](const QJsonObject &payload, ProviderError &) { return takeIds(payload, logIds); });
    // What was in when the listing said it was complete, and when the reply finished.
    qsizetype rowsAtComplete = -1;
    qsizetype rowsAtFinish = -1;
    listing->setOnComplete([&] { rowsAtComplete = dataIds.size() + logIds.size(); });
    int finishedCount = 0;
    connect(reply.get(), &ServiceReply::finished, reply.get(), [&] {
        ++finishedCount;
        rowsAtFinish = dataIds.size() + logIds.size();
    });
    listing->start();
    QCOMPARE(probe.sent, QList<int>({0, 0})); // both first pages at once
    QVERIFY(test::waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QTest::qWait(50);

    QCOMPARE(finishedCount, 1);
    QCOMPARE(rowsAtComplete, qsizetype(400));
    QCOMPARE(rowsAtFinish, qsizetype(400));
    QCOMPARE(QSet<qint64>(dataIds.cbegin(), dataIds.cend()), m_data);
    QCOMPARE(QSet<qint64>(logIds.cbegin(), logIds.cend()), m_logs);
    QList<int> dataPages(10);
    std::iota(dataPages.begin(), dataPages.end(), 0);
    QList<int> logPages(30);
    std::iota(logPages.begin(), logPages.end(), 0);
    QCOMPARE(probe.sentOf.value(0), dataPages); // each stream in order of index
    QCOMPARE(probe.sentOf.value(1), logPages);
    QCOMPARE(listing->pagesRequested(), 40);
    QCOMPARE(probe.maxOutstanding, window); // one window for the whole listing, not one per stream
}

namespace {

// A hostile listing API on loopback (ScriptedHttpServer, the test protocol): the first answer is
// `first`, every other one `rest`, whatever was asked.
struct ScriptedListing
{
    QNetworkAccessManager network;
    ApiClient client {&network};
    test::ScriptedHttpServer server;
    std::shared_ptr<const ApiProtocol> protocol = std::make_shared<test::TestProtocol>();
    std::unique_ptr<ServiceReply> reply;
    PagedListing *listing = nullptr;

    ScriptedListing(const QJsonObject &first, const QJsonObject &rest)
    {
        server.enqueue(test::ScriptedHttpServer::Response::json(200, QJsonDocument(first).toJson()));
        server.setFallback(test::ScriptedHttpServer::Response::json(200, QJsonDocument(rest).toJson()));
    }
    // Lists one stream of pages until the reply is done.
    bool list(const PagedListing::Limits &limits = {})
    {
        if (!server.listen())
            return false;
        reply = std::make_unique<ServiceReply>();
        listing = new PagedListing(reply.get(), pageSize);
        listing->setLimits(limits);
        listing->addStream(
            [this](int index) {
                QUrl url = server.url();
                url.setPath(QStringLiteral("/api"));
                url.setQuery(QStringLiteral("page=%1").arg(index));
                return client.send(test::testRequest(url), protocol);
            },
            [](const QJsonObject &payload, ProviderError &) -> qint64 {
                return payload.value(QStringLiteral("TotalCount")).toInteger();
            });
        listing->start();
        return test::waitForReply(reply.get());
    }
};

QJsonObject pageOf(int rows, qint64 totalCount)
{
    QJsonArray items;
    for (int i = 0; i < rows; ++i)
        items.append(QJsonObject {{QStringLiteral("Id"), i}, {QStringLiteral("Tags"), QJsonArray {1, 2, 3}}});
    return {{QStringLiteral("RequestId"), QStringLiteral("r")},
            {QStringLiteral("TotalCount"), totalCount},
            {QStringLiteral("Items"), QJsonObject {{QStringLiteral("Item"), items}}}};
}

} // namespace

void TestPagedListing::emptyPageEndsTheStream()
{
    // A claimed 1,000,000 rows with empty pages made 3,658 requests in 60 s: now the first empty
    // page ends it, and only the pages already in flight then still come back.
    ScriptedListing api(pageOf(pageSize, 1000000), pageOf(0, 1000000));
    QVERIFY(api.list());
    QVERIFY(!api.reply->hasFailed());
    QVERIFY2(api.listing->pagesRequested() <= 1 + PagedListing::defaultMaxInFlight,
             qPrintable(QString::number(api.listing->pagesRequested())));
    QCOMPARE(api.server.requests().size(), api.listing->pagesRequested());

    ScriptedListing empty(pageOf(0, 1000000), pageOf(0, 1000000));
    QVERIFY(empty.list());
    QCOMPARE(empty.listing->pagesRequested(), 1);
}

void TestPagedListing::pageWithMoreRowsThanAskedFails()
{
    // Rows inside a row (each item's "Tags") are not rows of the page; 11 items are.
    QCOMPARE(PagedListing::rowCount(pageOf(3, 3)), 3);
    ScriptedListing api(pageOf(pageSize + 1, 1000000), pageOf(pageSize + 1, 1000000));
    QVERIFY(api.list());
    QVERIFY(api.reply->hasFailed());
    QCOMPARE(api.reply->error().kind, ProviderError::Kind::Malformed);
    QVERIFY2(api.reply->error().message.contains(QStringLiteral("11 rows, more than the 10 asked for")),
             qPrintable(api.reply->error().message));
    QVERIFY2(
        api.reply->error().toString().startsWith(QStringLiteral("DescribeThings on inst-1 (test-product)")),
        qPrintable(api.reply->error().toString()));
    QCOMPARE(api.listing->pagesRequested(), 1);
}

void TestPagedListing::listingPastTheByteBoundStops()
{
    // Every page is full and honest in shape, the total claims a million rows: only the listing's
    // byte bound stops it. The bound counts the bytes as sent (indented JSON here), not a
    // re-serialisation of the parsed page, so it stops exactly when the third answer passes it.
    const QJsonObject page = pageOf(pageSize, 1000000);
    const qint64 pageBytes = QJsonDocument(page).toJson().size();
    QVERIFY(pageBytes > QJsonDocument(page).toJson(QJsonDocument::Compact).size());
    ScriptedListing api(page, page);
    QVERIFY(api.list({pageBytes * 5 / 2, 1000000}));
    QVERIFY(api.reply->hasFailed());
    const ProviderError error = api.reply->error();
    QCOMPARE(error.kind, ProviderError::Kind::TooLarge);
    QCOMPARE(api.listing->bytesTaken(), 3 * pageBytes);
    QVERIFY2(error.message.contains(
                 QStringLiteral("passed %1 bytes (%2 received)").arg(pageBytes * 5 / 2).arg(3 * pageBytes)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("narrow the time window")), qPrintable(error.message));
    // Named like any failed call: the call, the instance, the product.
    QVERIFY2(error.toString().startsWith(QStringLiteral("DescribeThings on inst-1 (test-product) failed: ")),
             qPrintable(error.toString()));
    // Nothing more goes out once it has failed: the pages taken plus those already in flight
    // (which the failed reply aborts, so some never reach the server).
    QVERIFY2(api.listing->pagesRequested() <= 3 + PagedListing::defaultMaxInFlight,
             qPrintable(QString::number(api.listing->pagesRequested())));
    QVERIFY(api.server.requests().size() <= api.listing->pagesRequested());
}

void TestPagedListing::listingPastTheRowBoundStops()
{
    // Small pages, far under the byte bound: the row bound stops the listing at the third page in.
    const QJsonObject page = pageOf(pageSize, 1000000);
    ScriptedListing api(page, page);
    QVERIFY(api.list({PagedListing::Limits().bytes, 25}));
    QVERIFY(api.reply->hasFailed());
    const ProviderError error = api.reply->error();
    QCOMPARE(error.kind, ProviderError::Kind::TooLarge);
    QCOMPARE(api.listing->rowsTaken(), 30);
    QVERIFY2(error.message.contains(QStringLiteral("it passed 25 rows (30 received)")),
             qPrintable(error.message));
    QVERIFY2(error.toString().startsWith(QStringLiteral("DescribeThings on inst-1 (test-product) failed: ")),
             qPrintable(error.toString()));
    QVERIFY(api.listing->pagesRequested() <= 3 + PagedListing::defaultMaxInFlight);
}

BB_TEST_GUILESS_MAIN(TestPagedListing)
#include "tst_pagedlisting.moc"
