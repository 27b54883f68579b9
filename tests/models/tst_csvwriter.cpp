#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/csvwriter.h"
#include "models/displayformat.h"
#include "support/backupfactory.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using bb::test::BackupFactory;

namespace {

// A device that accepts a few bytes and then fails, like a full disk.
class FailDevice final : public QIODevice
{
public:
    explicit FailDevice(qint64 budget)
        : m_budget(budget)
    {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_budget)
            return -1;
        m_budget -= len;
        return len;
    }

private:
    qint64 m_budget;
};

QByteArray csv(const QList<QStringList> &rows, bool bom = false, bool guard = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setBom(bom);
    writer.setFormulaGuard(guard);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc\r\n");
        QTest::newRow("empty") << QString() << QByteArray("\r\n");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QByteArray("\"line1\nline2\"\r\n");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"\r\n");
        QTest::newRow("spaces kept") << QStringLiteral("  x  ") << QByteArray("  x  \r\n");
        QTest::newRow("unicode") << QStringLiteral("备份 ü") << QByteArray("备份 ü\r\n");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray("'+1\r\n");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QByteArray("'-2+3\r\n");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("formula tab") << QStringLiteral("\tx") << QByteArray("'\tx\r\n");
        QTest::newRow("formula cr") << QStringLiteral("\rx") << QByteArray("\"'\rx\"\r\n");
        QTest::newRow("formula and comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"\r\n");
        QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QByteArray("a=b\r\n");
    }

    void quoting()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        QCOMPARE(csv({{cell}}), expected);
    }

    void rowsAndBom()
    {
        QCOMPARE(csv({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QString()}}),
                 QByteArray("a,b\r\n1,\r\n"));
        const QByteArray withBom = csv({{QStringLiteral("a")}, {QStringLiteral("b")}}, true);
        QCOMPARE(withBom,
                 QByteArray("\xEF\xBB\xBF"
                            "a\r\nb\r\n"));
        QCOMPARE(csv({{QStringLiteral("-1")}}, false, false), QByteArray("-1\r\n"));
    }

    void writeModelWhatTheViewShows()
    {
        BackupTableModel model;
        BackupFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Backup> page = BackupFactory::page(0, 12);
        page[4].name = QStringLiteral("=cmd|' /C calc'!A0"); // hostile name from a provider
        page[0].name = QStringLiteral("with, comma");
        model.appendPage(page);
        proxy.setStatusFilter({BackupStatus::Succeeded});
        proxy.sort(BackupTableModel::SizeColumn, Qt::DescendingOrder);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeModel(
            &proxy,
            {BackupTableModel::NameColumn, BackupTableModel::SizeColumn, BackupTableModel::StartColumn}));
        QVERIFY(writer.ok());
        const QList<QByteArray> lines = buffer.data().split('\n');
        // Header: the formatted columns with raw companions beside them; the local times name
        // their zone, the raw ones are UTC.
        QCOMPARE(lines.at(0),
                 QStringLiteral("Name,Size,Size (bytes),Start (%1),Start (UTC)\r")
                     .arg(DisplayFormat::zone(QDateTime::currentDateTimeUtc()))
                     .toUtf8());
        QCOMPARE(writer.rowsWritten(), 1 + proxy.rowCount());
        QCOMPARE(proxy.rowCount(), 6); // statuses Succeeded at n % 6 in {0, 1, 4}
        // Current order (size descending), raw bytes and ISO-8601 UTC.
        const Backup first = proxy.backupAt(0);
        const QList<QByteArray> cells = lines.at(1).split(',');
        QCOMPARE(cells.at(2), QByteArray::number(first.sizeBytes));
        QCOMPARE(cells.at(4), first.start.toUTC().toString(Qt::ISODate).toUtf8() + '\r');
        QVERIFY(cells.at(4).endsWith("Z\r"));
        QVERIFY(buffer.data().contains("'=cmd|"));
        QVERIFY(buffer.data().contains("\"with, comma\""));
        QVERIFY(!buffer.data().contains(",=cmd"));
    }

    void failingDevice()
    {
        FailDevice device(10);
        CsvWriter writer(&device);
        QVERIFY(writer.writeRow({QStringLiteral("short")}));
        QVERIFY(!writer.writeRow({QStringLiteral("this row does not fit")}));
        QVERIFY(!writer.ok());
        QVERIFY(writer.errorString().contains(QLatin1String("No space left")));
        QVERIFY(!writer.writeRow({QStringLiteral("x")})); // stays failed
    }

    void atomicFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY(CsvWriter::writeFile(
            path, true,
            [](CsvWriter &writer) {
                return writer.writeRow({QStringLiteral("a"), QStringLiteral("b")});
            },
            &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBF"
                            "a,b\r\n"));
        file.close();

        // A cancelled export leaves the previous file untouched and no temporary behind.
        QVERIFY(!CsvWriter::writeFile(
            path, false,
            [](CsvWriter &writer) {
                writer.writeRow({QStringLiteral("partial")});
                return false;
            },
            &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBF"
                            "a,b\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("export.csv")});

        QVERIFY(!CsvWriter::writeFile(
            dir.filePath(QStringLiteral("no/such/dir/x.csv")), false, [](CsvWriter &) { return true; },
            &error));
        QVERIFY(!error.isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
