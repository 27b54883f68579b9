#pragma once

#include "models/healththresholds.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

namespace bb {

// The app's preferences and saved UI state in one INI file. QSettings writes it atomically
// (temporary file + rename); every setter syncs at once. Never holds a secret.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // filePath: the INI file (tests pass a temporary one).
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    QString filePath() const;

    Theme theme() const;
    void setTheme(Theme theme);

    // A locale name such as "zh_CN"; empty: follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    // Downloads running at once (1..16, default 3).
    int parallelDownloads() const;
    void setParallelDownloads(int count);

    // Connections per download for a file large enough to split (1..16, default 4).
    int downloadConnections() const;
    void setDownloadConnections(int count);

    // Total download bandwidth in KiB/s; 0: unlimited.
    qint64 bandwidthLimitKiBps() const;
    void setBandwidthLimitKiBps(qint64 limit);

    // Where downloads go; default: the platform's Downloads folder.
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    // Whether the user (or a test) chose a download folder; the window asks once when not.
    bool hasDownloadFolder() const;

    // Minutes between automatic refreshes of the tree and table; 0: off.
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);

    // The fleet overview's expected ages of the newest full backup (global, per product, per
    // instance), written in one atomic sync. Entries out of HealthThresholds' bounds in a
    // hand-edited file are clamped or dropped on reading.
    HealthThresholds healthThresholds() const;
    void setHealthThresholds(const HealthThresholds &thresholds);

    // Opaque UI state: window geometry, splitter and header state, keyed by name.
    QByteArray uiState(const QString &key) const;
    void setUiState(const QString &key, const QByteArray &state);

    // Whether the last write reached the disk; a translated reason otherwise.
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    static QString toString(Theme theme);
    static Theme themeFromString(const QString &name);

signals:
    void changed();
    // After changed(), when the health thresholds were among what changed.
    void healthThresholdsChanged();

private:
    void store(const QString &key, const QVariant &value);
    // Sets several keys with one sync (one temporary file and rename); false when none changed.
    bool storeAll(const QList<QPair<QString, QVariant>> &values);

    mutable QSettings m_settings;
    QString m_error;
};

} // namespace bb
