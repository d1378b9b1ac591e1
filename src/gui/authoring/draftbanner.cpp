#include "draftbanner.h"

#include "widgets/noticestyle.h"

#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace steadyline::gui {

DraftBanner::DraftBanner(QFrame &banner, QLabel &label, QPushButton &restore, QPushButton &discard, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_label(label)
{
    m_banner.setVisible(false);
    styleAsNotice(&m_banner, NoticeKind::Attention);
    connect(&restore, &QPushButton::clicked, this, &DraftBanner::restoreRequested);
    connect(&discard, &QPushButton::clicked, this, &DraftBanner::discard);
}

void DraftBanner::offerAll()
{
    m_offered = EditorDrafts::all();
    offerNext();
}

std::optional<EditorDraft> DraftBanner::take()
{
    if (m_offered.empty())
        return std::nullopt;
    EditorDraft draft = m_offered.front();
    m_offered.erase(m_offered.begin());
    offerNext();
    return draft;
}

void DraftBanner::offerNext()
{
    if (m_offered.empty()) {
        m_banner.setVisible(false);
        return;
    }
    const EditorDraft &draft = m_offered.front();
    const QString what = draft.origin.isEmpty() ? tr("a new playbook") : QFileInfo(draft.origin).fileName();
    m_banner.setVisible(true);
    m_label.setText(tr("Unsaved changes to %1 from %2 were kept when the editor closed unexpectedly.")
                        .arg(what, QLocale().toString(draft.savedAt, QLocale::ShortFormat)));
}

void DraftBanner::discard()
{
    if (const std::optional<EditorDraft> draft = take())
        EditorDrafts::remove(draft->file);
}

} // namespace steadyline::gui
