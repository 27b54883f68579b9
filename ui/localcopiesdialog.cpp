#include "ui/localcopiesdialog.h"

#include "models/confirmation.h"
#include "offsite/localcopiesmodel.h"
#include "offsite/rulelistmodel.h"
#include "session/localcopiescontroller.h"
#include "ui/confirmdialog.h"
#include "ui/ruleeditordialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bb {

LocalCopiesDialog::LocalCopiesDialog(LocalCopiesController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_rules(new QLabel(this))
    , m_ruleView(new QTableView(this))
    , m_addRule(new QPushButton(tr("&Add rule…"), this))
    , m_editRule(new QPushButton(tr("&Edit rule…"), this))
    , m_removeRule(new QPushButton(tr("Re&move rule…"), this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runs(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_runNow(new QPushButton(tr("Run &now"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setWindowTitle(tr("Local copies"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleView->setModel(controller->ruleList());
    m_ruleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleView->horizontalHeader()->setStretchLastSection(true);
    m_ruleView->verticalHeader()->hide();
    m_proxy->setSourceModel(controller->model());
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runNow, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_editRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addWidget(m_ruleView, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(new QLabel(tr("Local copies:"), this));
    layout->addWidget(m_view, 3);
    layout->addWidget(new QLabel(tr("Last runs:"), this));
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 680);

    connect(m_addRule, &QPushButton::clicked, this, &LocalCopiesDialog::addRule);
    connect(m_editRule, &QPushButton::clicked, this, &LocalCopiesDialog::editRule);
    connect(m_removeRule, &QPushButton::clicked, this, &LocalCopiesDialog::removeRule);
    connect(m_ruleView, &QTableView::doubleClicked, this, &LocalCopiesDialog::editRule);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LocalCopiesDialog::showState);

    connect(m_runNow, &QPushButton::clicked, controller, [controller] { controller->runNow(); });
    connect(m_reload, &QPushButton::clicked, controller, &LocalCopiesController::reload);
    connect(controller, &LocalCopiesController::reloaded, this, &LocalCopiesDialog::showState);
    connect(controller, &LocalCopiesController::runningChanged, this, &LocalCopiesDialog::showState);
    connect(controller, &LocalCopiesController::message, m_status, &QLabel::setText);
    connect(controller, &LocalCopiesController::pruneQuestion, this, [this](const Confirmation &question) {
        ConfirmDialog::ask(this, question, [this] { m_controller->runNow(true); });
    });
    showState();
}

void LocalCopiesDialog::showState()
{
    const QString path = QDir::toNativeSeparators(m_controller->rulesFile());
    QString text = m_controller->rules().isEmpty()
        ? tr("No rules: Add rule… writes them to %1, the file `sync` reads (see docs/cli.md, \"Sync\").")
              .arg(path)
        : tr("%n rule(s) from %1", nullptr, int(m_controller->rules().size())).arg(path);
    if (!m_controller->rulesError().isEmpty())
        text += u'\n' + m_controller->rulesError();
    m_rules->setText(text);
    m_runs->clear();
    for (const SyncRunRecord &run : m_controller->runs())
        m_runs->addItem(LocalCopiesController::describe(run));
    m_runNow->setEnabled(!m_controller->isRunning() && !m_controller->rules().isEmpty());
    m_reload->setEnabled(!m_controller->isRunning());
    // A file that could not be read is fixed by hand first; a run keeps its rules, but editing
    // waits for it so what is shown is what ran.
    const bool editable = m_controller->ruleList()->canEdit() && !m_controller->isRunning();
    m_addRule->setEnabled(editable);
    m_editRule->setEnabled(editable && selectedRule() >= 0);
    m_removeRule->setEnabled(editable && selectedRule() >= 0);
    m_ruleView->resizeColumnsToContents();
    m_view->resizeColumnsToContents();
}

int LocalCopiesDialog::selectedRule() const
{
    const QModelIndexList rows = m_ruleView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

RuleEditorDialog *LocalCopiesDialog::addRule()
{
    return openEditor(m_controller->newRule(), -1);
}

RuleEditorDialog *LocalCopiesDialog::editRule()
{
    const int row = selectedRule();
    return row < 0 ? nullptr : openEditor(m_controller->ruleList()->rule(row), row);
}

RuleEditorDialog *LocalCopiesDialog::openEditor(const OffsiteRule &rule, int row)
{
    RuleListModel *list = m_controller->ruleList();
    // The row is the rule's when the editor opened; saving finds it again by name, in case the
    // list was reloaded meanwhile.
    const QString originalName = rule.name;
    auto *editor = new RuleEditorDialog(
        rule, m_controller->accountNames(),
        [controller = m_controller, list, row, originalName](const OffsiteRule &candidate) {
            const QString problem = list->check(candidate, row < 0 ? -1 : list->rowOf(originalName));
            return problem.isEmpty() ? controller->accountProblem(candidate) : problem;
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, list, editor, row, originalName] {
        QString error;
        if (row < 0) {
            error = list->add(editor->rule());
        } else {
            const int at = list->rowOf(originalName);
            error = at < 0
                ? tr("The rule %1 is no longer in the rules file; nothing was saved.").arg(originalName)
                : list->replace(at, editor->rule());
        }
        m_status->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(list->path()))
                                          : error);
    });
    editor->open();
    return editor;
}

void LocalCopiesDialog::removeRule()
{
    const int row = selectedRule();
    if (row < 0)
        return;
    const QString name = m_controller->ruleList()->rule(row).name;
    ConfirmDialog::ask(this, m_controller->removeRuleConfirmation(row), [this, name] {
        RuleListModel *list = m_controller->ruleList();
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->rule(i).name == name) {
                const QString error = list->remove(i);
                m_status->setText(
                    error.isEmpty() ? tr("Removed the rule %1; its local copies stay.").arg(name) : error);
                return;
            }
        }
        m_status->setText(tr("The rule %1 is no longer in the rules file; nothing was removed.").arg(name));
    });
}

} // namespace bb
