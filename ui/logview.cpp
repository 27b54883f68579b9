#include "ui/logview.h"

#include "models/logmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bb {

LogView::LogView(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_clear(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LogModel::TimeColumn, 150);
    m_view->setColumnWidth(LogModel::ActionColumn, 190);
    m_view->setColumnWidth(LogModel::InstanceColumn, 160);
    m_view->setColumnWidth(LogModel::RequestIdColumn, 260);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        // Follow new lines only when the user is already at the bottom.
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });

    connect(m_clear, &QToolButton::clicked, m_model, &LogModel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_clear, 0, Qt::AlignRight);
    retranslate();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogView::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the log"));
}

} // namespace bb
