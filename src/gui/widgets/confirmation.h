#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace steadyline::gui {

// The only modal question the app asks during a call: one that prevents losing data. Tests
// answer it in advance instead of clicking a real dialog.
class Confirmation
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
    static void setNextAnswer(bool answer) { s_nextAnswer = answer; }
    // Whether an answer set by setNextAnswer() is still waiting (no question was asked since).
    [[nodiscard]] static bool answerPending() { return s_nextAnswer.has_value(); }
    static void clearNextAnswer() { s_nextAnswer.reset(); }

private:
    static inline std::optional<bool> s_nextAnswer;
};

} // namespace steadyline::gui
