#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> sampleBackups()
{
    Backup a;
    a.id = u"1234568"_s;
    a.product = u"tencent-sqlserver"_s;
    a.instanceId = u"mssql-6upluvd5"_s;
    a.name = u"=HYPERLINK(\"http://evil\")"_s; // a hostile name must not become a formula
    a.status = BackupStatus::Succeeded;
    a.statusRaw = u"1"_s;
    a.start = QDateTime(QDate(2020, 7, 27), QTime(17, 15, 45), Qt::UTC);
    a.sizeBytes = 1389088768;
    a.databases = {u"db1"_s, u"db,2"_s};
    a.checksum = {u"crc64-xz"_s, u"11051210869376104954"_s};
    a.extra = {{u"Note"_s, u"line1\nline2"_s}};
    Backup b;
    b.id = u"1234570"_s;
    b.product = u"tencent-sqlserver"_s;
    b.instanceId = u"mssql-6upluvd5"_s;
    return {RecordJson::fromBackup(a, true), RecordJson::fromBackup(b, true)};
}

QByteArray render(const OutputFormatter &formatter, const QList<QJsonObject> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!formatter.writeList(&buffer, records))
        return {};
    return buffer.data();
}

// A minimal RFC 4180 reader for checking what the writer produced.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestOutputFormatter : public QObject
{
    Q_OBJECT

private slots:
    void jsonKeepsContractOrderAndValues()
    {
        const QByteArray text = render(OutputFormatter::forBackups(OutputFormat::Json), sampleBackups());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(0).toObject(), sampleBackups().at(0));
        QCOMPARE(doc.array().at(1).toObject(), sampleBackups().at(1));
        // Keys appear in the contract's order, not alphabetically.
        qsizetype last = -1;
        for (const QString &key : RecordJson::backupKeys()) {
            const qsizetype at = text.indexOf("\"" + key.toUtf8() + "\":");
            QVERIFY2(at > last, qPrintable(key));
            last = at;
        }
        QVERIFY(text.contains("\"size_bytes\": 1389088768,"));
        QVERIFY(text.contains("\"expire\": null,"));
    }

    void emptyJsonList()
    {
        QCOMPARE(render(OutputFormatter::forBackups(OutputFormat::Json), {}), QByteArray("[]\n"));
    }

    void jsonOneObject()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(OutputFormatter::forBackups(OutputFormat::Json).writeOne(&buffer, sampleBackups().at(0)));
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object(), sampleBackups().at(0));
    }

    void csvColumnsQuotingAndFormulaGuard()
    {
        const QString text
            = QString::fromUtf8(render(OutputFormatter::forBackups(OutputFormat::Csv), sampleBackups()));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), RecordJson::backupKeys());
        const QStringList first = rows.at(1);
        QCOMPARE(first.size(), RecordJson::backupKeys().size());
        auto column = [&](const QString &key) {
            return first.at(RecordJson::backupKeys().indexOf(key));
        };
        QCOMPARE(column(u"id"_s), u"1234568"_s);
        QCOMPARE(column(u"size_bytes"_s), u"1389088768"_s);
        QCOMPARE(column(u"start"_s), u"2020-07-27T17:15:45Z"_s);
        QCOMPARE(column(u"expire"_s), QString());
        QCOMPARE(column(u"databases"_s), u"[\"db1\",\"db,2\"]"_s);
        QCOMPARE(
            QJsonDocument::fromJson(column(u"checksum"_s).toUtf8()).object().value(u"value"_s).toString(),
            u"11051210869376104954"_s);
        QCOMPARE(QJsonDocument::fromJson(column(u"extra"_s).toUtf8()).object().value(u"Note"_s).toString(),
                 u"line1\nline2"_s);
        QVERIFY2(!column(u"name"_s).startsWith(u'='), qPrintable(column(u"name"_s)));
        QVERIFY(column(u"name"_s).contains(u"HYPERLINK"));
        QCOMPARE(rows.at(2).at(RecordJson::backupKeys().indexOf(u"files"_s)), u"[]"_s);
    }

    void tableIsAlignedAndHuman()
    {
        const QString text
            = QString::fromUtf8(render(OutputFormatter::forBackups(OutputFormat::Table), sampleBackups()));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"ID "));
        // Every column starts at the same place on every line.
        const qsizetype statusAt = lines.at(0).indexOf(u"STATUS");
        QCOMPARE(lines.at(1).indexOf(u"succeeded"), statusAt);
        QCOMPARE(lines.at(2).indexOf(u"unknown"), statusAt);
        QVERIFY2(text.contains(u"GiB"), qPrintable(text));
        QVERIFY(!text.contains(u"1389088768"));
        // Local time, not the ISO string.
        QVERIFY(!text.contains(u"T17:15:45Z"));
        QVERIFY(text.contains(u"db1,db,2"));
    }

    void detailsListEveryKey()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(OutputFormatter::forBackups(OutputFormat::Table).writeOne(&buffer, sampleBackups().at(0)));
        const QString text = QString::fromUtf8(buffer.data());
        for (const QString &key : RecordJson::backupKeys())
            QVERIFY2(text.contains(u'\n' + key + u':') || text.startsWith(key + u':'), qPrintable(key));
        QVERIFY(text.contains(u"crc64-xz 11051210869376104954"));
    }

    void cellText()
    {
        QCOMPARE(OutputFormatter::cellText(QJsonValue()), QString());
        QCOMPARE(OutputFormatter::cellText(QJsonValue(qint64(9007199254740993LL))), u"9007199254740993"_s);
        QCOMPARE(OutputFormatter::cellText(QJsonValue(true)), u"true"_s);
        QCOMPARE(OutputFormatter::jsonText(QJsonValue(u"a\"b"_s)), QByteArray("\"a\\\"b\""));
    }

    void writeFailureReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*"_s));
        QVERIFY(!OutputFormatter::forBackups(OutputFormat::Json).writeList(&readOnly, sampleBackups()));
    }
};

BB_TEST_GUILESS_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
