#include "editordrafts.h"

#include "journal/export.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace steadyline::gui {

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
    const QJsonObject object{{QStringLiteral("origin"), draft.origin},
                             {QStringLiteral("text"), draft.text},
                             {QStringLiteral("savedAt"), draft.savedAt.toString(Qt::ISODateWithMs)}};
    return journal::writePrivateFile(draft.file, QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

std::vector<EditorDraft> EditorDrafts::all()
{
    std::vector<EditorDraft> drafts;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.draft.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (!object.contains(QStringLiteral("text")))
            continue; // not one of ours, or cut short: never offer garbage back
        drafts.push_back(
            {file.fileName(), object.value(QStringLiteral("origin")).toString(),
             object.value(QStringLiteral("text")).toString(),
             QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)});
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const EditorDraft &a, const EditorDraft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

void EditorDrafts::remove(const QString &file)
{
    if (!file.isEmpty())
        QFile::remove(file);
}

} // namespace steadyline::gui
