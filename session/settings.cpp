#include "session/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bb {

namespace {

const QString keyTheme = QStringLiteral("appearance/theme");
const QString keyLanguage = QStringLiteral("appearance/language");
const QString keyParallel = QStringLiteral("downloads/parallel");
const QString keyBandwidth = QStringLiteral("downloads/bandwidthLimitKiBps");
const QString keyConnections = QStringLiteral("downloads/connections");
constexpr int defaultConnections = 4;
constexpr int maxConnections = 16;
const QString keyFolder = QStringLiteral("downloads/folder");
const QString keyAutoRefresh = QStringLiteral("browsing/autoRefreshMinutes");
const QString keyHealthGlobal = QStringLiteral("health/maxFullAgeSeconds");
const QString keyHealthProducts = QStringLiteral("health/productMaxFullAge"); // "key=seconds" entries
const QString keyHealthInstances = QStringLiteral("health/instanceMaxFullAge");

constexpr int defaultParallel = 3;
constexpr int maxParallel = 16;

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    // QSettings then writes through a temporary file and a rename, never in place.
    m_settings.setAtomicSyncRequired(true);
}

Settings::~Settings() = default;

QString Settings::filePath() const
{
    return m_settings.fileName();
}

void Settings::store(const QString &key, const QVariant &value)
{
    storeAll({{key, value}});
}

bool Settings::storeAll(const QList<QPair<QString, QVariant>> &values)
{
    bool any = false;
    for (const auto &entry : values)
        any = any || m_settings.value(entry.first) != entry.second;
    if (!any)
        return false;
    QDir().mkpath(QFileInfo(m_settings.fileName()).absolutePath());
    for (const auto &entry : values) {
        if (entry.second.isValid())
            m_settings.setValue(entry.first, entry.second);
        else
            m_settings.remove(entry.first); // an invalid value: the key is not set
    }
    m_settings.sync();
    m_error = m_settings.status() == QSettings::NoError
        ? QString()
        : tr("Cannot save the settings to %1.").arg(QDir::toNativeSeparators(m_settings.fileName()));
    emit changed();
    return true;
}

QString Settings::toString(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::Theme Settings::themeFromString(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Settings::Theme Settings::theme() const
{
    return themeFromString(m_settings.value(keyTheme).toString());
}

void Settings::setTheme(Theme theme)
{
    store(keyTheme, toString(theme));
}

QString Settings::language() const
{
    return m_settings.value(keyLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    store(keyLanguage, language);
}

int Settings::parallelDownloads() const
{
    bool ok = false;
    const int count = m_settings.value(keyParallel).toInt(&ok);
    return ok ? qBound(1, count, maxParallel) : defaultParallel;
}

void Settings::setParallelDownloads(int count)
{
    store(keyParallel, qBound(1, count, maxParallel));
}

int Settings::downloadConnections() const
{
    bool ok = false;
    const int count = m_settings.value(keyConnections).toInt(&ok);
    return ok ? qBound(1, count, maxConnections) : defaultConnections;
}

void Settings::setDownloadConnections(int count)
{
    store(keyConnections, qBound(1, count, maxConnections));
}

qint64 Settings::bandwidthLimitKiBps() const
{
    return qMax<qint64>(0, m_settings.value(keyBandwidth).toLongLong());
}

void Settings::setBandwidthLimitKiBps(qint64 limit)
{
    store(keyBandwidth, qMax<qint64>(0, limit));
}

QString Settings::downloadFolder() const
{
    const QString folder = m_settings.value(keyFolder).toString();
    if (!folder.isEmpty())
        return folder;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QDir::homePath() : downloads;
}

bool Settings::hasDownloadFolder() const
{
    return !m_settings.value(keyFolder).toString().isEmpty();
}

void Settings::setDownloadFolder(const QString &folder)
{
    store(keyFolder, folder);
}

int Settings::autoRefreshMinutes() const
{
    return qMax(0, m_settings.value(keyAutoRefresh).toInt());
}

void Settings::setAutoRefreshMinutes(int minutes)
{
    store(keyAutoRefresh, qMax(0, minutes));
}

namespace {

// "key=seconds" entries, sorted so an unchanged map writes an unchanged file.
QStringList entries(const QHash<QString, qint64> &map)
{
    QStringList list;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        list << it.key() + u'=' + QString::number(it.value());
    list.sort();
    return list;
}

// Calls set(key, seconds) for each well-formed entry; the setter bounds and counts them.
template<typename Set> void readEntries(const QStringList &list, Set set)
{
    for (const QString &entry : list) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        bool ok = false;
        const qint64 seconds = equals > 0 ? entry.mid(equals + 1).toLongLong(&ok) : 0;
        if (ok && seconds > 0)
            set(entry.left(equals), seconds);
    }
}

} // namespace

HealthThresholds Settings::healthThresholds() const
{
    HealthThresholds thresholds;
    bool ok = false;
    const qint64 global = m_settings.value(keyHealthGlobal).toLongLong(&ok);
    if (ok)
        thresholds.setGlobalSeconds(global);
    readEntries(
        m_settings.value(keyHealthProducts).toStringList(),
        [&thresholds](const QString &key, qint64 seconds) { thresholds.setForProduct(key, seconds); });
    readEntries(
        m_settings.value(keyHealthInstances).toStringList(),
        [&thresholds](const QString &key, qint64 seconds) { thresholds.setForInstance(key, seconds); });
    return thresholds;
}

void Settings::setHealthThresholds(const HealthThresholds &thresholds)
{
    // Compared as thresholds: a value re-read from the file is a string, not the number written.
    if (thresholds == healthThresholds())
        return;
    const auto listOrNothing = [](const QHash<QString, qint64> &map) {
        return map.isEmpty() ? QVariant() : QVariant(entries(map));
    };
    const bool wrote
        = storeAll({{keyHealthGlobal,
                     thresholds.globalSeconds() > 0 ? QVariant(thresholds.globalSeconds()) : QVariant()},
                    {keyHealthProducts, listOrNothing(thresholds.products())},
                    {keyHealthInstances, listOrNothing(thresholds.instances())}});
    if (wrote)
        emit healthThresholdsChanged();
}

QByteArray Settings::uiState(const QString &key) const
{
    return m_settings.value(QStringLiteral("ui/") + key).toByteArray();
}

void Settings::setUiState(const QString &key, const QByteArray &state)
{
    store(QStringLiteral("ui/") + key, state);
}

} // namespace bb
