#pragma once

#include <QIdentityProxyModel>
#include <QWidget>

class QTreeView;

namespace bb {

class AppContext;
class InstanceTreeModel;

// Adds the tree's icons (cloud, product, region, instance status) to InstanceTreeModel;
// pictures are the ui's business, so the model stays free of them.
class TreeIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeIconProxy)

public:
    TreeIconProxy(AppContext *context, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    AppContext *m_context;
};

// The account → product → region → instance tree in its dock, loaded lazily as nodes expand.
class InstanceTreePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTreePane)

public:
    InstanceTreePane(AppContext *context, InstanceTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Maps between the view's (proxy) indexes and the model's.
    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(const QModelIndex &modelIndex) const;
    QModelIndex currentSourceIndex() const;
    void setCurrentSourceIndex(const QModelIndex &modelIndex);

signals:
    // The user picked a node (source index of InstanceTreeModel).
    void nodeSelected(const QModelIndex &modelIndex);

private:
    InstanceTreeModel *m_model;
    TreeIconProxy *m_proxy;
    QTreeView *m_view;
};

} // namespace bb
