#pragma once

#include "providers/core/backup.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;
class QGroupBox;

namespace bb {

// Every field of one backup: sizes human-readable (exact bytes on hover), the status as a
// coloured badge, local times (UTC on hover), URLs with copy buttons and their query strings
// masked until revealed, per-database / per-shard files and StarRocks subtasks as a nested
// table, and the provider's own fields as a key/value list.
class BackupDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDetailPane)

public:
    explicit BackupDetailPane(QWidget *parent = nullptr);

    void setBackup(const Backup &backup);
    void clear();
    const Backup &backup() const { return m_backup; }
    bool isEmpty() const { return m_backup.id.isEmpty(); }

    // For tests: the text and tooltip shown for a field label ("Size", "Start", ...).
    QString fieldText(const QString &label) const;
    QString fieldToolTip(const QString &label) const;
    QTableWidget *filesTable() const { return m_files; }
    QTableWidget *extraTable() const { return m_extra; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets the fixed texts, and rebuilds the shown backup's rows, in the current language.
    void retranslate();
    void addRow(const QString &label, const QString &text, const QString &toolTip = {});
    void addUrlRow(const QString &label, const QUrl &url);
    void fillFiles();
    void fillExtra();

    Backup m_backup;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_placeholder;
    QWidget *m_body;
    QFormLayout *m_form;
    QGroupBox *m_filesBox;
    QTableWidget *m_files;
    QGroupBox *m_extraBox;
    QTableWidget *m_extra;
};

} // namespace bb
