// Switching the theme in Settings repaints the open main window at once: the tree, the backup
// table and the downloads list paint their empty area in the new palette without being scrolled,
// and the line icons (the filter buttons', the toolbar's) are drawn for the new background.
#include "models/backuptablemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/isolatedcontext.h"
#include "session/settings.h"
#include "support/testmain.h"
#include "ui/backuptablepane.h"
#include "ui/downloadspanel.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace bb;

namespace {

// Counts the paint events each watched widget receives.
class PaintCounter final : public QObject
{
public:
    void watch(QWidget *widget)
    {
        widget->installEventFilter(this);
        m_counts.insert(widget, 0);
    }
    int count(QWidget *widget) const { return m_counts.value(widget); }
    void reset()
    {
        for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
            it.value() = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            auto it = m_counts.find(static_cast<QWidget *>(watched));
            if (it != m_counts.end())
                ++it.value();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QHash<QWidget *, int> m_counts;
};

// The lightness of an icon's strokes: the mean over its opaque pixels.
int strokeLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++n;
            }
        }
    }
    return n > 0 ? int(sum / n) : -1;
}

} // namespace

class TestThemeSwitch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    PaintCounter m_paints;

    QList<QWidget *> viewports() const
    {
        return {m_window->treePane()->view()->viewport(), m_window->tablePane()->view()->viewport(),
                m_window->downloadsPanel()->view()->viewport()};
    }

    QToolButton *statusFilter() const
    {
        return m_window->tablePane()->findChild<QToolButton *>(QStringLiteral("statusFilter"));
    }

    // The same path as a user: File → Settings…, pick the theme, OK.
    void chooseTheme(Settings::Theme theme)
    {
        m_window->settingsAction()->trigger();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        const int index = dialog->themeCombo()->findData(static_cast<int>(theme));
        QVERIFY(index >= 0);
        dialog->themeCombo()->setCurrentIndex(index);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>()); // closed and deleted
    }

    // Each view has painted since reset() and its empty area is the palette's base colour.
    void checkViewsPainted(const QColor &base)
    {
        for (QWidget *viewport : viewports()) {
            const QByteArray name = viewport->parentWidget()->objectName().toUtf8();
            QTRY_VERIFY2(m_paints.count(viewport) > 0, name.constData());
            QCOMPARE(viewport->palette().color(QPalette::Base), base);
            // The bottom-right corner is below the last row and right of the last column.
            const QImage image = viewport->grab().toImage();
            QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), base);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Icons::init();
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        Theme::apply(*app, Settings::Theme::Light);
        m_context = std::make_unique<AppContext>(
            AppContext::Options::isolatedIn(m_dir.path(), new MemoryCredentialStore));
        m_context->settings()->setTheme(Settings::Theme::Light);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (QWidget *viewport : viewports())
            m_paints.watch(viewport);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void startsLight()
    {
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY2(strokeLightness(statusFilter()->icon()) < 128,
                 qPrintable(QString::number(strokeLightness(statusFilter()->icon()))));
    }

    void darkRepaintsAtOnce()
    {
        QTest::qWait(100); // the first paints are over
        m_paints.reset();
        chooseTheme(Settings::Theme::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        checkViewsPainted(Theme::darkPalette().color(QPalette::Base));
        // The line icons are redrawn light: the filter buttons' and the toolbar's.
        QVERIFY2(strokeLightness(statusFilter()->icon()) > 128,
                 qPrintable(QString::number(strokeLightness(statusFilter()->icon()))));
        QVERIFY(strokeLightness(m_window->refreshAction()->icon()) > 128);
        QVERIFY(strokeLightness(m_window->downloadsPanel()->pauseButton()->icon()) > 128);
    }

    void lightRepaintsAtOnce()
    {
        QTest::qWait(100);
        m_paints.reset();
        chooseTheme(Settings::Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        checkViewsPainted(Theme::lightPalette().color(QPalette::Base));
        QVERIFY(strokeLightness(statusFilter()->icon()) < 128);
        QVERIFY(strokeLightness(m_window->refreshAction()->icon()) < 128);
    }
};

BB_TEST_MAIN(TestThemeSwitch)
#include "tst_themeswitch.moc"
