#include "models/naturalcompare.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

class tst_NaturalCompare : public QObject
{
    Q_OBJECT

private slots:
    void order_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::newRow("numbers by value") << QStringLiteral("backup2") << QStringLiteral("backup10");
        QTest::newRow("case-insensitive") << QStringLiteral("alpha") << QStringLiteral("Beta");
        QTest::newRow("prefix first") << QStringLiteral("db") << QStringLiteral("db1");
        QTest::newRow("leading zeros same value") << QStringLiteral("x1") << QStringLiteral("x01");
        QTest::newRow("long numbers")
            << QStringLiteral("n99999999999999999999") << QStringLiteral("n100000000000000000000");
        QTest::newRow("digits before letters") << QStringLiteral("1a") << QStringLiteral("a");
        QTest::newRow("unicode folded") << QStringLiteral("Ärger2") << QStringLiteral("ärger10");
        QTest::newRow("empty first") << QString() << QStringLiteral("a");
    }

    void order()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QVERIFY(NaturalCompare::compare(left, right) < 0);
        QVERIFY(NaturalCompare::compare(right, left) > 0);
    }

    // Sorting by precomputed keys gives the same order as compare() (keys ignore leading zeros,
    // so "x1" and "x01" tie there; a stable sort keeps them in source order).
    void sortKeyAgrees()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QVERIFY2(!(NaturalCompare::sortKey(right) < NaturalCompare::sortKey(left)),
                 qPrintable(left + QStringLiteral(" / ") + right));
    }
    void sortKeyAgrees_data() { order_data(); }

    void sortKeyZeros()
    {
        QCOMPARE(NaturalCompare::sortKey(u"a0"), NaturalCompare::sortKey(u"a000"));
        QVERIFY(NaturalCompare::sortKey(u"a0") < NaturalCompare::sortKey(u"a1"));
        QVERIFY(NaturalCompare::sortKey(u"v9-x") < NaturalCompare::sortKey(u"v10"));
    }

    void equalAndTotal()
    {
        QCOMPARE(NaturalCompare::compare(u"abc10", u"abc10"), 0);
        // Equal ignoring case still has an order, so sorting is deterministic.
        QVERIFY(NaturalCompare::compare(u"ABC", u"abc") != 0);
        QVERIFY(NaturalCompare::compare(u"ABC", u"abc") == -NaturalCompare::compare(u"abc", u"ABC"));
    }
};

BB_TEST_GUILESS_MAIN(tst_NaturalCompare)
#include "tst_naturalcompare.moc"
