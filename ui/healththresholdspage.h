#pragma once

#include "models/healththresholds.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bb {

// Settings → Fleet health: the expected age of the newest full backup for every instance, per
// product and per instance, in hours (HealthThresholds). A product's or instance's 0 means "not
// its own": the next threshold applies. A value left as shown keeps the stored seconds, so a
// threshold written elsewhere in minutes is not rounded by opening the dialog.
class HealthThresholdsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthThresholdsPage)

public:
    static constexpr int maxHours = int(HealthThresholds::maxSeconds / 3600);

    explicit HealthThresholdsPage(QWidget *parent = nullptr);

    void setThresholds(const HealthThresholds &thresholds);
    HealthThresholds thresholds() const;

    QSpinBox *globalSpin() const { return m_global; }
    QSpinBox *productSpin(const QString &product) const { return m_products.value(product); }
    QTableWidget *instanceTable() const { return m_instances; }
    QLineEdit *newInstanceEdit() const { return m_newInstance; }
    QSpinBox *newInstanceSpin() const { return m_newHours; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { InstanceColumn, HoursColumn };

    void retranslate();
    void addInstanceRow(const QString &instanceId, qint64 seconds);
    void addFromFields();
    void removeSelected();
    int rowOf(const QString &instanceId) const;
    QSpinBox *hoursSpin(qint64 seconds, int minimum);
    // The spin's hours in seconds; the loaded seconds when the spin still shows them.
    static qint64 secondsOf(const QSpinBox *spin, qint64 loadedSeconds);

    HealthThresholds m_loaded;
    QFormLayout *m_form;
    QLabel *m_intro;
    QSpinBox *m_global;
    QGroupBox *m_productBox;
    QFormLayout *m_productForm;
    QHash<QString, QSpinBox *> m_products;
    QGroupBox *m_instanceBox;
    QTableWidget *m_instances;
    QLineEdit *m_newInstance;
    QSpinBox *m_newHours;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace bb
