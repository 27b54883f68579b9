#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace bb {

class LogModel;

// The log dock: one line per API request (product, action, status, RequestId, duration,
// masked URL), following the newest line unless the user scrolled up to read.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LogModel *m_model;
    QTableView *m_view;
    QToolButton *m_clear;
};

} // namespace bb
