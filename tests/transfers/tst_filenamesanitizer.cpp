#include "support/testmain.h"
#include "transfers/filenamesanitizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileNameSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void longNamesKeepExtensionAndCodePoints();
    void numbered_data();
    void numbered();
    void joinUnderStaysInside();
    void joinUnderRefusesPlantedSymlink();
    void joinUnderMissingFolder();
    void fitPathLength_data();
    void fitPathLength();
    void caseTwin();
};

void TestFileNameSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"backup.bak"_s << u"backup.bak"_s;
    QTest::newRow("empty") << QString() << u"download"_s;
    QTest::newRow("dot") << u"."_s << u"download"_s;
    QTest::newRow("dotdot") << u".."_s << u"download"_s;
    QTest::newRow("slash") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
    QTest::newRow("backslash") << u"..\\..\\boot.ini"_s << u"_.._boot.ini"_s;
    QTest::newRow("absolute") << u"/etc/shadow"_s << u"_etc_shadow"_s;
    QTest::newRow("windows chars") << u"a:b*c?d\"e<f>g|h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("control") << u"a\nb\tc\x01\x7f"_s << u"a_b_c__"_s;
    QTest::newRow("c1 control") << QString(u"a"_s + QChar(0x85) + u"b"_s) << u"a_b"_s;
    QTest::newRow("trailing dot") << u"name."_s << u"name"_s;
    QTest::newRow("trailing dots spaces") << u"name . . "_s << u"name"_s;
    QTest::newRow("leading spaces") << u"   x.bak"_s << u"x.bak"_s;
    QTest::newRow("only spaces") << u"   "_s << u"download"_s;
    QTest::newRow("only dots") << u"...."_s << u"download"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("Nul.tar.gz") << u"Nul.tar.gz"_s << u"_Nul.tar.gz"_s;
    QTest::newRow("COM1") << u"com1.bak"_s << u"_com1.bak"_s;
    QTest::newRow("LPT9") << u"LPT9"_s << u"_LPT9"_s;
    QTest::newRow("COM0 is fine") << u"COM0"_s << u"COM0"_s;
    QTest::newRow("COM10 is fine") << u"COM10.bak"_s << u"COM10.bak"_s;
    QTest::newRow("CONSOLE is fine") << u"CONSOLE"_s << u"CONSOLE"_s;
    QTest::newRow("aux with space") << u"aux .bak"_s << u"_aux .bak"_s;
    QTest::newRow("COM superscript one") << u"COM\u00b9"_s << u"_COM\u00b9"_s;
    QTest::newRow("lpt superscript three") << u"lpt\u00b3.txt"_s << u"_lpt\u00b3.txt"_s;
    QTest::newRow("COM superscript four is fine") << u"COM\u2074"_s << u"COM\u2074"_s;
    QTest::newRow("unicode kept") << u"备份-2025.bak"_s << u"备份-2025.bak"_s;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xD800) + u"b"_s) << u"a_b"_s;
    // Never a hidden file: ".bashrc" from a server must not land as the user's dotfile.
    QTest::newRow("hidden made visible") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("dots and spaces first") << u" . .ssh"_s << u"ssh"_s;
    // Format characters (Cf) are dropped: U+202E RIGHT-TO-LEFT OVERRIDE shows "evil\u202Ekab.exe"
    // as "evilexe.bak"; zero-width and BOM characters hide in names; tags lie beyond the BMP.
    QTest::newRow("bidi override") << QString(u"evil"_s + QChar(0x202E) + u"kab.exe"_s) << u"evilkab.exe"_s;
    QTest::newRow("bidi isolates") << QString(QChar(0x2066) + u"a"_s + QChar(0x2069) + u".bak"_s)
                                   << u"a.bak"_s;
    QTest::newRow("zero width") << QString(u"a"_s + QChar(0x200B) + u"b"_s + QChar(0xFEFF)) << u"ab"_s;
    QTest::newRow("tag character") << QString(u"a"_s + QString::fromUcs4(U"\U000E0041", 1) + u"b"_s)
                                   << u"ab"_s;
    QTest::newRow("only format") << QString(QChar(0x202E)) << u"download"_s;
}

void TestFileNameSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(bb::FileNameSanitizer::sanitize(input), expected);
}

void TestFileNameSanitizer::longNamesKeepExtensionAndCodePoints()
{
    // The working files beside the final name fit the file system's 255 bytes too: the longest
    // is QSaveFile's "<name>.part.json.XXXXXX" for the sidecar.
    QCOMPARE(bb::FileNameSanitizer::maxNameBytes + qsizetype(strlen(".part.json.XXXXXX")), 255);

    // 300 ASCII characters: cut to 238 bytes, extension kept.
    const QString ascii = QString(300, u'a') + u".bak"_s;
    const QString a = bb::FileNameSanitizer::sanitize(ascii);
    QCOMPARE(a.toUtf8().size(), 238);
    QVERIFY(a.endsWith(u".bak"_s));

    // 3-byte characters: 238 - 4 = 234 bytes of stem → 78 characters, never half.
    const QString cjk = QString(200, QChar(0x5907)) + u".bak"_s;
    const QString c = bb::FileNameSanitizer::sanitize(cjk);
    QVERIFY(c.toUtf8().size() <= 238);
    QCOMPARE(c, QString(78, QChar(0x5907)) + u".bak"_s);
    QCOMPARE(QString::fromUtf8(c.toUtf8()), c); // round-trips: no broken sequence

    // 4-byte characters (surrogate pairs) are never split.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    const QString e = bb::FileNameSanitizer::sanitize(emoji);
    QVERIFY(e.toUtf8().size() <= 238);
    QCOMPARE(e.toUtf8().size(), 236); // 59 whole code points
    QVERIFY(!e.back().isHighSurrogate());
}

void TestFileNameSanitizer::numbered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << u"x.bak"_s << 0 << u"x.bak"_s;
    QTest::newRow("one") << u"x.bak"_s << 1 << u"x-1.bak"_s;
    QTest::newRow("tar.gz") << u"db.tar.gz"_s << 2 << u"db-2.tar.gz"_s;
    QTest::newRow("bak.tar") << u"name.bak.tar"_s << 1 << u"name-1.bak.tar"_s;
    QTest::newRow("dated") << u"db_2026.12.07.bak"_s << 1 << u"db_2026.12.07-1.bak"_s;
    QTest::newRow("no ext") << u"dump"_s << 3 << u"dump-3"_s;
    QTest::newRow("hidden") << u".rdb"_s << 1 << u".rdb-1"_s;
}

void TestFileNameSanitizer::numbered()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(bb::FileNameSanitizer::numbered(name, n), expected);
    const QString longName = bb::FileNameSanitizer::sanitize(QString(400, u'z') + u".bak"_s);
    const QString longNumbered = bb::FileNameSanitizer::numbered(longName, 12);
    QVERIFY(longNumbered.toUtf8().size() <= bb::FileNameSanitizer::maxNameBytes);
    QVERIFY(longNumbered.endsWith(u"-12.bak"_s));
}

void TestFileNameSanitizer::joinUnderStaysInside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = QFileInfo(dir.path()).canonicalFilePath();
    const QStringList hostile = {u"../../x"_s, u".."_s, u"/etc/passwd"_s, u"a/../../b"_s, u"..\\x"_s, u""_s};
    for (const QString &name : hostile) {
        const QString joined = bb::FileNameSanitizer::joinUnder(dir.path(), name);
        QVERIFY2(!joined.isEmpty(), qPrintable(name));
        QCOMPARE(QFileInfo(joined).absolutePath(), base);
    }
    QCOMPARE(bb::FileNameSanitizer::joinUnder(dir.path(), u"ok.bak"_s), base + u"/ok.bak"_s);
}

void TestFileNameSanitizer::joinUnderRefusesPlantedSymlink()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    QVERIFY(QFile::link(elsewhere.filePath(u"target.bak"_s), dir.filePath(u"trap.bak"_s)));
    QFile outside(elsewhere.filePath(u"target.bak"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    QVERIFY(bb::FileNameSanitizer::joinUnder(dir.path(), u"trap.bak"_s).isEmpty());
}

void TestFileNameSanitizer::joinUnderMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(bb::FileNameSanitizer::joinUnder(dir.filePath(u"missing"_s), u"x"_s).isEmpty());
}

// Windows' 260-unit paths: whole path = folder + separator + name + reserve + NUL.
void TestFileNameSanitizer::fitPathLength_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QString folder100 = u"C:/"_s + QString(97, u'f'); // 100 units
    // 260 - 1 (NUL) - 23 (reserve) - 100 - 1 (separator) = 135 units for the name
    QTest::newRow("fits") << folder100 << QString(131, u'a') + u".bak"_s << QString(131, u'a') + u".bak"_s;
    QTest::newRow("one over") << folder100 << QString(132, u'a') + u".bak"_s
                              << QString(131, u'a') + u".bak"_s;
    QTest::newRow("tar.gz kept") << folder100 << QString(200, u'b') + u".tar.gz"_s
                                 << QString(128, u'b') + u".tar.gz"_s;
    QTest::newRow("no trailing space")
        << folder100 << QString(130, u'c') + u" x.bak"_s << QString(130, u'c') + u".bak"_s;
    QString pairs; // U+1F600 is two UTF-16 units: never cut between them
    for (int i = 0; i < 80; ++i)
        pairs += QString::fromUcs4(U"\U0001F600", 1);
    QString keptPairs;
    for (int i = 0; i < 65; ++i)
        keptPairs += QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("surrogate pair") << folder100 << pairs + u".bak"_s << keptPairs + u".bak"_s;
    QTest::newRow("folder too deep") << u"C:/"_s + QString(240, u'd') << u"x.bak"_s << QString();
}

void TestFileNameSanitizer::fitPathLength()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString fitted = bb::FileNameSanitizer::fitPathLength(folder, name);
    QCOMPARE(fitted, expected);
    if (!fitted.isEmpty()) {
        QVERIFY(folder.size() + 1 + fitted.size() + bb::FileNameSanitizer::windowsPathReserve + 1
                <= bb::FileNameSanitizer::windowsMaxPath);
    }
}

// Case-insensitive file systems (Windows, macOS): "Data.bak" and "data.bak" are one file.
void TestFileNameSanitizer::caseTwin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile existing(dir.filePath(u"Data.BAK"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.path(), u"data.bak"_s), u"Data.BAK"_s);
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.path(), u"DATA.bak"_s), u"Data.BAK"_s);
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.path(), u"Data.BAK"_s), QString()); // itself
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.path(), u"data.bak.part"_s), QString());
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.path(), u"other.bak"_s), QString());
    QCOMPARE(bb::FileNameSanitizer::caseTwin(dir.filePath(u"missing"_s), u"data.bak"_s), QString());
}

BB_TEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_filenamesanitizer.moc"
