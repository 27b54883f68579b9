#include "ui/instancetreepane.h"

#include "models/displayformat.h"
#include "models/instancetreemodel.h"
#include "session/appcontext.h"
#include "ui/icons.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace bb {

TreeIconProxy::TreeIconProxy(AppContext *context, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_context(context)
{ }

QVariant TreeIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != InstanceTreeModel::NameColumn)
        return QIdentityProxyModel::data(index, role);
    const auto type
        = static_cast<InstanceTreeModel::NodeType>(index.data(InstanceTreeModel::NodeTypeRole).toInt());
    switch (type) {
    case InstanceTreeModel::NodeType::Account: {
        const auto account = m_context->account(index.data(InstanceTreeModel::AccountIdRole).toString());
        if (account && account->builtInSandbox)
            return Icons::forCloud(QStringLiteral("sandbox"));
        return Icons::forCloud(account && account->cloud == Cloud::Alibaba ? QStringLiteral("alibaba")
                                                                           : QStringLiteral("tencent"));
    }
    case InstanceTreeModel::NodeType::Product:
        return Icons::named(QStringLiteral("product"));
    case InstanceTreeModel::NodeType::Region: {
        const auto state
            = static_cast<InstanceTreeModel::LoadState>(index.data(InstanceTreeModel::LoadStateRole).toInt());
        if (state == InstanceTreeModel::LoadState::Failed)
            return Icons::named(QStringLiteral("status-error"));
        return Icons::named(QStringLiteral("region"));
    }
    case InstanceTreeModel::NodeType::Instance:
        return Icons::forInstanceStatus(index.data(ModelRoles::RecordRole).value<Instance>().status);
    }
    return {};
}

InstanceTreePane::InstanceTreePane(AppContext *context, InstanceTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TreeIconProxy(context, this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("instanceTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(InstanceTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(InstanceTreeModel::StatusColumn, QHeaderView::Interactive);
    // Names need the room (full names are in the tooltips): a narrower indent and a status
    // column as wide as its words.
    m_view->setIndentation(std::min(m_view->indentation(), 14));
    int status = m_view->fontMetrics().horizontalAdvance(tr("Status"));
    for (InstanceStatus s : {InstanceStatus::Running, InstanceStatus::Stopped, InstanceStatus::Creating})
        status = std::max(status, m_view->fontMetrics().horizontalAdvance(DisplayFormat::instanceStatus(s)));
    m_view->header()->resizeSection(InstanceTreeModel::StatusColumn, status + 16);
    m_view->header()->setSectionResizeMode(InstanceTreeModel::BackupsColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit nodeSelected(toSource(current)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QModelIndex InstanceTreePane::toSource(const QModelIndex &viewIndex) const
{
    return m_proxy->mapToSource(viewIndex).siblingAtColumn(0);
}

QModelIndex InstanceTreePane::fromSource(const QModelIndex &modelIndex) const
{
    return m_proxy->mapFromSource(modelIndex);
}

QModelIndex InstanceTreePane::currentSourceIndex() const
{
    return toSource(m_view->currentIndex());
}

void InstanceTreePane::setCurrentSourceIndex(const QModelIndex &modelIndex)
{
    const QModelIndex index = fromSource(modelIndex);
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace bb
