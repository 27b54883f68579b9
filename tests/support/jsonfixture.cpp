#include "jsonfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bb::test {

QJsonObject jsonFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qFatal("fixture %s is not a JSON object: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

} // namespace bb::test
