#include "models/logmodel.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

namespace {

ApiLogEntry entry(int n, const QString &url = QStringLiteral("https://sqlserver.intl.tencentcloudapi.com/"))
{
    ApiLogEntry e;
    e.when = QDateTime::currentDateTimeUtc();
    e.product = QStringLiteral("tencent-sqlserver");
    e.action = QStringLiteral("DescribeBackups");
    e.instanceId = QStringLiteral("mssql-%1").arg(n);
    e.region = QStringLiteral("ap-guangzhou");
    e.httpStatus = 200;
    e.requestId = QStringLiteral("req-%1").arg(n);
    e.durationMs = 10 + n;
    e.maskedUrl = url;
    return e;
}

} // namespace

class tst_LogModel : public QObject
{
    Q_OBJECT

private slots:
    void languageChangeRepaints()
    {
        LogModel model;
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&model, &change);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 0); // no rows, nothing to repaint
        model.append(entry(1));
        model.append(entry(2));
        QCoreApplication::sendEvent(&model, &change);
        QCOMPARE(headers.size(), 2);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(1, LogModel::ColumnCount - 1));
    }

    void appendsAndShows()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(1));
        ApiLogEntry failed = entry(2);
        failed.httpStatus = 400;
        failed.code = QStringLiteral("AuthFailure.SignatureFailure");
        model.append(failed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogModel::RequestIdColumn).data().toString(), QStringLiteral("req-1"));
        QCOMPARE(model.index(1, LogModel::StatusColumn).data().toString(),
                 QStringLiteral("400 AuthFailure.SignatureFailure"));
        QVERIFY(model.index(1, LogModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, LogModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, LogModel::DurationColumn).data().toString(), QStringLiteral("11 ms"));
        for (int column = 0; column < LogModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void ringBufferDropsOldest()
    {
        LogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 7; ++i)
            model.append(entry(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).requestId, QStringLiteral("req-5"));
        QCOMPARE(model.entryAt(2).requestId, QStringLiteral("req-7"));
        model.setCapacity(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(0).requestId, QStringLiteral("req-6"));
        model.append(entry(8));
        QCOMPARE(model.entryAt(1).requestId, QStringLiteral("req-8"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Even an entry whose URL was not masked never shows a signed query string.
    void urlsMasked()
    {
        LogModel model;
        model.append(entry(
            1, QStringLiteral("https://bucket.cos.ap-guangzhou.myqcloud.com/a.bak?q-signature=SECRET")));
        const QString shown = model.index(0, LogModel::UrlColumn).data().toString();
        QVERIFY(!shown.contains(QLatin1String("SECRET")));
        QVERIFY(shown.startsWith(QLatin1String("https://bucket.cos.ap-guangzhou.myqcloud.com/a.bak?")));
    }
};

BB_TEST_GUILESS_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
