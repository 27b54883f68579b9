#include "ui/settingsdialog.h"

#include "session/settings.h"
#include "translations/languagemanager.h"
#include "ui/healththresholdspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bb {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_form(new QFormLayout)
    , m_browse(new QPushButton(this))
    , m_folderRow(new QHBoxLayout)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_parallel(new QSpinBox(this))
    , m_connections(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_autoRefresh(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_general(new QWidget(m_tabs))
    , m_health(new HealthThresholdsPage(m_tabs))
{
    // Item texts come from retranslate(); the data is what gets saved.
    for (Settings::Theme theme : {Settings::Theme::System, Settings::Theme::Light, Settings::Theme::Dark})
        m_theme->addItem(QString(), static_cast<int>(theme));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(settings->theme())));

    m_language->addItem(QString(), QString());
    for (const LanguageManager::Language &lang : LanguageManager::available())
        m_language->addItem(lang.nativeName, lang.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));

    m_parallel->setRange(1, 16);
    m_parallel->setValue(settings->parallelDownloads());

    m_connections->setRange(1, 16); // DownloadManager's bounds
    m_connections->setValue(settings->downloadConnections());

    m_bandwidth->setRange(0, 10 * 1024 * 1024);
    m_bandwidth->setSingleStep(1024);
    m_bandwidth->setValue(
        static_cast<int>(std::min<qint64>(settings->bandwidthLimitKiBps(), m_bandwidth->maximum())));

    m_autoRefresh->setRange(0, 24 * 60);
    m_autoRefresh->setValue(settings->autoRefreshMinutes());

    m_folder->setText(settings->downloadFolder());
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_folderRow->addWidget(m_folder, 1);
    m_folderRow->addWidget(m_browse);

    // Label texts are set by retranslate(), which finds them with labelForField().
    auto labelFor = [this](QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        return label;
    };
    m_form->addRow(labelFor(m_theme), m_theme);
    m_form->addRow(labelFor(m_language), m_language);
    m_form->addRow(labelFor(m_parallel), m_parallel);
    m_form->addRow(labelFor(m_connections), m_connections);
    m_form->addRow(labelFor(m_bandwidth), m_bandwidth);
    m_form->addRow(labelFor(m_folder), m_folderRow);
    m_form->addRow(labelFor(m_autoRefresh), m_autoRefresh);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_health->setThresholds(settings->healthThresholds());
    auto *generalLayout = new QVBoxLayout(m_general);
    generalLayout->addLayout(m_form);
    generalLayout->addStretch(1);
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_health, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    retranslate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_health), tr("Fleet health"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_language->setItemText(0, tr("System language"));
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_browse->setText(tr("Browse…"));

    auto label = [](QWidget *shown, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(shown))
            l->setText(text);
    };
    label(m_form->labelForField(m_theme), tr("Theme:"));
    label(m_form->labelForField(m_language), tr("Language:"));
    label(m_form->labelForField(m_parallel), tr("Parallel downloads:"));
    label(m_form->labelForField(m_connections), tr("Connections per download:"));
    m_connections->setToolTip(
        tr("Large files (16 MiB and more, with an exact size) are fetched in byte ranges over up to this "
           "many connections; smaller ones, and servers that refuse ranges, use one."));
    label(m_form->labelForField(m_bandwidth), tr("Bandwidth limit:"));
    label(m_form->labelForField(m_folderRow), tr("Download folder:"));
    label(m_form->labelForField(m_autoRefresh), tr("Auto-refresh every:"));
}

void SettingsDialog::accept()
{
    m_settings->setTheme(static_cast<Settings::Theme>(m_theme->currentData().toInt()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setParallelDownloads(m_parallel->value());
    m_settings->setDownloadConnections(m_connections->value());
    m_settings->setBandwidthLimitKiBps(m_bandwidth->value());
    m_settings->setDownloadFolder(m_folder->text());
    m_settings->setAutoRefreshMinutes(m_autoRefresh->value());
    m_settings->setHealthThresholds(m_health->thresholds());
    QDialog::accept();
}

void SettingsDialog::showHealthPage()
{
    m_tabs->setCurrentWidget(m_health);
}

} // namespace bb
