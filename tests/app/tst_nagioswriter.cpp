// NagiosWriter: check --format nagios, the plugin's one line and exit code.

#include "app/cli/exitcodes.h"
#include "app/cli/nagioswriter.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

InstanceHealth health(const QString &id, HealthState state, const QString &reason = {})
{
    InstanceHealth h;
    h.product = u"alibaba-rds"_s;
    h.instanceId = id;
    h.state = state;
    if (!reason.isEmpty())
        h.reasons << reason;
    return h;
}

} // namespace

class TestNagiosWriter : public QObject
{
    Q_OBJECT

private slots:
    void allOk()
    {
        const QByteArray line
            = NagiosWriter::line({health(u"rm-a"_s, HealthState::Ok), health(u"rm-b"_s, HealthState::Ok)});
        QCOMPARE(line,
                 QByteArray("BACKUPS OK - 2 instance(s) checked, all OK | ok=2 warning=0 critical=0\n"));
        QCOMPARE(NagiosWriter::line({}),
                 QByteArray("BACKUPS OK - no instance to check | ok=0 warning=0 critical=0\n"));
    }

    void worstFirstWithTheirFirstReason()
    {
        const QByteArray line = NagiosWriter::line({
            health(u"rm-warn"_s, HealthState::Warning, u"1 backup(s) failed in the last 7 days."_s),
            health(u"rm-ok"_s, HealthState::Ok),
            health(u"rm-crit"_s, HealthState::Critical, u"No successful full backup in 30 days."_s),
        });
        QCOMPARE(line,
                 QByteArray("BACKUPS CRITICAL - 1 critical, 1 warning, 1 OK: rm-crit critical: No successful "
                            "full backup in 30 days; rm-warn warning: 1 backup(s) failed in the last 7 days "
                            "| ok=1 warning=1 critical=1\n"));
    }

    void namesAtMostFiveAndCountsTheRest()
    {
        QList<InstanceHealth> fleet;
        for (int i = 0; i < 8; ++i)
            fleet << health(u"rm-%1"_s.arg(i), HealthState::Warning, u"late"_s);
        const QByteArray line = NagiosWriter::line(fleet);
        QCOMPARE(line.count("warning: late"), NagiosWriter::maxNamed);
        QVERIFY2(line.contains("rm-4 warning: late; 3 more | "), line.constData());
        QVERIFY(!line.contains("rm-5"));
    }

    void hostileNamesKeepTheFormat()
    {
        // An id or reason from a server cannot start the perfdata early or add a line.
        const QString longReason = QString(500, u'x');
        const QByteArray line
            = NagiosWriter::line({health(u"rm|evil\nsecond line"_s, HealthState::Critical, longReason)});
        QCOMPARE(line.count('|'), 1);
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith("| ok=0 warning=0 critical=1\n"));
        QVERIFY2(line.contains("rm/evil second line critical: "), line.constData());
        QVERIFY(!line.contains(QByteArray(NagiosWriter::maxReasonChars, 'x')));
        QVERIFY(line.contains(QByteArray(NagiosWriter::maxReasonChars - 1, 'x') + "\xe2\x80\xa6"));
        QCOMPARE(NagiosWriter::unknown(u"a | b\nc"_s), QByteArray("BACKUPS UNKNOWN - a / b c\n"));
    }

    void pluginCodes()
    {
        QCOMPARE(NagiosWriter::pluginCode(ExitCodes::Ok), NagiosWriter::Ok);
        QCOMPARE(NagiosWriter::pluginCode(ExitCodes::HealthWarning), NagiosWriter::Warning);
        QCOMPARE(NagiosWriter::pluginCode(ExitCodes::HealthCritical), NagiosWriter::Critical);
        for (const int failed :
             {int(ExitCodes::Usage), int(ExitCodes::Provider), int(ExitCodes::Network),
              int(ExitCodes::Credentials), int(ExitCodes::LocalFile), int(ExitCodes::Interrupted)})
            QCOMPARE(NagiosWriter::pluginCode(failed), NagiosWriter::Unknown);
    }

    void requestedBeforeParsing()
    {
        QVERIFY(NagiosWriter::requested({u"check"_s, u"--format"_s, u"nagios"_s}));
        QVERIFY(NagiosWriter::requested({u"check"_s, u"--format=nagios"_s}));
        QVERIFY(!NagiosWriter::requested({u"check"_s, u"--format"_s, u"json"_s}));
        QVERIFY(!NagiosWriter::requested({u"check"_s, u"nagios"_s}));
        QVERIFY(!NagiosWriter::requested({u"check"_s, u"--format"_s}));
    }
};

BB_TEST_GUILESS_MAIN(TestNagiosWriter)
#include "tst_nagioswriter.moc"
