#include "ui/backupdetailpane.h"

#include "models/displayformat.h"
#include "providers/core/apiclient.h"
#include "session/browsercontroller.h"
#include "ui/icons.h"
#include "ui/urlfield.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setMinimumHeight(90);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *cell = new QTableWidgetItem(text);
    if (!toolTip.isEmpty())
        cell->setToolTip(toolTip);
    return cell;
}

} // namespace

BackupDetailPane::BackupDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_filesBox(new QGroupBox(m_body))
    , m_files(makeTable(m_filesBox))
    , m_extraBox(new QGroupBox(m_body))
    , m_extra(makeTable(m_extraBox))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    // A long id has no place to wrap: the title gives way (full text in its tooltip), never the
    // status badge beside it.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_title->setObjectName(QStringLiteral("backupTitle"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);

    auto *filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->addWidget(m_files);
    auto *extraLayout = new QVBoxLayout(m_extraBox);
    extraLayout->addWidget(m_extra);
    m_extra->setColumnCount(2);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(head);
    bodyLayout->addLayout(m_form);
    bodyLayout->addWidget(m_filesBox);
    bodyLayout->addWidget(m_extraBox);
    bodyLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_placeholder, 1);
    innerLayout->addWidget(m_body);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
    clear();
}

void BackupDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupDetailPane::retranslate()
{
    m_placeholder->setText(tr("Select a backup to see its details."));
    m_filesBox->setTitle(tr("Files"));
    m_extraBox->setTitle(tr("Provider fields"));
    m_extra->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    // The field rows and the files' headers are made per backup: make them again.
    if (!isEmpty())
        setBackup(Backup(m_backup));
}

void BackupDetailPane::clear()
{
    m_backup = Backup();
    m_body->hide();
    m_placeholder->show();
}

void BackupDetailPane::addRow(const QString &label, const QString &text, const QString &toolTip)
{
    auto *value = new QLabel(orDash(text), m_body);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setToolTip(toolTip);
    value->setProperty("fieldLabel", label);
    m_form->addRow(label + QLatin1Char(':'), value);
}

void BackupDetailPane::addUrlRow(const QString &label, const QUrl &url)
{
    if (url.isEmpty()) {
        addRow(label, {});
        return;
    }
    auto *field = new UrlField(url, m_body);
    field->setProperty("fieldLabel", label);
    m_form->addRow(label + QLatin1Char(':'), field);
}

void BackupDetailPane::setBackup(const Backup &b)
{
    m_backup = b;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);

    m_title->setText(b.name.isEmpty() ? b.id : b.name);
    m_title->setToolTip(m_title->text());
    const QColor color = DisplayFormat::statusColor(b.status);
    m_badge->setText(DisplayFormat::status(b.status));
    m_badge->setToolTip(tr("Provider status: %1").arg(orDash(b.statusRaw)));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; }")
            .arg(color.name()));
    // Never narrower than its text: the title beside it wraps instead.
    m_badge->setMinimumWidth(m_badge->sizeHint().width());

    addRow(tr("Backup ID"), b.id);
    addRow(tr("Name"), b.name);
    addRow(tr("Instance"), b.instanceId);
    addRow(tr("Product"), BrowserController::productName(b.product), b.product);
    addRow(tr("Region"), b.region);
    addRow(tr("Status"), DisplayFormat::status(b.status), b.statusRaw);
    if (b.status == BackupStatus::Failed)
        addRow(tr("Failure"), DisplayFormat::failureReason(b));
    addRow(tr("Kind"), DisplayFormat::kind(b.kind));
    addRow(tr("Trigger"), DisplayFormat::trigger(b.trigger));
    addRow(tr("Method"), DisplayFormat::method(b.method));
    addRow(tr("Start"), DisplayFormat::localTime(b.start), DisplayFormat::utcTooltip(b.start));
    addRow(tr("End"), DisplayFormat::localTime(b.end), DisplayFormat::utcTooltip(b.end));
    const qint64 seconds = b.start.isValid() && b.end.isValid() ? b.start.secsTo(b.end) : -1;
    addRow(tr("Duration"), DisplayFormat::duration(seconds));
    addRow(tr("Expires"), DisplayFormat::localTime(b.expire), DisplayFormat::utcTooltip(b.expire));
    addRow(tr("Size"), DisplayFormat::size(b.sizeBytes),
           b.sizeBytes >= 0 ? DisplayFormat::exactBytes(b.sizeBytes) : QString());
    addRow(tr("Databases"), b.databases.join(QStringLiteral(", ")));
    addRow(tr("Checksum"),
           b.checksum.isEmpty() ? QString() : b.checksum.algorithm + QLatin1Char(' ') + b.checksum.value);
    addUrlRow(tr("External URL"), b.externalUrl);
    addUrlRow(tr("Internal URL"), b.internalUrl);
    if (!b.notDownloadableReason.isEmpty())
        addRow(tr("Download"), b.notDownloadableReason);

    fillFiles();
    fillExtra();
    m_placeholder->hide();
    m_body->show();
}

void BackupDetailPane::fillFiles()
{
    m_files->clear();
    m_filesBox->setVisible(!m_backup.files.isEmpty());
    if (m_backup.files.isEmpty())
        return;
    // StarRocks subtasks and Redis shards carry their own fields: one column per key.
    QStringList extraKeys;
    for (const BackupFile &file : m_backup.files) {
        for (const Field &f : file.extra) {
            if (!extraKeys.contains(f.key))
                extraKeys.append(f.key);
        }
    }
    QStringList headers {tr("Name"),     tr("Database"),     tr("Size"),
                         tr("Checksum"), tr("External URL"), tr("Internal URL")};
    headers += extraKeys;
    m_files->setColumnCount(static_cast<int>(headers.size()));
    m_files->setHorizontalHeaderLabels(headers);
    m_files->setRowCount(static_cast<int>(m_backup.files.size()));
    for (int r = 0; r < m_backup.files.size(); ++r) {
        const BackupFile &file = m_backup.files.at(r);
        m_files->setItem(r, 0, item(file.name));
        m_files->setItem(r, 1, item(file.database));
        m_files->setItem(r, 2,
                         item(DisplayFormat::size(file.sizeBytes),
                              file.sizeBytes >= 0 ? DisplayFormat::exactBytes(file.sizeBytes) : QString()));
        m_files->setItem(
            r, 3, item(file.checksum.isEmpty() ? QString() : file.checksum.value, file.checksum.algorithm));
        // Masked here too; the Copy submenu and the URL fields give the full address.
        m_files->setItem(r, 4,
                         item(file.externalUrl.isEmpty() ? QString() : ApiClient::maskUrl(file.externalUrl)));
        m_files->setItem(r, 5,
                         item(file.internalUrl.isEmpty() ? QString() : ApiClient::maskUrl(file.internalUrl)));
        for (const Field &f : file.extra)
            m_files->setItem(r, 6 + static_cast<int>(extraKeys.indexOf(f.key)), item(f.value));
    }
    m_files->resizeColumnsToContents();
}

void BackupDetailPane::fillExtra()
{
    m_extra->setRowCount(static_cast<int>(m_backup.extra.size()));
    m_extraBox->setVisible(!m_backup.extra.isEmpty());
    for (int r = 0; r < m_backup.extra.size(); ++r) {
        const Field &f = m_backup.extra.at(r);
        m_extra->setItem(r, 0, item(f.key));
        m_extra->setItem(r, 1, item(f.value, f.value));
    }
    m_extra->resizeColumnToContents(0);
}

QString BackupDetailPane::fieldText(const QString &label) const
{
    for (QWidget *w : m_body->findChildren<QWidget *>()) {
        if (w->property("fieldLabel").toString() != label)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            return l->text();
        if (auto *u = qobject_cast<UrlField *>(w))
            return u->shownText();
    }
    return {};
}

QString BackupDetailPane::fieldToolTip(const QString &label) const
{
    for (QWidget *w : m_body->findChildren<QWidget *>()) {
        if (w->property("fieldLabel").toString() == label)
            return w->toolTip();
    }
    return {};
}

} // namespace bb
