#pragma once

#include "models/createbackupoptions.h"
#include "providers/core/backupservice.h"
#include "providers/core/instance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bb {

// Backup → Create: offers only what the instance's product accepts (CreateBackupOptions);
// a product without on-demand backups explains why instead of showing a form.
class CreateBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateBackupDialog)

public:
    CreateBackupDialog(const Instance &instance, const Capabilities &caps, QWidget *parent = nullptr);

    const CreateBackupOptions &options() const { return m_options; }
    // Valid after the dialog was accepted.
    const CreateBackupRequest &request() const { return m_request; }
    // The inline error of the last failed accept (empty when none).
    QString errorText() const;

    QPlainTextEdit *databasesEdit() const { return m_databases; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *methodCombo() const { return m_method; }
    QSpinBox *daysSpin() const { return m_days; }
    QCheckBox *keepCheck() const { return m_keep; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The accept button ("Create"); null when the product has no on-demand backups.
    QPushButton *createButton() const { return m_create; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Instance m_instance;
    Capabilities m_caps;
    CreateBackupOptions m_options;
    QLabel *m_intro;
    QLabel *m_why = nullptr; // why the product has no on-demand backups
    QFormLayout *m_form = nullptr;
    CreateBackupRequest m_request;
    QPlainTextEdit *m_databases = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_keep = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace bb
