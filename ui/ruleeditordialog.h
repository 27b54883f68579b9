#pragma once

#include "offsite/offsiterule.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bb {

// Add rule… / Edit rule… in the "Local copies" view: one offsite rule's fields (which backups,
// where, how they are fetched, how long local copies stay). OK stays disabled while the rule
// cannot be saved, and the reason shows; the checks are the rules file's own (`check`, usually
// RuleListModel::check). Layout only: the caller saves rule() once the dialog is accepted.
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)

public:
    using Check = std::function<QString(const OffsiteRule &)>;

    // `accounts`: the aliases a rule may name (the rule's own is kept when it is not among them).
    RuleEditorDialog(const OffsiteRule &rule, const QStringList &accounts, Check check,
                     QWidget *parent = nullptr);

    // The rule as the fields say.
    OffsiteRule rule() const;
    // Why the rule cannot be saved (translated); empty when OK is enabled.
    QString problem() const { return m_why; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *accountCombo() const { return m_account; }
    QComboBox *productCombo() const { return m_product; }
    QLineEdit *regionsEdit() const { return m_regions; }
    QPlainTextEdit *instancesEdit() const { return m_instances; }
    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *newestSpin() const { return m_newest; }
    QSpinBox *daysSpin() const { return m_days; }
    QLineEdit *destinationEdit() const { return m_destination; }
    QPushButton *chooseButton() const { return m_choose; }
    QLineEdit *layoutEdit() const { return m_layout; }
    QLabel *previewLabel() const { return m_preview; }
    QComboBox *networkCombo() const { return m_network; }
    QSpinBox *connectionsSpin() const { return m_connections; }
    QSpinBox *connectionsPerFileSpin() const { return m_connectionsPerFile; }
    QSpinBox *bandwidthSpin() const { return m_bandwidth; }
    QCheckBox *pruneCheck() const { return m_prune; }
    QSpinBox *keepLastSpin() const { return m_keepLast; }
    QSpinBox *keepWithinDaysSpin() const { return m_keepWithinDays; }
    QSpinBox *keepDailySpin() const { return m_daily; }
    QSpinBox *keepWeeklySpin() const { return m_weekly; }
    QSpinBox *keepMonthlySpin() const { return m_monthly; }
    QSpinBox *keepYearlySpin() const { return m_yearly; }
    QSpinBox *keepMinimumSpin() const { return m_minimum; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void showRule(const OffsiteRule &rule);
    void update();
    void chooseDestination();

    OffsiteRule m_original; // what the dialog opened with: fields it cannot show exactly stay
    Check m_check;
    QString m_why;
    QLineEdit *m_name;
    QComboBox *m_account;
    QComboBox *m_product;
    QLineEdit *m_regions;
    QPlainTextEdit *m_instances;
    QComboBox *m_kind;
    QSpinBox *m_newest;
    QSpinBox *m_days;
    QLineEdit *m_destination;
    QPushButton *m_choose;
    QLineEdit *m_layout;
    QLabel *m_preview;
    QComboBox *m_network;
    QSpinBox *m_connections;
    QSpinBox *m_connectionsPerFile;
    QSpinBox *m_bandwidth; // KiB/s
    QCheckBox *m_prune;
    QSpinBox *m_keepLast;
    QSpinBox *m_keepWithinDays;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_yearly;
    QSpinBox *m_minimum;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace bb
