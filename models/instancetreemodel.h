#pragma once

#include "models/instancehealth.h"
#include "models/modelroles.h"
#include "providers/core/instance.h"
#include "providers/core/providererror.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace bb {

// The account → product → region → instance tree. Accounts, products and regions come from
// setAccounts(); a region's instances load lazily (fetchMore, or load()/refresh()) and
// concurrently through a loader callback the app supplies, so the model knows nothing of
// accounts, credentials or services.
class InstanceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTreeModel)

public:
    enum Column { NameColumn, StatusColumn, BackupsColumn, ColumnCount };
    enum class NodeType { Account, Product, Region, Instance };
    Q_ENUM(NodeType)
    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    enum Role {
        NodeTypeRole = ModelRoles::RecordRole + 10, // NodeType as int
        AccountIdRole, // on every node
        ProductRole, // product and below
        RegionRole, // region and below
        InstanceIdRole, // instance nodes
        LoadStateRole, // LoadState as int (region nodes; others aggregate)
        ErrorRole, // translated error text of a failed region
        BackupCountRole, // int, -1 unknown; parents sum their children
        HealthRole, // HealthState as int, -1 not judged; parents show their worst instance's
    };

    struct ProductEntry
    {
        QString key; // product key
        QString displayName; // translated
        QStringList regions;
    };
    struct AccountEntry
    {
        QString id;
        QString name;
        QList<ProductEntry> products;
    };

    // Delivers a region's instances (or an error) exactly once, at any later time.
    using LoadDone = std::function<void(const QList<Instance> &instances, const ProviderError &error)>;
    using Loader = std::function<void(const QString &accountId, const QString &product, const QString &region,
                                      LoadDone done)>;

    explicit InstanceTreeModel(QObject *parent = nullptr);
    ~InstanceTreeModel() override;

    void setLoader(Loader loader);
    // Rebuilds the tree (instances are not loaded until asked).
    void setAccounts(const QList<AccountEntry> &accounts);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts loading every not-yet-loaded region under index (all of them for an invalid
    // index), all at once; the loader and the services' rate limits bound concurrency.
    void load(const QModelIndex &index = {});
    // Reloads the regions under index (everything for an invalid index), keeping the rows
    // that are still there.
    void refresh(const QModelIndex &index = {});

    // Records how many backups an instance has (the table's row count after a listing).
    void setBackupCount(const QString &accountId, const QString &product, const QString &instanceId,
                        int count);
    // Records an instance's health (the fleet overview's judgement): its node and every node
    // above it show the worst state below them, the name coloured for Warning and Critical.
    void setHealth(const QString &accountId, const QString &product, const QString &instanceId,
                   HealthState state);

    // Renames the product nodes (product key -> translated name) after a language switch.
    void setProductNames(const QHash<QString, QString> &names);
    QModelIndex accountIndex(const QString &accountId) const;
    QModelIndex regionIndex(const QString &accountId, const QString &product, const QString &region) const;
    QModelIndex instanceIndex(const QString &accountId, const QString &product,
                              const QString &instanceId) const;
    // The instance record of an instance node (empty otherwise).
    Instance instanceAt(const QModelIndex &index) const;
    // The first loaded instance node, in tree order breadth first, that `match` accepts (every
    // instance without one); invalid when none does.
    QModelIndex firstInstance(const std::function<bool(const Instance &)> &match = {}) const;
    // Every loaded instance under index (itself for an instance node).
    QList<Instance> instancesUnder(const QModelIndex &index) const;
    // Number of regions currently loading.
    int loadingCount() const;

signals:
    // A region finished loading (successfully or not).
    void regionLoaded(const QModelIndex &region);
    // The loader reported an error for a region.
    void loadFailed(const QString &accountId, const QString &product, const QString &region,
                    const bb::ProviderError &error);

protected:
    // Repaints the translated texts on QEvent::LanguageChange, which a QWidget passes on to its
    // QObject children (BrowserController passes it on to its models).
    bool event(QEvent *event) override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *findRegion(const QString &accountId, const QString &product, const QString &region) const;
    Node *findInstance(const QString &accountId, const QString &product, const QString &instanceId) const;
    void startLoad(Node *region);
    void applyLoad(const QString &accountId, const QString &product, const QString &region, quint64 token,
                   const QList<Instance> &instances, const ProviderError &error);
    void collectRegions(Node *node, QList<Node *> &out) const;
    int backupCount(const Node *node) const;
    int worstHealth(const Node *node) const; // -1: nothing judged below
    LoadState aggregateState(const Node *node) const;
    void emitChangedUpwards(const Node *node);

    std::unique_ptr<Node> m_root;
    Loader m_loader;
    quint64 m_generation = 0;
};

} // namespace bb
