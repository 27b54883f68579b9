#include "ui/settingsdialog.h"

#include "app/core/settings.h"
#include "translations/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_parallel(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_autoRefresh(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));

    m_theme->addItem(tr("System"), static_cast<int>(Settings::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(settings->theme())));

    m_language->addItem(tr("System language"), QString());
    for (const LanguageManager::Language &lang : LanguageManager::available())
        m_language->addItem(lang.nativeName, lang.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));

    m_parallel->setRange(1, 16);
    m_parallel->setValue(settings->parallelDownloads());

    m_bandwidth->setRange(0, 10 * 1024 * 1024);
    m_bandwidth->setSingleStep(1024);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_bandwidth->setValue(
        static_cast<int>(std::min<qint64>(settings->bandwidthLimitKiBps(), m_bandwidth->maximum())));

    m_autoRefresh->setRange(0, 24 * 60);
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setValue(settings->autoRefreshMinutes());

    m_folder->setText(settings->downloadFolder());
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Parallel downloads:"), m_parallel);
    form->addRow(tr("Bandwidth limit:"), m_bandwidth);
    form->addRow(tr("Download folder:"), folderRow);
    form->addRow(tr("Auto-refresh every:"), m_autoRefresh);

    auto *note
        = new QLabel(tr("A new language applies to windows opened from now on; restart for the rest."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setTheme(static_cast<Settings::Theme>(m_theme->currentData().toInt()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setParallelDownloads(m_parallel->value());
    m_settings->setBandwidthLimitKiBps(m_bandwidth->value());
    m_settings->setDownloadFolder(m_folder->text());
    m_settings->setAutoRefreshMinutes(m_autoRefresh->value());
    QDialog::accept();
}

} // namespace bb
