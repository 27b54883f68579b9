#pragma once

#include "offsite/offsiterule.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace bb {

// The offsite rules of one rules file as a table the "Local copies" view lists and edits: add,
// replace and remove each check the rules as `sync` will read them and write the file at once
// (RuleFile::write, atomically). The file stays the user's: one that could not be read is never
// replaced (editing waits until it is fixed), nor one that changed on disk since it was read.
class RuleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Column { Name, Product, Account, Selection, Destination, ColumnCount };

    explicit RuleListModel(QObject *parent = nullptr);

    // Reads the rules file; none there: no rules. A rules file is a few KiB: read on the caller's
    // thread (the GUI's too).
    void load(const QString &path);
    QString path() const { return m_path; }
    const QList<OffsiteRule> &rules() const { return m_rules; }
    const OffsiteRule &rule(int row) const { return m_rules.at(row); }
    // The row of the rule named `name` (names are unique in a file); -1 when there is none. An
    // editor or a question open across a reload finds its rule again by name.
    int rowOf(const QString &name) const;
    // Why the file could not be read (translated); empty when it was or there is none.
    QString error() const { return m_error; }
    // False while the file could not be read: saving would replace what the user wrote.
    bool canEdit() const { return m_error.isEmpty(); }

    // Why `rule` cannot be saved in place of row `replacing` (-1: as a new rule), translated and
    // naming the field; empty when it can. The same checks as reading the file.
    QString check(const OffsiteRule &rule, int replacing = -1) const;
    // Each checks, writes the file and emits saved(); on failure nothing changes, here or on
    // disk, and the answer says why (translated). Removing the last rule removes the file: an
    // empty rules list is no rules file, as `sync` and this view read it.
    QString add(const OffsiteRule &rule);
    QString replace(int row, const OffsiteRule &rule);
    QString remove(int row);

    // "full, newest 7, 30 days, keep 7 daily": which backups a rule keeps, in one line.
    static QString describeSelection(const OffsiteRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void saved();

private:
    QString save(const QList<OffsiteRule> &rules);
    QString changedOnDisk() const;

    QString m_path;
    QList<OffsiteRule> m_rules;
    QJsonObject m_others; // the file's fields besides "rules", written back
    QString m_error;
    bool m_existed = false;
    QByteArray m_text; // the file as read (or written): a different one on disk is someone else's
};

} // namespace bb
