#include "ui/icons.h"

#include "ui/theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

static void bbInitResources()
{
    // Q_INIT_RESOURCE must be used outside any namespace.
    Q_INIT_RESOURCE(resources);
}

namespace bb {

namespace {
// Where set() keeps the icon's name on the button or action.
constexpr const char *iconNameProperty = "bb.iconName";
} // namespace

void Icons::init()
{
    if (!QFile::exists(QStringLiteral(":/icons/download.svg")))
        bbInitResources();
}

QIcon Icons::named(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!Theme::isDark(QGuiApplication::palette()))
        return QIcon(path);
    // The line icons are drawn in a dark grey that vanishes on a dark palette: lighten it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    const QByteArray svg = file.readAll().replace("#4a5563", "#c3c9d1");
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void Icons::set(QAbstractButton *button, const QString &name)
{
    button->setProperty(iconNameProperty, name);
    button->setIcon(named(name));
}

void Icons::set(QAction *action, const QString &name)
{
    action->setProperty(iconNameProperty, name);
    action->setIcon(named(name));
}

void Icons::reload(QObject *root)
{
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    for (QObject *object : std::as_const(objects)) {
        const QString name = object->property(iconNameProperty).toString();
        if (name.isEmpty())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(object))
            button->setIcon(named(name));
        else if (auto *action = qobject_cast<QAction *>(object))
            action->setIcon(named(name));
    }
}

QIcon Icons::forInstanceStatus(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
        return named(QStringLiteral("status-ok"));
    case InstanceStatus::Busy:
    case InstanceStatus::Creating:
    case InstanceStatus::Deleting:
        return named(QStringLiteral("status-busy"));
    case InstanceStatus::Stopped:
        return named(QStringLiteral("status-stopped"));
    case InstanceStatus::Error:
        return named(QStringLiteral("status-error"));
    case InstanceStatus::Unknown:
        break;
    }
    return named(QStringLiteral("status-unknown"));
}

QIcon Icons::forBackupStatus(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Succeeded:
    case BackupStatus::Exported:
        return named(QStringLiteral("status-ok"));
    case BackupStatus::Creating:
    case BackupStatus::Running:
    case BackupStatus::Exporting:
        return named(QStringLiteral("status-busy"));
    case BackupStatus::Failed:
        return named(QStringLiteral("status-error"));
    case BackupStatus::Expired:
    case BackupStatus::Locked:
    case BackupStatus::Deleted:
        return named(QStringLiteral("status-stopped"));
    case BackupStatus::Unknown:
        break;
    }
    return named(QStringLiteral("status-unknown"));
}

QIcon Icons::forCloud(const QString &cloudOrProduct)
{
    if (cloudOrProduct.startsWith(QLatin1String("tencent")))
        return named(QStringLiteral("cloud-tencent"));
    if (cloudOrProduct.startsWith(QLatin1String("alibaba")))
        return named(QStringLiteral("cloud-alibaba"));
    return named(QStringLiteral("cloud-sandbox"));
}

} // namespace bb
