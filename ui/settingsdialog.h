#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace bb {

class HealthThresholdsPage;
class Settings;

// File → Settings: theme, language, parallel downloads, bandwidth limit, download folder and
// auto-refresh on the General page; the fleet overview's thresholds on the Fleet health page
// (HealthThresholdsPage). Reads from and writes to Settings on accept; the main window applies them (a new
// language at once, to every open window).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QSpinBox *connectionsSpin() const { return m_connections; }
    QSpinBox *bandwidthSpin() const { return m_bandwidth; }
    QSpinBox *autoRefreshSpin() const { return m_autoRefresh; }
    QLineEdit *folderEdit() const { return m_folder; }
    QTabWidget *tabs() const { return m_tabs; }
    HealthThresholdsPage *healthPage() const { return m_health; }
    // Opens on the Fleet health page (the fleet overview's way in).
    void showHealthPage();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Settings *m_settings;
    QFormLayout *m_form;
    QPushButton *m_browse;
    QHBoxLayout *m_folderRow;
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_parallel;
    QSpinBox *m_connections;
    QSpinBox *m_bandwidth;
    QSpinBox *m_autoRefresh;
    QLineEdit *m_folder;
    QTabWidget *m_tabs;
    QWidget *m_general;
    HealthThresholdsPage *m_health;
};

} // namespace bb
