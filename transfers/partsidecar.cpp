#include "transfers/partsidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace bb {

namespace {
constexpr int formatVersion = 1; // one CRC state from byte 0
constexpr int rangesFormatVersion = 2; // ranges, each with its CRC state
constexpr qint64 maxSidecarBytes = 64 * 1024;
constexpr qsizetype maxRanges = 64; // far more than the 16 connections a download may use

// The ranges of a version-2 sidecar: in order, contiguous from 0, none done past its end.
bool validRanges(const QList<RangeState> &ranges)
{
    qint64 next = 0;
    for (const RangeState &range : ranges) {
        if (range.start != next || range.end < range.start || range.done < 0
            || range.done > range.end - range.start)
            return false;
        next = range.end;
    }
    return !ranges.isEmpty() && ranges.size() <= maxRanges;
}
} // namespace

bool PartSidecar::write(const QString &targetPath, const ResumeState &state, QString *error,
                        Durability durability)
{
    QJsonObject json {
        {u"version"_s, state.ranges.isEmpty() ? formatVersion : rangesFormatVersion},
        {u"identity"_s, state.identity.toJson()},
        {u"crcBytes"_s, QString::number(state.crcBytes)},
        {u"crc64"_s, QString::number(state.crcValue)},
    };
    if (!state.serverCrc.isEmpty())
        json.insert(u"serverCrc64"_s, state.serverCrc);
    if (!state.ranges.isEmpty()) {
        QJsonArray ranges;
        for (const RangeState &range : state.ranges)
            ranges.append(QJsonObject {{u"start"_s, QString::number(range.start)},
                                       {u"end"_s, QString::number(range.end)},
                                       {u"done"_s, QString::number(range.done)},
                                       {u"crc64"_s, QString::number(range.crc)}});
        json.insert(u"ranges"_s, ranges);
    }
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
    const int version = json.value(u"version"_s).toInt();
    if (version != formatVersion && version != rangesFormatVersion)
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
    if (version == rangesFormatVersion) {
        const QJsonArray ranges = json.value(u"ranges"_s).toArray();
        if (ranges.size() > maxRanges)
            return std::nullopt;
        for (const QJsonValue &value : ranges) {
            const QJsonObject object = value.toObject();
            RangeState range;
            bool ok[4] = {};
            range.start = object.value(u"start"_s).toString().toLongLong(&ok[0]);
            range.end = object.value(u"end"_s).toString().toLongLong(&ok[1]);
            range.done = object.value(u"done"_s).toString().toLongLong(&ok[2]);
            range.crc = object.value(u"crc64"_s).toString().toULongLong(&ok[3]);
            if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
                return std::nullopt;
            state.ranges.append(range);
        }
        if (!validRanges(state.ranges))
            return std::nullopt;
    }
    return state;
}

void PartSidecar::removeAll(const QString &targetPath)
{
    QFile::remove(partPath(targetPath));
    QFile::remove(sidecarPath(targetPath));
    QFile::remove(sidecarPath(targetPath) + QStringLiteral(".tmp"));
}

} // namespace bb
