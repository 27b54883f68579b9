#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace bb::sandbox {

// Deterministic data for the emulators: a small seeded generator (splitmix64) with helpers for the
// ids, names and times the clouds use. The same seed and salt always give the same sequence.
class DataGen final
{
public:
    explicit DataGen(uint64_t seed);
    DataGen(uint64_t seed, QByteArrayView salt); // an independent stream per instance, file, ...

    uint64_t next();
    int range(int lo, int hi); // inclusive
    qint64 range64(qint64 lo, qint64 hi); // inclusive
    double unit(); // [0, 1)
    bool chance(double probability);
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(range(0, static_cast<int>(items.size()) - 1));
    }

    QString lowerAlnum(int length); // [a-z0-9], e.g. the 8 characters of "mssql-1a2b3c4d"
    QString hex(int length);
    QString uuid(); // RFC 4122 shape, version 4
    QString databaseName();
    QString instanceName(const QString &engine);
    QStringList databaseNames(int min, int max);

    static uint64_t hash(QByteArrayView data); // FNV-1a, mixed

    // Tencent's local time strings: UTC+8, "yyyy-MM-dd HH:mm:ss", "0000-00-00 00:00:00" for none.
    static QString tencentTime(const QDateTime &utc);
    static QDateTime parseTencentTime(const QString &text); // invalid when malformed
    // Alibaba's ISO-8601 UTC "yyyy-MM-ddTHH:mm:ssZ".
    static QString isoUtc(const QDateTime &utc);

private:
    uint64_t m_state;
};

} // namespace bb::sandbox
