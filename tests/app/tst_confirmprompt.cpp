// ConfirmPrompt: what the terminal asks (the GUI's Confirmation, then [y/N]) and which answers
// say yes. Asking on a real terminal is tst_cli's deleteAsksOnATerminalNamingWhatGoes.
#include "app/cli/confirmprompt.h"
#include "models/confirmation.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

class TestConfirmPrompt : public QObject
{
    Q_OBJECT

private slots:
    void textIsTheGuisQuestionThenYesNo()
    {
        Backup b;
        b.id = QStringLiteral("br-7f3a");
        b.instanceId = QStringLiteral("c-9a1b");
        b.sizeBytes = 3LL * 1024 * 1024 * 1024 / 2;
        b.start = QDateTime(QDate(2026, 12, 4), QTime(3, 0), Qt::UTC);
        const Confirmation c
            = Confirmation::deleteBackup(b, QStringLiteral("EMR Serverless StarRocks"), b.start.addDays(3));
        const QString text = ConfirmPrompt::text(c);
        // Every word of the dialog's question, facts and consequence, in the dialog's order.
        QVERIFY2(text.startsWith(c.text() + u'\n'), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("\nDelete backup? [y/N] ")), qPrintable(text));
        for (const QString &fact : c.facts)
            QVERIFY2(text.contains(fact), qPrintable(fact));
    }

    void onlyYOrYesSaysYes_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("yes");
        QTest::newRow("y") << QStringLiteral("y\n") << true;
        QTest::newRow("YES") << QStringLiteral(" YES ") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("n") << QStringLiteral("n") << false;
        QTest::newRow("yes please") << QStringLiteral("yes please") << false;
        QTest::newRow("ye") << QStringLiteral("ye") << false;
    }

    void onlyYOrYesSaysYes()
    {
        QFETCH(QString, answer);
        QFETCH(bool, yes);
        QCOMPARE(ConfirmPrompt::isYes(answer), yes);
    }
};

BB_TEST_GUILESS_MAIN(TestConfirmPrompt)
#include "tst_confirmprompt.moc"
