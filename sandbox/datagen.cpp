#include "sandbox/datagen.h"

#include <QTimeZone>

namespace bb::sandbox {

namespace {

const QString noneTime = QStringLiteral("0000-00-00 00:00:00");
const QString tencentFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QTimeZone chinaTime()
{
    return QTimeZone(8 * 3600);
}

} // namespace

DataGen::DataGen(uint64_t seed)
    : m_state(seed)
{ }

DataGen::DataGen(uint64_t seed, QByteArrayView salt)
    : m_state(seed ^ hash(salt))
{ }

uint64_t DataGen::next()
{
    uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DataGen::range(int lo, int hi)
{
    return static_cast<int>(range64(lo, hi));
}

qint64 DataGen::range64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const auto span = static_cast<uint64_t>(hi - lo) + 1;
    return lo + static_cast<qint64>(next() % span);
}

double DataGen::unit()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool DataGen::chance(double probability)
{
    return unit() < probability;
}

QString DataGen::lowerAlnum(int length)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[next() % 36]);
    return out;
}

QString DataGen::hex(int length)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(digits[next() % 16]);
    return out;
}

QString DataGen::uuid()
{
    QString h = hex(32);
    h[12] = QLatin1Char('4');
    h[16] = QLatin1Char("89ab"[next() % 4]);
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

QString DataGen::databaseName()
{
    static const QStringList names = {
        QStringLiteral("orders"),    QStringLiteral("billing"), QStringLiteral("inventory"),
        QStringLiteral("customers"), QStringLiteral("crm"),     QStringLiteral("analytics"),
        QStringLiteral("payments"),  QStringLiteral("audit"),   QStringLiteral("catalog"),
        QStringLiteral("shipping"),  QStringLiteral("hr"),      QStringLiteral("reporting"),
    };
    return pick(names);
}

QStringList DataGen::databaseNames(int min, int max)
{
    QStringList out;
    const int count = range(min, max);
    for (int guard = 0; out.size() < count && guard < 100; ++guard) {
        const QString name = databaseName();
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

QString DataGen::instanceName(const QString &engine)
{
    static const QStringList teams
        = {QStringLiteral("shop"),  QStringLiteral("erp"),       QStringLiteral("finance"),
           QStringLiteral("games"), QStringLiteral("logistics"), QStringLiteral("web")};
    static const QStringList stages
        = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev")};
    return pick(teams) + u'-' + pick(stages) + u'-' + engine + u'-' + QString::number(range(1, 9));
}

uint64_t DataGen::hash(QByteArrayView data)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

QString DataGen::tencentTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return noneTime;
    return utc.toTimeZone(chinaTime()).toString(tencentFormat);
}

QDateTime DataGen::parseTencentTime(const QString &text)
{
    if (text.size() != tencentFormat.size() || text.at(10) != u' ')
        return {};
    // Date and time apart, never QDateTime::fromString(): that reads the text in the machine's
    // zone first, where a Beijing time can fall in a DST gap and come out invalid.
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, chinaTime()).toUTC();
}

QString DataGen::isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace bb::sandbox
