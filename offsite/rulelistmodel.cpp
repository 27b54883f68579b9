#include "offsite/rulelistmodel.h"

#include <QDir>
#include <QFile>

namespace bb {

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RuleListModel::load(const QString &path)
{
    beginResetModel();
    m_path = path;
    m_rules.clear();
    m_others = {};
    m_error.clear();
    m_text.clear();
    QFile file(path);
    m_existed = file.exists();
    if (m_existed) {
        if (file.open(QIODevice::ReadOnly)) {
            m_text = file.read(RuleFile::maxBytes + 1);
            RuleFile read = RuleFile::parse(m_text, path);
            m_rules = read.rules;
            m_others = read.others;
            m_error = read.error;
        } else {
            m_error = RuleFile::read(path).error;
        }
    }
    endResetModel();
}

int RuleListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).name == name)
            return i;
    }
    return -1;
}

QString RuleListModel::check(const OffsiteRule &rule, int replacing) const
{
    if (!canEdit())
        return tr("The rules file cannot be read; fix it first: %1").arg(m_error);
    if (const QString problem = rule.problem(); !problem.isEmpty())
        return problem;
    for (int i = 0; i < m_rules.size(); ++i) {
        if (i != replacing && m_rules.at(i).name == rule.name)
            return tr("name: '%1' names another rule too").arg(rule.name);
    }
    if (replacing < 0 && m_rules.size() >= RuleFile::maxRules)
        return tr("a rules file holds at most %1 rules").arg(RuleFile::maxRules);
    return {};
}

QString RuleListModel::add(const OffsiteRule &rule)
{
    if (const QString why = check(rule); !why.isEmpty())
        return why;
    QList<OffsiteRule> rules = m_rules;
    rules << rule;
    return save(rules);
}

QString RuleListModel::replace(int row, const OffsiteRule &rule)
{
    if (row < 0 || row >= m_rules.size())
        return tr("no rule in row %1").arg(row + 1);
    if (const QString why = check(rule, row); !why.isEmpty())
        return why;
    QList<OffsiteRule> rules = m_rules;
    rules[row] = rule;
    return save(rules);
}

QString RuleListModel::remove(int row)
{
    if (row < 0 || row >= m_rules.size())
        return tr("no rule in row %1").arg(row + 1);
    if (!canEdit())
        return tr("The rules file cannot be read; fix it first: %1").arg(m_error);
    QList<OffsiteRule> rules = m_rules;
    rules.removeAt(row);
    return save(rules);
}

QString RuleListModel::changedOnDisk() const
{
    QFile file(m_path);
    const bool exists = file.exists();
    QByteArray now;
    if (exists && file.open(QIODevice::ReadOnly))
        now = file.read(RuleFile::maxBytes + 1);
    if (exists == m_existed && now == m_text)
        return {};
    return tr("%1 changed on disk since it was read (another program or a person edited it); nothing was "
              "saved: Reload, then edit again")
        .arg(QDir::toNativeSeparators(m_path));
}

QString RuleListModel::save(const QList<OffsiteRule> &rules)
{
    if (const QString why = changedOnDisk(); !why.isEmpty())
        return why;
    RuleFile file;
    file.rules = rules;
    file.others = m_others;
    // A rules file is a few KiB: written on the caller's thread (the GUI's too), atomically.
    if (rules.isEmpty()) {
        QFile gone(m_path);
        if (gone.exists() && !gone.remove())
            return tr("cannot remove the rules file %1: %2")
                .arg(QDir::toNativeSeparators(m_path), gone.errorString());
    } else if (const QString error = file.write(m_path); !error.isEmpty()) {
        return error;
    }
    beginResetModel();
    m_rules = rules;
    m_existed = !rules.isEmpty();
    m_text = m_existed ? file.toJson() : QByteArray();
    endResetModel();
    emit saved();
    return {};
}

QString RuleListModel::describeSelection(const OffsiteRule &rule)
{
    QStringList parts;
    switch (rule.kinds) {
    case OffsiteRule::Kinds::Full:
        parts << tr("full");
        break;
    case OffsiteRule::Kinds::Log:
        parts << tr("log");
        break;
    case OffsiteRule::Kinds::All:
        parts << tr("full and log");
        break;
    }
    if (rule.newest > 0)
        parts << tr("newest %1").arg(rule.newest);
    if (rule.days > 0)
        parts << tr("%n day(s)", nullptr, rule.days);
    if (rule.retentionSet) {
        const RetentionSpec &s = rule.retention;
        QStringList keep;
        if (s.last > 0)
            keep << tr("last %1").arg(s.last);
        if (s.withinDays > 0)
            keep << tr("%n day(s)", nullptr, s.withinDays);
        if (s.daily > 0)
            keep << tr("%1 daily").arg(s.daily);
        if (s.weekly > 0)
            keep << tr("%1 weekly").arg(s.weekly);
        if (s.monthly > 0)
            keep << tr("%1 monthly").arg(s.monthly);
        if (s.yearly > 0)
            keep << tr("%1 yearly").arg(s.yearly);
        parts << tr("keep %1").arg(keep.join(QStringLiteral(" ")));
    }
    if (!rule.prune)
        parts << tr("no pruning");
    return parts.join(QStringLiteral(", "));
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size() || role != Qt::DisplayRole)
        return {};
    const OffsiteRule &rule = m_rules.at(index.row());
    switch (index.column()) {
    case Name:
        return rule.name;
    case Product:
        return rule.product;
    case Account:
        return rule.account.isEmpty() ? tr("(command-line credentials)") : rule.account;
    case Selection:
        return describeSelection(rule);
    case Destination:
        return QDir::toNativeSeparators(rule.destination);
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rule");
    case Product:
        return tr("Product");
    case Account:
        return tr("Account");
    case Selection:
        return tr("Backups");
    case Destination:
        return tr("Destination");
    default:
        return {};
    }
}

} // namespace bb
