#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline {

// One revision of a playbook that a lead published to the team server (issue #18 §5): who, when
// and why. The revision is the playbook's own "revision" member.
struct PlaybookPublication
{
    QString playbookId;
    int revision = 0;
    QString publishedBy; // the lead's login
    QDateTime publishedAt;
    QString note;
    QString sha256; // of the JSON text, lower-case hex
    bool active = false;

    friend bool operator==(const PlaybookPublication &, const PlaybookPublication &) = default;
};

// An active publication with its JSON text, as the desk keeps it.
struct PublishedPlaybook
{
    PlaybookPublication publication;
    QByteArray json;
};

// The folder of a desk's data folder that holds the team's active published playbooks: one
// `<id>.json` (the JSON as published) and one `<id>.publication` (who, when, note) each. Only the
// sync worker writes it (mode 0700, files 0600); the catalog reads it as the source "published by
// your team", so the playbooks hold while the desk is offline.
[[nodiscard]] QString publishedPlaybookFolder(const QString &dataDir);

// Makes `folder` hold exactly `playbooks`: new and changed ones written atomically, the files of
// playbooks no longer published removed. false with a translated sentence in `error`.
bool writePublishedPlaybooks(const QString &folder, const std::vector<PublishedPlaybook> &playbooks, QString *error);

// The publication kept beside a published playbook file; nullopt for any other file.
[[nodiscard]] std::optional<PlaybookPublication> readPublication(const QString &playbookPath);

// "published by your team (revision 4, by lena, 6 Dec)": the source of a published version in
// the interface language, for the start page and the library.
[[nodiscard]] QString publicationLabel(const PlaybookPublication &publication);

} // namespace steadyline
