#include "sandbox/datagen.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using bb::sandbox::DataGen;

class tst_DataGen : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameSequence()
    {
        DataGen a(42, "salt");
        DataGen b(42, "salt");
        DataGen c(42, "other");
        QList<uint64_t> sa, sb, sc;
        for (int i = 0; i < 16; ++i) {
            sa.append(a.next());
            sb.append(b.next());
            sc.append(c.next());
        }
        QCOMPARE(sa, sb);
        QVERIFY(sa != sc);
    }

    void rangesStayInBounds()
    {
        DataGen gen(7);
        QSet<int> seen;
        for (int i = 0; i < 2000; ++i) {
            const int v = gen.range(3, 9);
            QVERIFY(v >= 3 && v <= 9);
            seen.insert(v);
            const double u = gen.unit();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(gen.range(5, 5), 5);
    }

    void idsAndNames()
    {
        DataGen gen(1);
        const QString id = gen.lowerAlnum(8);
        QCOMPARE(id.size(), 8);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{8}$")).match(id).hasMatch());
        const QString uuid = gen.uuid();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                     .match(uuid)
                     .hasMatch(),
                 qPrintable(uuid));
        const QStringList dbs = gen.databaseNames(3, 3);
        QCOMPARE(dbs.size(), 3);
        QCOMPARE(QSet<QString>(dbs.cbegin(), dbs.cend()).size(), 3);
    }

    void tencentTimesAreUtcPlus8()
    {
        // FACTS §1.4: 1551113065 is 2019-02-25 16:44:25 UTC, already 2019-02-26 00:44:25 in UTC+8.
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(1551113065, Qt::UTC);
        QCOMPARE(DataGen::tencentTime(utc), QStringLiteral("2019-02-26 00:44:25"));
        QCOMPARE(DataGen::parseTencentTime(QStringLiteral("2019-02-26 00:44:25")), utc);
        QCOMPARE(DataGen::tencentTime(QDateTime()), QStringLiteral("0000-00-00 00:00:00"));
        QVERIFY(!DataGen::parseTencentTime(QStringLiteral("0000-00-00 00:00:00")).isValid());
        QVERIFY(!DataGen::parseTencentTime(QStringLiteral("2019-02-26T00:44:25Z")).isValid());
        QVERIFY(!DataGen::parseTencentTime(QStringLiteral("2019-02-26 00:44")).isValid());
        QCOMPARE(DataGen::isoUtc(utc), QStringLiteral("2019-02-25T16:44:25Z"));
    }
};

BB_TEST_GUILESS_MAIN(tst_DataGen)
#include "tst_datagen.moc"
