#pragma once

#include "playbookpublisher.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace steadyline::gui {

// What the editor offers for publication: the text as it stands and what its validation found.
struct PublishCandidate
{
    QString playbookId; // empty: the text is no playbook (a scenario, or too broken to say)
    int revision = 0;
    QByteArray json;
    QString firstError; // "complaint.json, line 4, column 9: …"; empty when the playbook is valid
};

// The editor's "Publish to team…" (issue #18 §5): a note and Publish for a valid playbook; the
// revisions the team published of it with who, when and the note, and "Roll back to this
// revision…" with a confirmation. Nothing is queued while offline: the dialog says so and its
// buttons wait for the server.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(sync::PlaybookPublisher &publisher, QWidget *parent = nullptr);

    void setCandidate(const PublishCandidate &candidate);

    // The sentence under the buttons (what happened, or why nothing can be sent).
    [[nodiscard]] QString statusText() const;

private:
    void refresh();
    void publish();
    void rollBack();
    void takeAnswer(const QString &playbookId, int revision, const QString &error);
    [[nodiscard]] std::optional<PlaybookPublication> selectedPublication() const;

    QPointer<sync::PlaybookPublisher> m_publisher;
    PublishCandidate m_candidate;
    std::vector<PlaybookPublication> m_publications;
    bool m_waiting = false; // a publication or rollback was sent; its answer has not come
    QString m_doneText;     // what to say when it went through
    QLabel *m_heading = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_publish = nullptr;
    QTreeWidget *m_revisions = nullptr;
    QPushButton *m_rollBack = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace steadyline::gui
