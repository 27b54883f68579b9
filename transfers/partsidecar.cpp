#include "transfers/partsidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace bb {

namespace {
constexpr int formatVersion = 1;
constexpr qint64 maxSidecarBytes = 64 * 1024;
} // namespace

bool PartSidecar::write(const QString &targetPath, const ResumeState &state, QString *error,
                        Durability durability)
{
    QJsonObject json {
        {u"version"_s, formatVersion},
        {u"identity"_s, state.identity.toJson()},
        {u"crcBytes"_s, QString::number(state.crcBytes)},
        {u"crc64"_s, QString::number(state.crcValue)},
    };
    if (!state.serverCrc.isEmpty())
        json.insert(u"serverCrc64"_s, state.serverCrc);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (durability == Durability::Fast) {
        const QString path = sidecarPath(targetPath);
        QFile temporary(path + QStringLiteral(".tmp"));
        std::error_code renameError;
        if (temporary.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && temporary.write(bytes) == bytes.size()) {
            temporary.close();
            std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdU16String()),
                                    std::filesystem::path(path.toStdU16String()), renameError);
            if (!renameError)
                return true;
        }
        temporary.remove();
        if (error)
            *error = QCoreApplication::translate("bb::PartSidecar", "Cannot write %1: %2")
                         .arg(path, temporary.errorString());
        return false;
    }
    QSaveFile file(sidecarPath(targetPath));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
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
    QFile::remove(sidecarPath(targetPath) + QStringLiteral(".tmp"));
}

} // namespace bb
