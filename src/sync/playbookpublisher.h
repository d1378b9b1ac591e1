#pragma once

#include "playbook/publishedplaybooks.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <vector>

namespace steadyline::sync {

// What the playbook editor may ask of the desk's link to the team server (issue #18 §5): publish
// a playbook to the team, roll one back, list what the team published. An interface, so that the
// widgets library does not depend on the app's wiring; the app sets one in AppContext.
class PlaybookPublisher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The desk is in a team and the server knows its login as a lead or admin.
    [[nodiscard]] virtual bool mayPublish() const = 0;
    // Connected to the team server now (a publication is not queued while offline).
    [[nodiscard]] virtual bool online() const = 0;
    // Sends the JSON text (already validated by the editor); answered by publicationDone().
    virtual void publish(const QByteArray &json, const QString &note) = 0;
    // Makes an earlier published revision active again; answered by publicationDone().
    virtual void rollBack(const QString &playbookId, int revision) = 0;
    // Every revision of `playbookId` the team published, as last pulled (held offline), newest first.
    [[nodiscard]] virtual std::vector<PlaybookPublication> publications(const QString &playbookId) const = 0;

signals:
    // `error` empty: done; else a translated sentence that says why nothing changed.
    void publicationDone(const QString &playbookId, int revision, const QString &error);
    // mayPublish(), online() or the list of publications changed.
    void changed();
};

} // namespace steadyline::sync
