#include "models/modelrepaint.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace bb;

class TestModelRepaint final : public QObject
{
    Q_OBJECT

private slots:
    void everyLevelAndTheHeader()
    {
        QStandardItemModel model(2, 3);
        auto *parent = new QStandardItem(QStringLiteral("account"));
        parent->appendRow({new QStandardItem(QStringLiteral("a")), new QStandardItem(QStringLiteral("b"))});
        parent->child(0)->appendRow(new QStandardItem(QStringLiteral("leaf")));
        model.setItem(1, 0, parent);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

        repaintAll(model);

        QCOMPARE(header.size(), 1);
        QCOMPARE(header.first().at(1).toInt(), 0);
        QCOMPARE(header.first().at(2).toInt(), 2);
        // The top level whole, the account's children, and the grandchild.
        QCOMPARE(data.size(), 3);
        const auto range = [&data](int i) {
            return std::pair(data.at(i).at(0).value<QModelIndex>(), data.at(i).at(1).value<QModelIndex>());
        };
        QCOMPARE(range(0).first, model.index(0, 0));
        QCOMPARE(range(0).second, model.index(1, 2));
        QCOMPARE(range(1).first.parent(), model.index(1, 0));
        QCOMPARE(range(1).second.row(), 0);
        QCOMPARE(range(2).first.parent().parent(), model.index(1, 0));
    }

    void emptyModelRepaintsOnlyTheHeader()
    {
        QStandardItemModel model(0, 2);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        repaintAll(model);
        QCOMPARE(header.size(), 1);
        QCOMPARE(data.size(), 0);
    }
};

BB_TEST_MAIN(TestModelRepaint)
#include "tst_modelrepaint.moc"
