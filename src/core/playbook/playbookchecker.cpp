#include "playbookchecker.h"

#include "common/suggestion.h"
#include "localechecks.h"
#include "messagetemplate.h"
#include "standardkeys.h"
#include "stepflowchecks.h"
#include "translationstatus.h"
#include "unrenderedform.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <deque>
#include <optional>

namespace steadyline {

namespace {

constexpr int kTimerFloorMs = 1000;
// Five minutes: a pause or a hold of 90–120 s fits (seed 004: take a pause when you boil).
constexpr int kTimerCeilingMs = 300000;
// Seed 000: the 3½ step comes "after about 5–10 seconds", whatever else a playbook times.
constexpr int kMethodWaitMinMs = 5000;
constexpr int kMethodWaitMaxMs = 10000;

// The method's 3½ step, as the training runner also recognises it ("3½" or "3.5").
bool isMethodWait(const QString &label)
{
    const QString trimmed = label.trimmed();
    return trimmed == u"3½" || trimmed == u"3.5";
}

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

struct UnsafeCharacter
{
    qsizetype offset = 0;
    QString codePoint; // "U+202E"
    DiagnosticText what;
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
            what = QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a control character");
        else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
                 c == 0x061C)
            what = QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a bidirectional control");
        else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
            what = QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a zero-width character");
        if (what)
            return UnsafeCharacter{
                i,
                QStringLiteral("U+") +
                    QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper(),
                DiagnosticText(what)};
    }
    return std::nullopt;
}

// "<b>", "</i>", "<img …>": markup that would once have been rendered.
qsizetype findMarkup(const QString &text)
{
    if (!text.contains(u'<')) // nearly every text: no expression to run
        return -1;
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"));
    const QRegularExpressionMatch match = tag.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

// "steps.<id>.title": the instruction shown large on the step card.
bool isStepTitle(const LocalizedText &text)
{
    return text.key.startsWith(QStringLiteral("steps.")) && text.key.endsWith(QStringLiteral(".title"));
}

bool guardsOverlap(const Guard &a, const Guard &b)
{
    // A guard naming an unknown channel is already an error; it must not also look unguarded.
    if (!a.known || !b.known)
        return false;
    return !a.channel || !b.channel || *a.channel == *b.channel;
}

// Step ids that transitions, 'except' lists or 'initialStep' refer to but no step has, in file order.
QStringList missingStepIds(const Playbook &playbook)
{
    QStringList missing;
    const auto note = [&](const QString &id) {
        if (!id.isEmpty() && !playbook.findStep(id) && !missing.contains(id))
            missing << id;
    };
    note(playbook.initialStep);
    for (const GlobalTransition &global : playbook.globalTransitions) {
        note(global.transition.target);
        for (const QString &id : global.exceptSteps)
            note(id);
    }
    for (const Step &step : playbook.steps) {
        for (const Transition &t : step.transitions)
            note(t.target);
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry)
                note(t.target);
        }
    }
    return missing;
}

// "Take-pause" and "take pause" are the step meant by 'take_pause'.
QString asIdentifier(const QString &written)
{
    QString id = written.trimmed().toLower();
    id.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    return id;
}

} // namespace

bool appliesIn(const GlobalTransition &global, const Step &step)
{
    return !step.isFinal && !global.exceptSteps.contains(step.id);
}

PlaybookChecker::PlaybookChecker(DiagnosticSink &sink)
    : m_sink(sink)
{}

DiagnosticText PlaybookChecker::suggestStep(const Playbook &playbook, const QString &word)
{
    // Each suggestion compares against every step: a file full of wrong names must not make
    // validation crawl, so only the first few mistakes get one.
    if (m_suggestionsLeft <= 0)
        return {};
    --m_suggestionsLeft;
    return didYouMean(word, stepIds(playbook));
}

DiagnosticText PlaybookChecker::rootCauseOfMissingStep(const Playbook &playbook, const QString &missingId) const
{
    for (const Step &step : playbook.steps) {
        if (!step.invalidId.isEmpty() && asIdentifier(step.invalidId) == missingId)
            return DiagnosticText(
                       QT_TRANSLATE_NOOP(
                           "steadyline::Diagnostic",
                           " This follows from the step at line %1, whose id \"%2\" is not a valid id; write "
                           "it as '%3' there."))
                .arg(m_sink.positionOf(member(step.pointer, "id")).line)
                .arg(step.invalidId, missingId);
    }
    return m_duplicateStepNote;
}

DiagnosticText PlaybookChecker::rootCauseOrSuggestion(const Playbook &playbook, const QString &missingId)
{
    const DiagnosticText cause = rootCauseOfMissingStep(playbook, missingId);
    return cause.isEmpty() ? suggestStep(playbook, missingId) : cause;
}

void PlaybookChecker::check(const Playbook &playbook)
{
    // Sizes no real playbook comes near, which a hostile or broken file on the team share would
    // use to freeze the window or eat its memory (review M4).
    if (playbook.steps.size() > kMaxSteps)
        m_sink.error(
            QStringLiteral("too-many-steps"), "/steps",
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                             "the playbook has %1 steps; at most %2 are allowed. Split it into several "
                                             "playbooks."))
                .arg(playbook.steps.size())
                .arg(kMaxSteps));
    if (playbook.steps.empty()) {
        // 'steps' is missing or broken (already reported): every reference would look wrong.
        checkTexts(playbook);
        return;
    }
    checkIds(playbook);
    checkTransitions(playbook);
    checkEndCallSteps(playbook, m_sink);
    checkExits(playbook);
    checkReachability(playbook);
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
    // A duplicate id is usually a copied or renamed step: the id it should have had is then
    // referred to but missing. Naming that id here puts the root cause first (review M9).
    const QStringList missing = missingStepIds(playbook);
    QHash<QString, const Step *> seenSteps;
    for (const Step &step : playbook.steps) {
        if (step.id.isEmpty())
            continue;
        if (const Step *first = seenSteps.value(step.id)) {
            const std::string at = member(step.pointer, "id");
            const DiagnosticText hint =
                missing.isEmpty()
                    ? DiagnosticText()
                    : DiagnosticText(
                          QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                            " Steps refer to '%1', which no step has: was this step meant to be '%2'?"))
                          .arg(missing.join(QStringLiteral("', '")), missing.constFirst());
            m_sink.error(QStringLiteral("duplicate-step-id"), at,
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "the step id '%1' is used twice (first at line %2); every step needs its "
                                            "own id.%3"))
                             .arg(step.id)
                             .arg(m_sink.positionOf(member(first->pointer, "id")).line)
                             .arg(hint));
            if (m_duplicateStepNote.isEmpty())
                m_duplicateStepNote =
                    DiagnosticText(
                        QT_TRANSLATE_NOOP(
                            "steadyline::Diagnostic",
                            " This probably follows from the duplicate step id '%1' at line %2; fix that first."))
                        .arg(step.id)
                        .arg(m_sink.positionOf(at).line);
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
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "the event '%1' is declared twice; declare each event once."))
                             .arg(event.id));
        seenEvents.insert(event.id);
    }
    if (!playbook.initialStep.isEmpty() && !playbook.findStep(playbook.initialStep)) {
        m_sink.error(QStringLiteral("unknown-initial-step"), "/initialStep",
                     DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                      "'initialStep' names the step '%1', which does not exist.%2"))
                         .arg(playbook.initialStep, rootCauseOrSuggestion(playbook, playbook.initialStep)));
    }
}

void PlaybookChecker::checkTransition(const Playbook &playbook, const Transition &transition, bool checkEvent)
{
    if (!transition.target.isEmpty() && !playbook.findStep(transition.target)) {
        m_sink.error(QStringLiteral("unknown-target"), member(transition.pointer, "to"),
                     DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                      "the transition leads to the step '%1', which does not exist.%2"))
                         .arg(transition.target, rootCauseOrSuggestion(playbook, transition.target)));
    }
    if (checkEvent && !transition.event.isEmpty() && !playbook.findEvent(transition.event)) {
        QStringList events;
        for (const EventDefinition &event : playbook.events) {
            if (!events.contains(event.id))
                events << event.id;
        }
        m_sink.error(
            QStringLiteral("unknown-event"), member(transition.pointer, "event"),
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                             "the event '%1' is not declared in 'events'.%2 Declared events: %3."))
                .arg(transition.event, didYouMean(transition.event, events), events.join(QStringLiteral(", "))));
    }
}

void PlaybookChecker::checkTransitions(const Playbook &playbook)
{
    const auto reportOverlaps = [&](const std::vector<Transition> &list, bool byEvent, const DiagnosticText &where) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if ((!byEvent || list[i].event == list[j].event) && guardsOverlap(list[i].guard, list[j].guard)) {
                    m_sink.error(
                        QStringLiteral("ambiguous-transition"), list[i].pointer,
                        byEvent ? DiagnosticText(
                                      QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "%1 already has a transition for the event '%2' that applies "
                                                        "here; give the two different 'when' guards or remove one."))
                                      .arg(where, list[i].event)
                                : DiagnosticText(
                                      QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "%1 already has an expiry target that applies here; give the "
                                                        "targets different 'when' guards or remove one."))
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
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "'except' names the step '%1', which does not exist.%2"))
                        .arg(id, rootCauseOrSuggestion(playbook, id)));
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
                             DiagnosticText(QT_TRANSLATE_NOOP(
                                                "steadyline::Diagnostic",
                                                "global transitions %1 and %2 both handle the event '%3' in step '%4'; "
                                                "give them different 'when' guards or 'except' lists, or remove one."))
                                 .arg(j + 1)
                                 .arg(i + 1)
                                 .arg(a.event, clash->id));
                break;
            }
        }
    }
    for (const Step &step : playbook.steps) {
        const DiagnosticText where =
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "step '%1'")).arg(step.id);
        for (const Transition &t : step.transitions)
            checkTransition(playbook, t, true);
        reportOverlaps(step.transitions, true, where);
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry)
                checkTransition(playbook, t, false);
            reportOverlaps(step.timer->onExpiry, false,
                           DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the timer of %1")).arg(where));
        }
    }
}

void PlaybookChecker::checkReachability(const Playbook &playbook)
{
    const int start = playbook.stepIndex(playbook.initialStep);
    if (start < 0)
        return; // already reported
    // The steps after a dead end, a duplicated or an invalid id cannot be reached because of it:
    // name the root cause alone.
    if (hasReported(m_sink, QStringLiteral("dead-end-step")) ||
        hasReported(m_sink, QStringLiteral("duplicate-step-id")) ||
        std::any_of(playbook.steps.begin(), playbook.steps.end(), [](const Step &s) { return s.id.isEmpty(); }))
        return;
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
            m_sink.warning(
                QStringLiteral("unreachable-step"), member(step.pointer, "id"),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "no path from the initial step '%1' leads to the step '%2'; add a "
                                                 "transition to it or remove it."))
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
                m_sink.warning(
                    QStringLiteral("final-step-has-exits"), member(step.pointer, "final"),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "the step '%1' is final, so its transitions and timer are never used; "
                                          "remove them or drop \"final\": true."))
                        .arg(step.id));
            continue;
        }
        QStringList globalExits;
        for (const GlobalTransition &global : playbook.globalTransitions) {
            if (appliesIn(global, step) && !globalExits.contains(global.transition.event))
                globalExits << global.transition.event;
        }
        // A step that ends the call is reported as not final (end-call-not-final) instead.
        if (!hasOwnExits && !endsCall(step)) {
            // Global transitions ("threat", "pause") are detours, not the method's next step: a step
            // left only by them stops the method there.
            m_sink.error(
                QStringLiteral("dead-end-step"), member(step.pointer, "id"),
                globalExits.isEmpty()
                    ? DiagnosticText(
                          QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                            "the step '%1' has no way out: give it a transition ('on') or a timer, "
                                            "or mark it \"final\": true if the call ends there."))
                          .arg(step.id)
                    : DiagnosticText(
                          QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                            "the step '%1' has no way on of its own: only global transitions "
                                            "('%2') lead out of it, so the method stops there. Give it a "
                                            "transition ('on') to the next step or a timer, or mark it "
                                            "\"final\": true if the call ends there."))
                          .arg(step.id, globalExits.join(QStringLiteral("', '"))));
        }
        if (step.timer && !step.timer->onExpiry.empty()) {
            for (const Channel channel : {Channel::Phone, Channel::InPerson}) {
                bool covered = false;
                for (const Transition &t : step.timer->onExpiry)
                    covered = covered || t.guard.matches(channel);
                if (!covered)
                    m_sink.warning(
                        QStringLiteral("uncovered-channel"), member(step.timer->pointer, "onExpiry"),
                        DiagnosticText(
                            QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                              "when the timer of step '%1' expires on the \"%2\" channel, no target "
                                              "applies and the step stays; add a target for \"%2\"."))
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
            m_sink.error(
                QStringLiteral("timer-range"), member(timer.pointer, key),
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "'%1' of the timer of step '%2' is %3 ms; timers run from 1000 to 300000 ms "
                                      "(1 s to 5 min)."))
                    .arg(QString::fromLatin1(key), step.id)
                    .arg(value));
        }
    }
    if (inRange && isMethodWait(step.label) && (timer.minMs < kMethodWaitMinMs || timer.maxMs > kMethodWaitMaxMs)) {
        // Longer timers are for pauses and holds; the 3½ wait itself stays the seed's 5–10 s.
        m_sink.error(QStringLiteral("method-wait-range"),
                     member(timer.pointer, timer.minMs < kMethodWaitMinMs ? "minMs" : "maxMs"),
                     DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                      "step '%1' is the method's 3½ wait, which lasts 5–10 s, but its "
                                                      "timer runs from %2 to %3 ms; give it minMs ≥ 5000 and maxMs ≤ "
                                                      "10000, or label a longer pause otherwise (e.g. \"‖\")."))
                         .arg(step.id)
                         .arg(timer.minMs)
                         .arg(timer.maxMs));
    }
    if (inRange && !(timer.minMs <= timer.defaultMs && timer.defaultMs <= timer.maxMs)) {
        // At the value in question: minMs when the range itself is upside down, else defaultMs.
        m_sink.error(QStringLiteral("timer-bounds"),
                     member(timer.pointer, timer.minMs > timer.maxMs ? "minMs" : "defaultMs"),
                     DiagnosticText(
                         QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                           "the timer of step '%1' must satisfy minMs ≤ defaultMs ≤ maxMs, but it has "
                                           "minMs %2, defaultMs %3, maxMs %4."))
                         .arg(step.id)
                         .arg(timer.minMs)
                         .arg(timer.defaultMs)
                         .arg(timer.maxMs));
    }
}

void PlaybookChecker::checkTexts(const Playbook &playbook)
{
    checkTextLocales(playbook, m_sink);
    // A playbook that gives the plural form of address anywhere offers it to the consultant; a
    // line without it would then show a couple both forms ("Panu/Pani").
    bool offersPluralAddress = false;
    playbook.forEachText([&](const LocalizedText &text) {
        for (const QString &value : text.byLocale)
            offersPluralAddress = offersPluralAddress || MessageTemplate::hasPluralAddress(value);
    });
    playbook.forEachText([&](const LocalizedText &text) {
        for (auto it = text.byLocale.constBegin(); it != text.byLocale.constEnd(); ++it) {
            // A plain string has no per-locale member; its position then falls back to the string.
            const auto localeAt = [&] { return json::appendPointer(text.pointer, it.key().toStdString()); };
            if (it.value().size() > kMaxTextLength) {
                m_sink.error(QStringLiteral("text-too-long"), localeAt(),
                             DiagnosticText(QT_TRANSLATE_NOOP(
                                                "steadyline::Diagnostic",
                                                "the \"%1\" text of \"%2\" has %3 characters; a text may have at most "
                                                "%4. Shorten it: the consultant reads it during a call."))
                                 .arg(it.key(), text.key)
                                 .arg(it.value().size())
                                 .arg(kMaxTextLength));
                continue;
            }
            if (std::all_of(it.value().begin(), it.value().end(), [](QChar c) { return c.isSpace(); })) {
                m_sink.error(
                    QStringLiteral("empty-text"), localeAt(),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "the \"%1\" text of \"%2\" is empty; write the text or remove the entry."))
                        .arg(it.key(), text.key));
                continue;
            }
            // What a consultant reads must be what the file says: no character that reorders or
            // hides text ("0.001 zł" shown as "100.0") or that a terminal or CI log would obey.
            if (const auto unsafe = findUnsafeCharacter(it.value())) {
                m_sink.addInString(
                    Severity::Error, QStringLiteral("unsafe-character"), localeAt(), unsafe->offset,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "the \"%1\" text of \"%2\" contains the invisible character %3 "
                                                     "(%4), which can make the text show other than it is; remove it."))
                        .arg(it.key(), text.key, unsafe->codePoint, unsafe->what));
                continue;
            }
            if (const qsizetype markup = findMarkup(it.value()); markup >= 0)
                m_sink.addInString(
                    Severity::Warning, QStringLiteral("markup-in-text"), localeAt(), markup,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "the \"%1\" text of \"%2\" contains what looks like HTML; the "
                                                     "window shows texts as written, tags included."))
                        .arg(it.key(), text.key));
            if (const auto error = MessageTemplate::check(it.value())) {
                m_sink.addInString(
                    Severity::Error, error->code, localeAt(), error->offset,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "in the \"%1\" text of \"%2\": %3"))
                        .arg(it.key(), text.key, error->message));
                continue;
            }
            if (const qsizetype twoForms = offersPluralAddress ? MessageTemplate::lacksPluralAddress(it.value()) : -1;
                twoForms >= 0)
                m_sink.addInString(
                    Severity::Warning, QStringLiteral("address-plural-missing"), localeAt(), twoForms,
                    DiagnosticText(QT_TRANSLATE_NOOP(
                                       "steadyline::Diagnostic",
                                       "the \"%1\" text of \"%2\" has an {address:…|…} without the third, plural "
                                       "form that other texts of this playbook give; a couple or a caller of unknown "
                                       "gender would see both forms (\"Panu/Pani\"). Add it: "
                                       "{address:Panu|Pani|Państwu}."))
                        .arg(it.key(), text.key));
            // Lines read out to the caller and step titles, shown large on the card, must be free of
            // unrendered forms; tips may talk about forms ("say Pan/Pani").
            if (!text.spoken && !isStepTitle(text))
                continue;
            if (const UnrenderedForm found = findUnrenderedForm(it.value()); found.offset >= 0) {
                m_sink.addInString(
                    Severity::Warning, QStringLiteral("unrendered-form"), localeAt(), found.offset,
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "the \"%1\" text of \"%2\" contains \"%3\", which would %4 as written; use "
                                          "%5 for grammatical forms%6, or write {/} for a slash you mean (24{/}7)."))
                        .arg(it.key(), text.key, found.text,
                             text.spoken
                                 ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "be read out"))
                                 : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "show on the card")),
                             placeholderExamples(it.key()),
                             text.spoken ? DiagnosticText(QT_TRANSLATE_NOOP(
                                               "steadyline::Diagnostic", ", separate 'say' entries for alternatives"))
                                         : DiagnosticText()));
            }
        }
    });
}

} // namespace steadyline
