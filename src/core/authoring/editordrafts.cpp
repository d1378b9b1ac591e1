#include "editordrafts.h"

#include "common/privatefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace steadyline {

QString EditorDrafts::folder()
{
    if (!s_folder.isEmpty())
        return s_folder;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/drafts");
}

QString EditorDrafts::fileFor(const QString &origin)
{
    const QString name =
        origin.isEmpty() ? QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                         : QString::fromLatin1(
                               QCryptographicHash::hash(origin.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    return folder() + QLatin1Char('/') + name + QStringLiteral(".draft.json");
}

bool EditorDrafts::write(const EditorDraft &draft, QString *error)
{
    QDir dir;
    if (!dir.mkpath(folder())) {
        *error = QStringLiteral("cannot create %1").arg(folder());
        return false;
    }
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return writePrivateFile(draft.file, serialize(draft), error);
}

std::vector<EditorDraft> EditorDrafts::all()
{
    std::vector<EditorDraft> drafts;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.draft.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto draft = parse(file.readAll(), file.fileName()))
            drafts.push_back(std::move(*draft));
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const EditorDraft &a, const EditorDraft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

QByteArray EditorDrafts::serialize(const EditorDraft &draft)
{
    const QJsonObject object{{QStringLiteral("origin"), draft.origin},
                             {QStringLiteral("text"), draft.text},
                             {QStringLiteral("savedAt"), draft.savedAt.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<EditorDraft> EditorDrafts::parse(const QByteArray &bytes, const QString &file)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QJsonValue text = object.value(QStringLiteral("text"));
    const QJsonValue origin = object.value(QStringLiteral("origin"));
    const QJsonValue savedAt = object.value(QStringLiteral("savedAt"));
    // Anything else is not one of ours, or was cut short: never offer garbage back.
    if (!text.isString() || !(origin.isString() || origin.isUndefined()) || !savedAt.isString())
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(savedAt.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    return EditorDraft{file, origin.toString(), text.toString(), when};
}

void EditorDrafts::remove(const QString &file)
{
    if (!file.isEmpty())
        QFile::remove(file);
}

} // namespace steadyline
