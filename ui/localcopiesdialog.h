#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bb {

class LocalCopiesController;

// The "Local copies" view: the rules file and its rules, the last runs with their outcome, per
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

private:
    void showState();

    LocalCopiesController *m_controller;
    QLabel *m_rules;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QListWidget *m_runs;
    QLabel *m_status;
    QPushButton *m_runNow;
    QPushButton *m_reload;
};

} // namespace bb
