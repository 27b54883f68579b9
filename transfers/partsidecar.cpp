#include "transfers/partsidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bb {

namespace {
constexpr int formatVersion = 1;
constexpr qint64 maxSidecarBytes = 64 * 1024;
} // namespace

bool PartSidecar::write(const QString &targetPath, const ResumeState &state, QString *error)
{
    QJsonObject json {
        {u"version"_s, formatVersion},
        {u"identity"_s, state.identity.toJson()},
        {u"crcBytes"_s, QString::number(state.crcBytes)},
        {u"crc64"_s, QString::number(state.crcValue)},
    };
    if (!state.serverCrc.isEmpty())
        json.insert(u"serverCrc64"_s, state.serverCrc);
    QSaveFile file(sidecarPath(targetPath));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("bb::PartSidecar", "Cannot write %1: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<ResumeState> PartSidecar::read(const QString &targetPath)
{
    QFile file(sidecarPath(targetPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxSidecarBytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(u"version"_s).toInt() != formatVersion)
        return std::nullopt;
    ResumeState state;
    state.identity = DownloadIdentity::fromJson(json.value(u"identity"_s).toObject());
    bool okBytes = false;
    bool okCrc = false;
    state.crcBytes = json.value(u"crcBytes"_s).toString().toLongLong(&okBytes);
    state.crcValue = json.value(u"crc64"_s).toString().toULongLong(&okCrc);
    state.serverCrc = json.value(u"serverCrc64"_s).toString();
    if (!state.identity.isValid() || !okBytes || !okCrc || state.crcBytes < 0)
        return std::nullopt;
    return state;
}

void PartSidecar::removeAll(const QString &targetPath)
{
    QFile::remove(partPath(targetPath));
    QFile::remove(sidecarPath(targetPath));
}

} // namespace bb
