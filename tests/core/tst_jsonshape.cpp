// Tests the shape comparison the fixture tests use to hold the sandbox to the vendors' examples
// (tests/support/jsonshape.h): it must see every kind of difference, or those tests prove nothing.
#include "support/jsonshape.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using bb::test::shapeDifferences;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(QStringLiteral("v"));
}

} // namespace

class TestJsonShape : public QObject
{
    Q_OBJECT

private slots:
    void sameShapeOtherValuesAgree()
    {
        QVERIFY(shapeDifferences(json(R"({"v":{"Id":1,"Name":"a","L":[1,2]}})"),
                                 json(R"({"v":{"Id":7,"Name":"zz","L":[3]}})"))
                    .isEmpty());
    }

    void typeChangeIsNamedWithItsPath()
    {
        const QStringList d = shapeDifferences(json(R"({"v":{"R":{"GroupId":"16556099469691"}}})"),
                                               json(R"({"v":{"R":{"GroupId":0}}})"));
        QCOMPARE(d, QStringList {QStringLiteral("R.GroupId: string in the example, number here")});
    }

    void missingAndExtraKeysAreBothReported()
    {
        const QStringList d
            = shapeDifferences(json(R"({"v":{"A":1,"B":2}})"), json(R"({"v":{"B":2,"C":3}})"));
        QCOMPARE(d.size(), 2);
        QVERIFY(d.contains(QStringLiteral("A: in the example, missing here")));
        QVERIFY(d.contains(QStringLiteral("C: here, not in the example")));
    }

    void arrayElementsMatchTheClosestPublishedElement()
    {
        // The example shows a pkg row and a single row; a page of both kinds matches.
        const QJsonValue published
            = json(R"({"v":[{"Id":1,"FileName":"x","GroupId":""},{"Id":0,"GroupId":"9"}]})");
        QVERIFY(shapeDifferences(published, json(R"({"v":[{"Id":0,"GroupId":"3"},
                                 {"Id":5,"FileName":"y","GroupId":""}]})"))
                    .isEmpty());
        // A row shaped like neither is reported against the closer one.
        const QStringList d = shapeDifferences(published, json(R"({"v":[{"Id":"5","GroupId":"3"}]})"));
        QCOMPARE(d, QStringList {QStringLiteral("[].Id: number in the example, string here")});
    }

    void emptyArraysAndPublishedNullSayNothing()
    {
        QVERIFY(
            shapeDifferences(json(R"({"v":{"L":[],"N":null}})"), json(R"({"v":{"L":[{"a":1}],"N":"text"}})"))
                .isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(TestJsonShape)
#include "tst_jsonshape.moc"
