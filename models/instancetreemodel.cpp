#include "models/instancetreemodel.h"

#include "models/displayformat.h"
#include "models/modelrepaint.h"

#include <QEvent>
#include <QPointer>

#include <algorithm>

namespace bb {

struct InstanceTreeModel::Node
{
    NodeType type = NodeType::Account;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString accountId;
    QString product;
    QString region;
    QString name;
    Instance instance;
    LoadState state = LoadState::NotLoaded; // region nodes
    QString error; // region nodes, translated
    quint64 token = 0; // region nodes: the load whose answer counts
    int backups = -1; // instance nodes
    int health = -1; // instance nodes: HealthState as int, -1 not judged

    Node *add(NodeType childType, const QString &childName)
    {
        auto child = std::make_unique<Node>();
        child->type = childType;
        child->parent = this;
        child->accountId = accountId;
        child->product = product;
        child->region = region;
        child->name = childName;
        children.push_back(std::move(child));
        return children.back().get();
    }

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return -1;
    }
};

InstanceTreeModel::InstanceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

InstanceTreeModel::~InstanceTreeModel() = default;

void InstanceTreeModel::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

void InstanceTreeModel::setAccounts(const QList<AccountEntry> &accounts)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    ++m_generation; // answers to loads of the old tree are ignored
    for (const AccountEntry &account : accounts) {
        Node *accountNode = m_root->add(NodeType::Account, account.name);
        accountNode->accountId = account.id;
        for (const ProductEntry &product : account.products) {
            Node *productNode = accountNode->add(NodeType::Product, product.displayName);
            productNode->product = product.key;
            for (const QString &region : product.regions) {
                Node *regionNode = productNode->add(NodeType::Region, region);
                regionNode->region = region;
            }
        }
    }
    endResetModel();
}

InstanceTreeModel::Node *InstanceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex InstanceTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex InstanceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[static_cast<size_t>(row)].get());
}

QModelIndex InstanceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int InstanceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int InstanceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool InstanceTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node->type == NodeType::Region && parent.isValid())
        return node->state == LoadState::NotLoaded || !node->children.empty();
    return !node->children.empty();
}

bool InstanceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return parent.isValid() && node->type == NodeType::Region && node->state == LoadState::NotLoaded;
}

void InstanceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startLoad(nodeOf(parent));
}

void InstanceTreeModel::collectRegions(Node *node, QList<Node *> &out) const
{
    if (node->type == NodeType::Region && node != m_root.get()) {
        out.append(node);
        return;
    }
    for (const auto &child : node->children)
        collectRegions(child.get(), out);
}

void InstanceTreeModel::load(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (node->type == NodeType::Instance)
        node = node->parent;
    QList<Node *> regions;
    collectRegions(node, regions);
    for (Node *region : std::as_const(regions)) {
        if (region->state == LoadState::NotLoaded)
            startLoad(region);
    }
}

void InstanceTreeModel::refresh(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (node->type == NodeType::Instance)
        node = node->parent;
    QList<Node *> regions;
    collectRegions(node, regions);
    for (Node *region : std::as_const(regions))
        startLoad(region);
}

void InstanceTreeModel::startLoad(Node *region)
{
    if (!m_loader)
        return;
    region->state = LoadState::Loading;
    region->error.clear();
    region->token = ++m_generation;
    emitChangedUpwards(region);

    QPointer<InstanceTreeModel> self(this);
    const QString accountId = region->accountId;
    const QString product = region->product;
    const QString regionName = region->region;
    const quint64 token = region->token;
    // The answer is applied on a later event-loop turn, whatever thread or moment the loader
    // calls back from, so that no rows change while a view is inside fetchMore().
    m_loader(accountId, product, regionName,
             [self, accountId, product, regionName, token](const QList<Instance> &instances,
                                                           const ProviderError &error) {
                 if (!self)
                     return;
                 QMetaObject::invokeMethod(
                     self.data(),
                     [self, accountId, product, regionName, token, instances, error] {
                         if (self)
                             self->applyLoad(accountId, product, regionName, token, instances, error);
                     },
                     Qt::QueuedConnection);
             });
}

InstanceTreeModel::Node *InstanceTreeModel::findRegion(const QString &accountId, const QString &product,
                                                       const QString &region) const
{
    for (const auto &account : m_root->children) {
        if (account->accountId != accountId)
            continue;
        for (const auto &productNode : account->children) {
            if (productNode->product != product)
                continue;
            for (const auto &regionNode : productNode->children) {
                if (regionNode->region == region)
                    return regionNode.get();
            }
        }
    }
    return nullptr;
}

InstanceTreeModel::Node *InstanceTreeModel::findInstance(const QString &accountId, const QString &product,
                                                         const QString &instanceId) const
{
    for (const auto &account : m_root->children) {
        if (account->accountId != accountId)
            continue;
        for (const auto &productNode : account->children) {
            if (productNode->product != product)
                continue;
            for (const auto &regionNode : productNode->children) {
                for (const auto &instanceNode : regionNode->children) {
                    if (instanceNode->instance.id == instanceId)
                        return instanceNode.get();
                }
            }
        }
    }
    return nullptr;
}

void InstanceTreeModel::applyLoad(const QString &accountId, const QString &product, const QString &regionName,
                                  quint64 token, const QList<Instance> &instances, const ProviderError &error)
{
    Node *region = findRegion(accountId, product, regionName);
    if (!region || region->token != token)
        return; // the tree was rebuilt or a newer load is under way
    const QModelIndex regionIndex = indexOf(region);
    if (error.isError()) {
        region->state = LoadState::Failed;
        region->error = error.toString();
        emitChangedUpwards(region);
        emit loadFailed(accountId, product, regionName, error);
        emit regionLoaded(regionIndex);
        return;
    }

    // Merge: rows that are gone are removed, rows still there update in place (keeping their
    // backup counts), new rows are appended.
    QHash<QString, const Instance *> incoming;
    for (const Instance &instance : instances)
        incoming.insert(instance.id, &instance);
    for (int row = static_cast<int>(region->children.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(region->children[static_cast<size_t>(row)]->instance.id)) {
            beginRemoveRows(regionIndex, row, row);
            region->children.erase(region->children.begin() + row);
            endRemoveRows();
        }
    }
    QList<const Instance *> fresh;
    for (const Instance &instance : instances) {
        Node *existing = nullptr;
        for (const auto &child : region->children) {
            if (child->instance.id == instance.id)
                existing = child.get();
        }
        if (existing) {
            existing->instance = instance;
            existing->name = instance.name.isEmpty() ? instance.id : instance.name;
            emit dataChanged(indexOf(existing, 0), indexOf(existing, ColumnCount - 1));
        } else if (incoming.value(instance.id) == &instance) { // first of duplicate ids only
            fresh.append(&instance);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(region->children.size());
        beginInsertRows(regionIndex, first, first + static_cast<int>(fresh.size()) - 1);
        for (const Instance *instance : std::as_const(fresh)) {
            Node *node
                = region->add(NodeType::Instance, instance->name.isEmpty() ? instance->id : instance->name);
            node->instance = *instance;
        }
        endInsertRows();
    }
    region->state = LoadState::Loaded;
    emitChangedUpwards(region);
    emit regionLoaded(regionIndex);
}

void InstanceTreeModel::emitChangedUpwards(const Node *node)
{
    for (; node && node != m_root.get(); node = node->parent)
        emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

int InstanceTreeModel::backupCount(const Node *node) const
{
    if (node->type == NodeType::Instance)
        return node->backups;
    int sum = -1;
    for (const auto &child : node->children) {
        const int count = backupCount(child.get());
        if (count >= 0)
            sum = (sum < 0 ? 0 : sum) + count;
    }
    return sum;
}

int InstanceTreeModel::worstHealth(const Node *node) const
{
    if (node->type == NodeType::Instance)
        return node->health;
    int worst = -1;
    for (const auto &child : node->children)
        worst = std::max(worst, worstHealth(child.get()));
    return worst;
}

void InstanceTreeModel::setHealth(const QString &accountId, const QString &product, const QString &instanceId,
                                  HealthState state)
{
    Node *node = findInstance(accountId, product, instanceId);
    if (!node || node->health == int(state))
        return;
    node->health = int(state);
    emitChangedUpwards(node);
}

InstanceTreeModel::LoadState InstanceTreeModel::aggregateState(const Node *node) const
{
    if (node->type == NodeType::Region)
        return node->state;
    if (node->type == NodeType::Instance)
        return LoadState::Loaded;
    bool anyFailed = false;
    bool allLoaded = !node->children.empty();
    for (const auto &child : node->children) {
        const LoadState state = aggregateState(child.get());
        if (state == LoadState::Loading)
            return LoadState::Loading;
        anyFailed = anyFailed || state == LoadState::Failed;
        allLoaded = allLoaded && state == LoadState::Loaded;
    }
    if (anyFailed)
        return LoadState::Failed;
    return allLoaded ? LoadState::Loaded : LoadState::NotLoaded;
}

void InstanceTreeModel::setBackupCount(const QString &accountId, const QString &product,
                                       const QString &instanceId, int count)
{
    Node *node = findInstance(accountId, product, instanceId);
    if (!node || node->backups == count)
        return;
    node->backups = count;
    emitChangedUpwards(node);
}

QVariant InstanceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case StatusColumn:
            if (node->type == NodeType::Instance)
                return DisplayFormat::instanceStatus(node->instance.status);
            if (node->type == NodeType::Region && node->state == LoadState::Loading)
                return tr("Loading…");
            if (node->type == NodeType::Region && node->state == LoadState::Failed)
                return tr("Failed");
            return {};
        case BackupsColumn: {
            const int count = backupCount(node);
            return count < 0 ? QVariant() : QVariant(count);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (node->type == NodeType::Region && node->state == LoadState::Failed)
            return node->error;
        if (node->type == NodeType::Instance) {
            // The full name first: the tree's column cuts long names.
            QStringList lines;
            if (!node->name.isEmpty() && node->name != node->instance.id)
                lines.append(node->name);
            lines.append(node->instance.id);
            if (!node->instance.engine.isEmpty())
                lines.append(node->instance.engine);
            if (!node->instance.statusRaw.isEmpty())
                lines.append(tr("Provider status: %1").arg(node->instance.statusRaw));
            return lines.join(QLatin1Char('\n'));
        }
        return index.column() == NameColumn ? QVariant(node->name) : QVariant();
    case ModelRoles::StatusColorRole:
        if (node->type == NodeType::Instance)
            return DisplayFormat::instanceStatusColor(node->instance.status);
        return {};
    case ModelRoles::RecordRole:
        return node->type == NodeType::Instance ? QVariant::fromValue(node->instance) : QVariant();
    case ModelRoles::RawRole:
        if (index.column() == BackupsColumn)
            return backupCount(node);
        if (index.column() == StatusColumn && node->type == NodeType::Instance)
            return static_cast<int>(node->instance.status);
        return node->name;
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case AccountIdRole:
        return node->accountId;
    case ProductRole:
        return node->product;
    case RegionRole:
        return node->region;
    case InstanceIdRole:
        return node->instance.id;
    case LoadStateRole:
        return static_cast<int>(aggregateState(node));
    case ErrorRole:
        return node->error;
    case BackupCountRole:
        return backupCount(node);
    case HealthRole:
        return worstHealth(node);
    case Qt::ForegroundRole: {
        // The name says at a glance which account, product or region holds a problem; an OK one
        // keeps the palette's text colour (a green tree would shout about nothing).
        const int worst = index.column() == NameColumn ? worstHealth(node) : -1;
        if (worst == int(HealthState::Critical) || worst == int(HealthState::Warning))
            return DisplayFormat::healthColor(static_cast<HealthState>(worst));
        return {};
    }
    default:
        return {};
    }
}

QVariant InstanceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case BackupsColumn:
        return tr("Backups");
    default:
        return {};
    }
}

QModelIndex InstanceTreeModel::accountIndex(const QString &accountId) const
{
    for (const auto &account : m_root->children) {
        if (account->accountId == accountId)
            return indexOf(account.get());
    }
    return {};
}

QModelIndex InstanceTreeModel::regionIndex(const QString &accountId, const QString &product,
                                           const QString &region) const
{
    return indexOf(findRegion(accountId, product, region));
}

QModelIndex InstanceTreeModel::instanceIndex(const QString &accountId, const QString &product,
                                             const QString &instanceId) const
{
    return indexOf(findInstance(accountId, product, instanceId));
}

Instance InstanceTreeModel::instanceAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->type == NodeType::Instance ? node->instance : Instance {};
}

QModelIndex InstanceTreeModel::firstInstance(const std::function<bool(const Instance &)> &match) const
{
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex child = index(r, 0, parent);
            if (child.data(NodeTypeRole).toInt() == static_cast<int>(NodeType::Instance)
                && (!match || match(instanceAt(child))))
                return child;
            pending.append(child);
        }
    }
    return {};
}

QList<Instance> InstanceTreeModel::instancesUnder(const QModelIndex &index) const
{
    QList<Instance> out;
    std::function<void(const Node *)> walk = [&](const Node *node) {
        if (node->type == NodeType::Instance && node != m_root.get()) {
            out.append(node->instance);
            return;
        }
        for (const auto &child : node->children)
            walk(child.get());
    };
    walk(nodeOf(index));
    return out;
}

int InstanceTreeModel::loadingCount() const
{
    QList<Node *> regions;
    collectRegions(m_root.get(), regions);
    return static_cast<int>(std::count_if(regions.cbegin(), regions.cend(), [](const Node *node) {
        return node->state == LoadState::Loading;
    }));
}

void InstanceTreeModel::setProductNames(const QHash<QString, QString> &names)
{
    for (const auto &account : m_root->children) {
        for (const auto &product : account->children) {
            const QString name = names.value(product->product);
            if (!name.isEmpty() && name != product->name) {
                product->name = name;
                const QModelIndex index = indexOf(product.get());
                emit dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole});
            }
        }
    }
}

bool InstanceTreeModel::event(QEvent *event)
{
    // Headers, "Loading…"/"Failed" and tooltips are translated: views repaint them.
    if (event->type() == QEvent::LanguageChange)
        repaintAll(*this);
    return QAbstractItemModel::event(event);
}

} // namespace bb
