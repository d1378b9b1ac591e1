#include "publishdialog.h"

#include "widgets/confirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace steadyline::gui {

namespace {

constexpr int kLongestNote = 500; // as the server's check
constexpr int kRevisionRole = Qt::UserRole;

} // namespace

PublishDialog::PublishDialog(sync::PlaybookPublisher &publisher, QWidget *parent)
    : QDialog(parent)
    , m_publisher(&publisher)
{
    setWindowTitle(tr("Publish to team"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("publishProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setMaxLength(kLongestNote);
    m_note->setPlaceholderText(tr("What changed, in a line the team will read"));
    m_note->setAccessibleName(tr("Note for the team"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_publish = new QPushButton(tr("&Publish to team"), this);
    m_publish->setDefault(true);
    layout->addWidget(m_publish, 0, Qt::AlignRight);

    auto *listLabel = new QLabel(tr("Published &revisions of this playbook:"), this);
    layout->addWidget(listLabel);
    m_revisions = new QTreeWidget(this);
    m_revisions->setAccessibleName(tr("Published revisions"));
    m_revisions->setRootIsDecorated(false);
    m_revisions->setHeaderLabels({tr("Revision"), tr("In use"), tr("Published by"), tr("When"), tr("Note")});
    m_revisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revisions->header()->setStretchLastSection(true);
    listLabel->setBuddy(m_revisions);
    layout->addWidget(m_revisions, 1);
    m_rollBack = new QPushButton(tr("Roll &back to this revision…"), this);
    layout->addWidget(m_rollBack, 0, Qt::AlignRight);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_rollBack, &QPushButton::clicked, this, &PublishDialog::rollBack);
    connect(m_revisions, &QTreeWidget::currentItemChanged, this, &PublishDialog::refresh);
    connect(m_publisher, &sync::PlaybookPublisher::changed, this, &PublishDialog::refresh);
    connect(m_publisher, &sync::PlaybookPublisher::publicationDone, this, &PublishDialog::takeAnswer);
}

void PublishDialog::setCandidate(const PublishCandidate &candidate)
{
    m_candidate = candidate;
    m_status->clear();
    refresh();
    // The note is what the lead types next (seen under Xvfb: typing went nowhere without this).
    if (m_note->isEnabled())
        m_note->setFocus();
    else
        m_revisions->setFocus();
}

QString PublishDialog::statusText() const
{
    return m_status->text();
}

std::optional<PlaybookPublication> PublishDialog::selectedPublication() const
{
    const QTreeWidgetItem *item = m_revisions->currentItem();
    if (!item)
        return std::nullopt;
    const int revision = item->data(0, kRevisionRole).toInt();
    const auto found = std::find_if(m_publications.begin(), m_publications.end(),
                                    [revision](const PlaybookPublication &p) { return p.revision == revision; });
    return found == m_publications.end() ? std::nullopt : std::optional(*found);
}

void PublishDialog::refresh()
{
    if (!m_publisher)
        return;
    const bool online = m_publisher->online();
    m_heading->setText(m_candidate.playbookId.isEmpty()
                           ? tr("Only a playbook is published to the team.")
                           : tr("Publish revision %1 of “%2” to your team: every desk uses it from its next call; a "
                                "call already on keeps its version.")
                                 .arg(m_candidate.revision)
                                 .arg(m_candidate.playbookId));

    // The list, keeping the selection.
    const int selected = m_revisions->currentItem() ? m_revisions->currentItem()->data(0, kRevisionRole).toInt() : -1;
    const auto publications = m_candidate.playbookId.isEmpty() ? std::vector<PlaybookPublication>{}
                                                               : m_publisher->publications(m_candidate.playbookId);
    if (publications != m_publications) {
        m_publications = publications;
        const QSignalBlocker quiet(m_revisions);
        m_revisions->clear();
        const QLocale locale;
        for (const PlaybookPublication &publication : m_publications) {
            auto *item = new QTreeWidgetItem(m_revisions);
            item->setText(0, QString::number(publication.revision));
            item->setData(0, kRevisionRole, publication.revision);
            item->setText(1, publication.active ? tr("in use") : QString());
            item->setText(2, publication.publishedBy);
            item->setText(3, locale.toString(publication.publishedAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(4, publication.note);
            if (publication.revision == selected)
                m_revisions->setCurrentItem(item);
        }
    }

    // Why Publish cannot be pressed now, the first reason only.
    int newest = 0;
    for (const PlaybookPublication &publication : m_publications)
        newest = std::max(newest, publication.revision);
    QString problem;
    if (m_candidate.playbookId.isEmpty() && m_candidate.firstError.isEmpty())
        problem = tr("A training scenario is not published; publish the playbook it trains.");
    else if (!m_candidate.firstError.isEmpty())
        problem = tr("Not published: the playbook has errors. First: %1").arg(m_candidate.firstError);
    else if (!m_publisher->mayPublish())
        problem = tr("Only a lead or admin of the team publishes playbooks.");
    else if (!online)
        problem = tr("The team server cannot be reached now, so nothing can be published or rolled back. Publishing "
                     "is not queued: try again when the status bar says the team is online.");
    else if (m_candidate.revision <= newest)
        problem = tr("Revision %1 is published already (the newest is %2). Raise the playbook's \"revision\" and "
                     "save, then publish.")
                      .arg(m_candidate.revision)
                      .arg(newest);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_publish->setEnabled(problem.isEmpty() && !m_waiting);
    m_note->setEnabled(problem.isEmpty());

    const auto chosen = selectedPublication();
    m_rollBack->setEnabled(online && m_publisher->mayPublish() && !m_waiting && chosen && !chosen->active);
    if (m_publications.empty())
        m_rollBack->setToolTip(tr("Nothing of this playbook was published to the team yet."));
    else
        m_rollBack->setToolTip(tr("Makes the chosen revision the one every desk uses from its next call."));
}

void PublishDialog::publish()
{
    if (!m_publisher || !m_publish->isEnabled())
        return;
    m_waiting = true;
    m_status->setText(tr("Publishing revision %1 …").arg(m_candidate.revision));
    m_doneText =
        tr("Published revision %1 to the team. Every desk uses it from its next call.").arg(m_candidate.revision);
    refresh();
    m_publisher->publish(m_candidate.json, m_note->text().trimmed());
}

void PublishDialog::rollBack()
{
    const auto chosen = selectedPublication();
    if (!m_publisher || !chosen || chosen->active)
        return;
    int current = 0;
    for (const PlaybookPublication &publication : m_publications) {
        if (publication.active)
            current = publication.revision;
    }
    if (!Confirmation::ask(this, tr("Roll back"),
                           tr("Every desk of the team will use revision %1 of “%2” from its next call, instead of "
                              "revision %3. Calls already on keep their version.")
                               .arg(chosen->revision)
                               .arg(m_candidate.playbookId)
                               .arg(current),
                           tr("Roll back to revision %1").arg(chosen->revision)))
        return;
    m_waiting = true;
    m_status->setText(tr("Rolling back to revision %1 …").arg(chosen->revision));
    m_doneText = tr("Revision %1 is the team's version again, from every desk's next call.").arg(chosen->revision);
    refresh();
    m_publisher->rollBack(m_candidate.playbookId, chosen->revision);
}

void PublishDialog::takeAnswer(const QString &, int, const QString &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_status->setText(error.isEmpty() ? m_doneText : error);
    if (error.isEmpty())
        m_note->clear();
    refresh();
}

} // namespace steadyline::gui
