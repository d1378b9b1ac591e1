#include "playbookchecker.h"

#include "common/suggestion.h"
#include "messagetemplate.h"
#include "standardkeys.h"
#include "translationstatus.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <deque>
#include <optional>

namespace steadyline {

namespace {

constexpr int kTimerFloorMs = 1000;
constexpr int kTimerCeilingMs = 60000;

std::string member(const std::string &pointer, const char *key)
{
    return json::appendPointer(pointer, key);
}

QStringList stepIds(const Playbook &playbook)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(playbook.steps.size()));
    for (const Step &step : playbook.steps)
        ids << step.id;
    return ids;
}

struct FoundForm
{
    qsizetype offset = -1;
    QString text;
};

struct UnsafeCharacter
{
    qsizetype offset = 0;
    QString codePoint; // "U+202E"
    QString what;
};

// Control characters (a line break aside) and the characters that reorder or hide text: bidi
// embeddings, overrides, isolates and marks, zero-width characters, the byte-order mark. The
// no-break space (U+00A0) of Polish typography is ordinary text.
std::optional<UnsafeCharacter> findUnsafeCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char *what = nullptr;
        if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            what = "a control character";
        else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
                 c == 0x061C)
            what = "a bidirectional control";
        else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
            what = "a zero-width character";
        if (what)
            return UnsafeCharacter{
                i,
                QStringLiteral("U+") +
                    QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper(),
                QString::fromLatin1(what)};
    }
    return std::nullopt;
}

// "<b>", "</i>", "<img …>": markup that would once have been rendered.
qsizetype findMarkup(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"));
    const QRegularExpressionMatch match = tag.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

// Alternatives joined by a slash ("Panu/Pani", "opowiedzieć/wyjaśnić") or a gender suffix in
// brackets ("zmuszony(a)") would reach the screen as written. Returns the first such form.
FoundForm findUnrenderedForm(const QString &text)
{
    const qsizetype n = text.size();
    const auto wordStart = [&](qsizetype i) {
        while (i > 0 && text.at(i - 1).isLetter())
            --i;
        return i;
    };
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const QChar c = text.at(i);
        if (!text.at(i - 1).isLetter())
            continue;
        if (c == u'/' && text.at(i + 1).isLetter()) {
            const qsizetype start = wordStart(i - 1);
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            return {start, text.mid(start, end - start)};
        }
        if (c == u'(') {
            qsizetype end = i + 1;
            while (end < n && end - i <= 3 && text.at(end).isLetter())
                ++end;
            if (end > i + 1 && end - i <= 4 && end < n && text.at(end) == u')') {
                const qsizetype start = wordStart(i - 1);
                return {start, text.mid(start, end + 1 - start)};
            }
        }
    }
    return {};
}

bool guardsOverlap(const Guard &a, const Guard &b)
{
    return !a.channel || !b.channel || *a.channel == *b.channel;
}

} // namespace

bool appliesIn(const GlobalTransition &global, const Step &step)
{
    return !step.isFinal && !global.exceptSteps.contains(step.id);
}

PlaybookChecker::PlaybookChecker(DiagnosticSink &sink)
    : m_sink(sink)
{}

QString PlaybookChecker::suggestStep(const Playbook &playbook, const QString &word)
{
    // Each suggestion compares against every step: a file full of wrong names must not make
    // validation crawl, so only the first few mistakes get one.
    if (m_suggestionsLeft <= 0)
        return {};
    --m_suggestionsLeft;
    return didYouMean(word, stepIds(playbook));
}

void PlaybookChecker::check(const Playbook &playbook)
{
    // Sizes no real playbook comes near, which a hostile or broken file on the team share would
    // use to freeze the window or eat its memory (review M4).
    if (playbook.steps.size() > kMaxSteps)
        m_sink.error(QStringLiteral("too-many-steps"), "/steps",
                     QStringLiteral("the playbook has %1 steps; at most %2 are allowed. Split it into several "
                                    "playbooks.")
                         .arg(playbook.steps.size())
                         .arg(kMaxSteps));
    if (playbook.steps.empty()) {
        // 'steps' is missing or broken (already reported): every reference would look wrong.
        checkTexts(playbook);
        return;
    }
    checkIds(playbook);
    checkTransitions(playbook);
    checkReachability(playbook);
    checkExits(playbook);
    for (const Step &step : playbook.steps)
        checkTimer(step);
    // Follow-on warnings about the keys would bury an error's root cause.
    if (!m_sink.hasErrors())
        checkStandardKeys(playbook, m_sink);
    checkTexts(playbook);
    checkTranslationRecords(playbook, m_sink);
}

void PlaybookChecker::checkIds(const Playbook &playbook)
{
    QHash<QString, const Step *> seenSteps;
    for (const Step &step : playbook.steps) {
        if (step.id.isEmpty())
            continue;
        if (const Step *first = seenSteps.value(step.id)) {
            m_sink.error(QStringLiteral("duplicate-step-id"), member(step.pointer, "id"),
                         QStringLiteral("the step id '%1' is used twice (first by step %2); every step needs its "
                                        "own id.")
                             .arg(step.id)
                             .arg(playbook.stepIndex(first->id) + 1));
            continue;
        }
        seenSteps.insert(step.id, &step);
    }
    QSet<QString> seenEvents;
    for (const EventDefinition &event : playbook.events) {
        if (event.id.isEmpty())
            continue;
        if (seenEvents.contains(event.id))
            m_sink.error(QStringLiteral("duplicate-event-id"), member(event.pointer, "id"),
                         QStringLiteral("the event '%1' is declared twice; declare each event once.").arg(event.id));
        seenEvents.insert(event.id);
    }
    if (!playbook.initialStep.isEmpty() && !playbook.findStep(playbook.initialStep)) {
        m_sink.error(QStringLiteral("unknown-initial-step"), "/initialStep",
                     QStringLiteral("'initialStep' names the step '%1', which does not exist.%2")
                         .arg(playbook.initialStep, suggestStep(playbook, playbook.initialStep)));
    }
}

void PlaybookChecker::checkTransition(const Playbook &playbook, const Transition &transition, bool checkEvent)
{
    if (!transition.target.isEmpty() && !playbook.findStep(transition.target)) {
        m_sink.error(QStringLiteral("unknown-target"), member(transition.pointer, "to"),
                     QStringLiteral("the transition leads to the step '%1', which does not exist.%2")
                         .arg(transition.target, suggestStep(playbook, transition.target)));
    }
    if (checkEvent && !transition.event.isEmpty() && !playbook.findEvent(transition.event)) {
        QStringList events;
        for (const EventDefinition &event : playbook.events) {
            if (!events.contains(event.id))
                events << event.id;
        }
        m_sink.error(
            QStringLiteral("unknown-event"), member(transition.pointer, "event"),
            QStringLiteral("the event '%1' is not declared in 'events'.%2 Declared events: %3.")
                .arg(transition.event, didYouMean(transition.event, events), events.join(QStringLiteral(", "))));
    }
}

void PlaybookChecker::checkTransitions(const Playbook &playbook)
{
    const auto reportOverlaps = [&](const std::vector<Transition> &list, bool byEvent, const QString &where) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if ((!byEvent || list[i].event == list[j].event) && guardsOverlap(list[i].guard, list[j].guard)) {
                    m_sink.error(QStringLiteral("ambiguous-transition"), list[i].pointer,
                                 byEvent ? QStringLiteral("%1 already has a transition for the event '%2' that applies "
                                                          "here; give the two different 'when' guards or remove one.")
                                               .arg(where, list[i].event)
                                         : QStringLiteral("%1 already has an expiry target that applies here; give the "
                                                          "targets different 'when' guards or remove one.")
                                               .arg(where));
                    break;
                }
            }
        }
    };
    for (const GlobalTransition &global : playbook.globalTransitions) {
        checkTransition(playbook, global.transition, true);
        for (qsizetype k = 0; k < global.exceptSteps.size(); ++k) {
            const QString &id = global.exceptSteps.at(k);
            if (!playbook.findStep(id))
                m_sink.error(
                    QStringLiteral("unknown-step"),
                    json::appendPointer(member(global.transition.pointer, "except"), static_cast<std::size_t>(k)),
                    QStringLiteral("'except' names the step '%1', which does not exist.%2")
                        .arg(id, suggestStep(playbook, id)));
        }
    }
    // Two global transitions for one event clash only where both apply to the same step.
    const auto &globals = playbook.globalTransitions;
    for (std::size_t i = 0; i < globals.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            const Transition &a = globals[i].transition;
            const Transition &b = globals[j].transition;
            if (a.event != b.event || !guardsOverlap(a.guard, b.guard))
                continue;
            const auto clash = std::find_if(playbook.steps.begin(), playbook.steps.end(), [&](const Step &step) {
                return appliesIn(globals[i], step) && appliesIn(globals[j], step);
            });
            if (clash != playbook.steps.end()) {
                m_sink.error(QStringLiteral("ambiguous-transition"), a.pointer,
                             QStringLiteral("global transitions %1 and %2 both handle the event '%3' in step '%4'; "
                                            "give them different 'when' guards or 'except' lists, or remove one.")
                                 .arg(j + 1)
                                 .arg(i + 1)
                                 .arg(a.event, clash->id));
                break;
            }
        }
    }
    for (const Step &step : playbook.steps) {
        const QString where = QStringLiteral("step '%1'").arg(step.id);
        for (const Transition &t : step.transitions)
            checkTransition(playbook, t, true);
        reportOverlaps(step.transitions, true, where);
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry)
                checkTransition(playbook, t, false);
            reportOverlaps(step.timer->onExpiry, false, QStringLiteral("the timer of %1").arg(where));
        }
    }
}

void PlaybookChecker::checkReachability(const Playbook &playbook)
{
    const int start = playbook.stepIndex(playbook.initialStep);
    if (start < 0)
        return; // already reported
    std::vector<bool> reached(playbook.steps.size(), false);
    std::deque<int> queue{start};
    reached[static_cast<std::size_t>(start)] = true;
    const auto visit = [&](const QString &target) {
        const int index = playbook.stepIndex(target);
        if (index >= 0 && !reached[static_cast<std::size_t>(index)]) {
            reached[static_cast<std::size_t>(index)] = true;
            queue.push_back(index);
        }
    };
    while (!queue.empty()) {
        const Step &step = playbook.steps[static_cast<std::size_t>(queue.front())];
        queue.pop_front();
        for (const Transition &t : step.transitions)
            visit(t.target);
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry)
                visit(t.target);
        }
        for (const GlobalTransition &global : playbook.globalTransitions) {
            if (appliesIn(global, step))
                visit(global.transition.target);
        }
    }
    for (std::size_t i = 0; i < playbook.steps.size(); ++i) {
        const Step &step = playbook.steps[i];
        if (!reached[i] && !step.id.isEmpty() && playbook.stepIndex(step.id) == static_cast<int>(i)) {
            m_sink.warning(QStringLiteral("unreachable-step"), member(step.pointer, "id"),
                           QStringLiteral("no path from the initial step '%1' leads to the step '%2'; add a "
                                          "transition to it or remove it.")
                               .arg(playbook.initialStep, step.id));
        }
    }
}

void PlaybookChecker::checkExits(const Playbook &playbook)
{
    for (const Step &step : playbook.steps) {
        const bool hasOwnExits = !step.transitions.empty() || step.timer.has_value();
        if (step.isFinal) {
            if (hasOwnExits)
                m_sink.warning(QStringLiteral("final-step-has-exits"), member(step.pointer, "final"),
                               QStringLiteral("the step '%1' is final, so its transitions and timer are never used; "
                                              "remove them or drop \"final\": true.")
                                   .arg(step.id));
            continue;
        }
        bool hasGlobalExit = false;
        for (const GlobalTransition &global : playbook.globalTransitions)
            hasGlobalExit = hasGlobalExit || appliesIn(global, step);
        if (!hasOwnExits && !hasGlobalExit) {
            m_sink.error(QStringLiteral("dead-end-step"), member(step.pointer, "id"),
                         QStringLiteral("the step '%1' has no way out: give it a transition ('on') or a timer, "
                                        "or mark it \"final\": true if the call ends there.")
                             .arg(step.id));
        }
        if (step.timer && !step.timer->onExpiry.empty()) {
            for (const Channel channel : {Channel::Phone, Channel::InPerson}) {
                bool covered = false;
                for (const Transition &t : step.timer->onExpiry)
                    covered = covered || t.guard.matches(channel);
                if (!covered)
                    m_sink.warning(
                        QStringLiteral("uncovered-channel"), member(step.timer->pointer, "onExpiry"),
                        QStringLiteral("when the timer of step '%1' expires on the \"%2\" channel, no target "
                                       "applies and the step stays; add a target for \"%2\".")
                            .arg(step.id, channelName(channel)));
            }
        }
    }
}

void PlaybookChecker::checkTimer(const Step &step)
{
    if (!step.timer || !step.timer->complete)
        return;
    const StepTimer &timer = *step.timer;
    bool inRange = true;
    for (const auto &[key, value] :
         {std::pair{"minMs", timer.minMs}, std::pair{"defaultMs", timer.defaultMs}, std::pair{"maxMs", timer.maxMs}}) {
        if (value < kTimerFloorMs || value > kTimerCeilingMs) {
            inRange = false;
            m_sink.error(QStringLiteral("timer-range"), member(timer.pointer, key),
                         QStringLiteral("'%1' of the timer of step '%2' is %3 ms; timers run from 1000 to 60000 ms "
                                        "(1 to 60 s).")
                             .arg(QString::fromLatin1(key), step.id)
                             .arg(value));
        }
    }
    if (inRange && !(timer.minMs <= timer.defaultMs && timer.defaultMs <= timer.maxMs)) {
        m_sink.error(QStringLiteral("timer-bounds"), timer.pointer,
                     QStringLiteral("the timer of step '%1' must satisfy minMs ≤ defaultMs ≤ maxMs, but it has "
                                    "minMs %2, defaultMs %3, maxMs %4.")
                         .arg(step.id)
                         .arg(timer.minMs)
                         .arg(timer.defaultMs)
                         .arg(timer.maxMs));
    }
}

void PlaybookChecker::checkTexts(const Playbook &playbook)
{
    playbook.forEachText([&](const LocalizedText &text) {
        QStringList missing;
        for (const QString &locale : playbook.locales) {
            if (!text.byLocale.contains(locale))
                missing << locale;
        }
        if (!missing.isEmpty() && !text.byLocale.isEmpty())
            m_sink.warning(QStringLiteral("missing-translation"), text.pointer,
                           QStringLiteral("the text \"%1\" has no translation for %2 (declared in 'locales'); "
                                          "consultants in that language will see the %3 text.")
                               .arg(text.key, missing.join(QStringLiteral(", ")), playbook.baseLocale));
        for (auto it = text.byLocale.constBegin(); it != text.byLocale.constEnd(); ++it) {
            // A plain string has no per-locale member; its position then falls back to the string.
            const auto localeAt = [&] { return json::appendPointer(text.pointer, it.key().toStdString()); };
            if (!playbook.locales.contains(it.key()))
                m_sink.warningAtKey(
                    QStringLiteral("undeclared-locale"), localeAt(),
                    QStringLiteral("the text \"%1\" has a \"%2\" version, but \"%2\" is not in 'locales'; "
                                   "add it there or remove the text.")
                        .arg(text.key, it.key()));
            if (it.value().size() > kMaxTextLength) {
                m_sink.error(QStringLiteral("text-too-long"), localeAt(),
                             QStringLiteral("the \"%1\" text of \"%2\" has %3 characters; a text may have at most "
                                            "%4. Shorten it: the consultant reads it during a call.")
                                 .arg(it.key(), text.key)
                                 .arg(it.value().size())
                                 .arg(kMaxTextLength));
                continue;
            }
            if (it.value().trimmed().isEmpty()) {
                m_sink.error(QStringLiteral("empty-text"), localeAt(),
                             QStringLiteral("the \"%1\" text of \"%2\" is empty; write the text or remove the entry.")
                                 .arg(it.key(), text.key));
                continue;
            }
            // What a consultant reads must be what the file says: no character that reorders or
            // hides text ("0.001 zł" shown as "100.0") or that a terminal or CI log would obey.
            if (const auto unsafe = findUnsafeCharacter(it.value())) {
                m_sink.addInString(Severity::Error, QStringLiteral("unsafe-character"), localeAt(), unsafe->offset,
                                   QStringLiteral("the \"%1\" text of \"%2\" contains the invisible character %3 "
                                                  "(%4), which can make the text show other than it is; remove it.")
                                       .arg(it.key(), text.key, unsafe->codePoint, unsafe->what));
                continue;
            }
            if (const qsizetype markup = findMarkup(it.value()); markup >= 0)
                m_sink.addInString(Severity::Warning, QStringLiteral("markup-in-text"), localeAt(), markup,
                                   QStringLiteral("the \"%1\" text of \"%2\" contains what looks like HTML; the "
                                                  "window shows texts as written, tags included.")
                                       .arg(it.key(), text.key));
            if (const auto error = MessageTemplate::check(it.value())) {
                m_sink.addInString(
                    Severity::Error, error->code, localeAt(), error->offset,
                    QStringLiteral("in the \"%1\" text of \"%2\": %3").arg(it.key(), text.key, error->message));
                continue;
            }
            // Only lines read out to the caller must be free of unrendered forms.
            if (!text.spoken)
                continue;
            if (const FoundForm found = findUnrenderedForm(it.value()); found.offset >= 0) {
                m_sink.addInString(
                    Severity::Warning, QStringLiteral("unrendered-form"), localeAt(), found.offset,
                    QStringLiteral("the \"%1\" text of \"%2\" contains \"%3\", which would be read out as "
                                   "written; use {address:Panu|Pani} or {agent:zmuszony|zmuszona} for "
                                   "grammatical forms, or separate 'say' entries for alternatives.")
                        .arg(it.key(), text.key, found.text));
            }
        }
    });
}

} // namespace steadyline
