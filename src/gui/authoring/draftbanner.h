#pragma once

#include "authoring/editordrafts.h"

#include <QObject>

#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QPushButton;

namespace steadyline::gui {

// The banner above the editor's text that offers, one at a time and newest first, the drafts
// kept when an editor closed unexpectedly (a crash, a logout): Restore or Discard.
class DraftBanner : public QObject
{
    Q_OBJECT

public:
    DraftBanner(QFrame &banner, QLabel &label, QPushButton &restore, QPushButton &discard, QObject *parent = nullptr);

    // Looks for kept drafts again and offers the newest.
    void offerAll();
    [[nodiscard]] bool hasOffer() const { return !m_offered.empty(); }
    // The draft on offer, taken off the banner (the next one is offered).
    [[nodiscard]] std::optional<EditorDraft> take();

signals:
    // Restore was pressed: the editor asks about unsaved changes, then take()s the draft.
    void restoreRequested();

private:
    void offerNext();
    void discard();

    QFrame &m_banner;
    QLabel &m_label;
    std::vector<EditorDraft> m_offered;
};

} // namespace steadyline::gui
