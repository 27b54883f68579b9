#pragma once

#include "offsite/offsiterule.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bb {

class LocalCopiesController;
class RuleEditorDialog;

// The "Local copies" view: the rules file and its rules (added, edited and removed here through
// RuleEditorDialog and the controller's RuleListModel), the last runs with their outcome, per
// instance the newest local copy and its age, and "Run now". Layout only; LocalCopiesController
// does the work and asks before anything is removed.
class LocalCopiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCopiesDialog)

public:
    explicit LocalCopiesDialog(LocalCopiesController *controller, QWidget *parent = nullptr);

    LocalCopiesController *controller() const { return m_controller; }
    QTableView *view() const { return m_view; }
    QListWidget *runs() const { return m_runs; }
    QPushButton *runNowButton() const { return m_runNow; }
    QLabel *rulesLabel() const { return m_rules; }
    QTableView *rulesView() const { return m_ruleView; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *editRuleButton() const { return m_editRule; }
    QPushButton *removeRuleButton() const { return m_removeRule; }
    QLabel *statusLabel() const { return m_status; }

    // Open the editor (window-modal, without blocking; it saves when accepted) or the question.
    RuleEditorDialog *addRule();
    RuleEditorDialog *editRule();
    void removeRule();

private:
    void showState();
    int selectedRule() const;
    RuleEditorDialog *openEditor(const OffsiteRule &rule, int row);

    LocalCopiesController *m_controller;
    QLabel *m_rules;
    QTableView *m_ruleView;
    QPushButton *m_addRule;
    QPushButton *m_editRule;
    QPushButton *m_removeRule;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QListWidget *m_runs;
    QLabel *m_status;
    QPushButton *m_runNow;
    QPushButton *m_reload;
};

} // namespace bb
