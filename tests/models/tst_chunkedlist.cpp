#include "models/chunkedlist.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

class tst_ChunkedList : public QObject
{
    Q_OBJECT

private slots:
    void appendsAcrossChunksInOrder()
    {
        ChunkedList<QString, 4> list;
        QVERIFY(list.isEmpty());
        for (int i = 0; i < 10; ++i)
            list.append(QString::number(i));
        QCOMPARE(list.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(list.at(i), QString::number(i));
        QCOMPARE(
            list.toList(),
            QStringList({u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s}));
    }

    // The point of the class: growing never moves what is already in it.
    void growingKeepsElementsInPlace()
    {
        ChunkedList<int, 8> list;
        list.append(1);
        const int *first = &list.at(0);
        for (int i = 0; i < 1000; ++i)
            list.append(i);
        QCOMPARE(&list.at(0), first);
        QCOMPARE(list.at(0), 1);
        QCOMPARE(list.at(1000), 999);
    }

    void writesInPlace()
    {
        ChunkedList<QString, 3> list;
        for (int i = 0; i < 7; ++i)
            list.append(QString());
        list[5] = QStringLiteral("five");
        QCOMPARE(list.at(5), QStringLiteral("five"));
        QCOMPARE(list.at(4), QString());
    }

    void removeAtShiftsTheTailAcrossChunks()
    {
        ChunkedList<int, 3> list;
        for (int i = 0; i < 7; ++i)
            list.append(i);
        list.removeAt(1);
        QCOMPARE(list.toList(), QList<int>({0, 2, 3, 4, 5, 6}));
        list.removeAt(5); // the last one: its chunk becomes empty and goes
        QCOMPARE(list.toList(), QList<int>({0, 2, 3, 4, 5}));
        list.append(9); // and a new one starts at the right place
        list.append(10);
        QCOMPARE(list.toList(), QList<int>({0, 2, 3, 4, 5, 9, 10}));
        while (!list.isEmpty())
            list.removeAt(0);
        QCOMPARE(list.size(), 0);
        list.append(1);
        QCOMPARE(list.toList(), QList<int>({1}));
    }

    void clearEmpties()
    {
        ChunkedList<int, 2> list;
        for (int i = 0; i < 5; ++i)
            list.append(i);
        list.clear();
        QVERIFY(list.isEmpty());
        QCOMPARE(list.toList(), QList<int>());
        list.append(7);
        QCOMPARE(list.at(0), 7);
    }
};

BB_TEST_GUILESS_MAIN(tst_ChunkedList)
#include "tst_chunkedlist.moc"
