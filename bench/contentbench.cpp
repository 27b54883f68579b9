// contentbench: how fast the sandbox file host generates a file's content (GeneratedContent::read
// in the 256 KiB reads a download asks for) and checksums it (GeneratedContent::crc64, which the
// emulators publish for every listed file). Run by hand: build/bench/contentbench [MiB]. Not a test.
#include "sandbox/generatedcontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdint>

using bb::sandbox::GeneratedContent;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 4096;
    const qint64 size = mib * 1024 * 1024;
    QTextStream out(stdout);

    GeneratedContent content(QStringLiteral("bench/content"), size);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    uint64_t sink = 0; // keeps the reads from being optimised away
    QElapsedTimer clock;
    clock.start();
    for (qint64 offset = 0; offset < size;) {
        const qint64 n = content.read(offset, buffer.data(), buffer.size());
        sink ^= uint64_t(uchar(buffer.at(n - 1)));
        offset += n;
    }
    const double readS = double(clock.nsecsElapsed()) / 1e9;
    out << "read:  " << mib << " MiB in " << readS << " s = " << double(size) / readS / 1e9 << " GB/s\n";

    // Also from an odd offset: a resumed download's reads start mid-word.
    clock.restart();
    for (qint64 offset = 3; offset < size;) {
        const qint64 n = content.read(offset, buffer.data(), buffer.size() - 5);
        sink ^= uint64_t(uchar(buffer.at(n - 1)));
        offset += n;
    }
    const double oddS = double(clock.nsecsElapsed()) / 1e9;
    out << "read (unaligned): " << double(size) / oddS / 1e9 << " GB/s\n";

    clock.restart();
    const uint64_t crc = GeneratedContent::crc64(QStringLiteral("bench/content"), size);
    out << "crc64: " << mib << " MiB in " << double(clock.nsecsElapsed()) / 1e6 << " ms (" << Qt::hex << crc
        << Qt::dec << ")\n";
    out << "(" << sink << ")\n";
    return 0;
}
