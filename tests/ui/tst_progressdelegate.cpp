#include "models/modelroles.h"
#include "support/testmain.h"
#include "ui/progressdelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace bb;

class TestProgressDelegate final : public QObject
{
    Q_OBJECT

private:
    // Counts pixels close to the highlight colour in a horizontal band of the image.
    static int highlighted(const QImage &image, int fromX, int toX, const QColor &color)
    {
        int n = 0;
        const int y = image.height() / 2;
        for (int x = fromX; x < toX; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) < 40 && std::abs(c.green() - color.green()) < 40
                && std::abs(c.blue() - color.blue()) < 40)
                ++n;
        }
        return n;
    }

    // The cell painted by `delegate` into a 400x24 image, as `view` would.
    static QImage paintCell(const QTableView &view, const ProgressDelegate &delegate,
                            const QModelIndex &index)
    {
        QImage image(400, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.widget = &view;
        option.palette = view.palette();
        option.font = view.font();
        option.fontMetrics = view.fontMetrics();
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        painter.end();
        return image;
    }

private slots:
    void readsPercentAndLabel()
    {
        QStandardItemModel model(3, 1);
        model.setData(model.index(0, 0), 42.5, ModelRoles::RawRole);
        model.setData(model.index(1, 0), -1, ModelRoles::RawRole);
        model.setData(model.index(2, 0), 250, ModelRoles::RawRole);
        model.setData(model.index(2, 0), QStringLiteral("done"), Qt::DisplayRole);
        ProgressDelegate delegate(ModelRoles::RawRole);
        QCOMPARE(delegate.percentFor(model.index(0, 0)), 42.5);
        QVERIFY(delegate.labelFor(model.index(0, 0)).startsWith(QLatin1String("42")));
        QCOMPARE(delegate.percentFor(model.index(1, 0)), -1.0);
        QVERIFY(delegate.labelFor(model.index(1, 0)).isEmpty());
        QCOMPARE(delegate.percentFor(model.index(2, 0)), 100.0); // clamped
        QCOMPARE(delegate.labelFor(model.index(2, 0)), QStringLiteral("done"));
    }

    void paintsABarProportionalToTheValue()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), 25, ModelRoles::RawRole);
        model.setData(model.index(0, 0), QString(), Qt::DisplayRole);
        QTableView view;
        view.setModel(&model);
        ProgressDelegate delegate(ModelRoles::RawRole);

        const QImage image = paintCell(view, delegate, model.index(0, 0));
        const QColor bar = view.palette().color(QPalette::Highlight);
        const int left = highlighted(image, 10, 90, bar); // inside the first quarter
        const int right = highlighted(image, 200, 390, bar); // past it
        QVERIFY2(left > 40, qPrintable(QString::number(left)));
        QCOMPARE(right, 0);
    }

    void paintsASegmentMapOverSeveralConnections()
    {
        // Two ranges: the first half-way done, the second not started; 50% in all would fill the
        // first half of the bar, the map fills a quarter and leaves the second half empty.
        constexpr int segmentsRole = Qt::UserRole + 7;
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), 25, ModelRoles::RawRole);
        model.setData(model.index(0, 0), QString(), Qt::DisplayRole);
        model.setData(model.index(0, 0), QVariantList {QPointF(0.0, 0.25), QPointF(0.5, 0.5)}, segmentsRole);
        QTableView view;
        view.setModel(&model);
        ProgressDelegate delegate(ModelRoles::RawRole);
        delegate.setSegmentsRole(segmentsRole);
        const QList<QRectF> rects = delegate.segmentRects(model.index(0, 0), QRectF(0, 0, 400, 20));
        QCOMPARE(rects.size(), 1); // the empty span is not painted
        QCOMPARE(rects.first(), QRectF(0, 0, 100, 20));

        model.setData(model.index(0, 0), QVariantList {QPointF(0.0, 0.1), QPointF(0.5, 0.6)}, segmentsRole);
        const QImage image = paintCell(view, delegate, model.index(0, 0));
        const QColor bar = view.palette().color(QPalette::Highlight);
        QVERIFY(highlighted(image, 8, 36, bar) > 20); // the first range's span
        QCOMPARE(highlighted(image, 60, 190, bar), 0); // the rest of the first range
        QVERIFY(highlighted(image, 205, 236, bar) > 20); // the second range's span
        QCOMPARE(highlighted(image, 260, 390, bar), 0);
    }
};

BB_TEST_MAIN(TestProgressDelegate)
#include "tst_progressdelegate.moc"
