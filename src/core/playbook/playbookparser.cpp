#include "playbookparser.h"

#include "actionsuggestion.h"
#include "common/suggestion.h"
#include "translationstatus.h"
#include "json/objectreader.h"

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace steadyline {

namespace {

using Json = nlohmann::json;
using namespace jsonread;

} // namespace

PlaybookParser::PlaybookParser(DiagnosticSink &sink)
    : m_sink(sink)
{}

namespace {

class Decoder
{
public:
    Decoder(DiagnosticSink &sink, Playbook &playbook)
        : m_sink(sink)
        , m_playbook(playbook)
    {}

    bool decodeRoot(const Json &root)
    {
        if (!root.is_object()) {
            m_sink.error(QStringLiteral("wrong-type"), "",
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "a playbook file must hold one JSON object ({…}), not %1."))
                             .arg(typeName(root)));
            return false;
        }
        ObjectReader r(m_sink, root, "", DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the playbook")));
        const auto version = r.integer("schemaVersion", true);
        if (version && *version > kPlaybookSchemaVersion) {
            m_sink.error(QStringLiteral("unsupported-schema-version"), r.member("schemaVersion"),
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "this playbook uses format version %1, but this Steadyline reads versions "
                                            "up to %2; update Steadyline or save the playbook in version %2."))
                             .arg(*version)
                             .arg(kPlaybookSchemaVersion));
            return false;
        }
        if (version && *version < 1) {
            m_sink.error(QStringLiteral("invalid-value"), r.member("schemaVersion"),
                         DiagnosticText(
                             QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'schemaVersion' must be 1 or more, not %1."))
                             .arg(*version));
        }
        r.rejectUnknown({"schemaVersion", "id", "revision", "baseLocale", "locales", "title", "description",
                         "initialStep", "events", "globalTransitions", "steps", "translatedFrom"});
        m_playbook.schemaVersion = static_cast<int>(version.value_or(kPlaybookSchemaVersion));
        m_playbook.id =
            r.identifier("id", true, playbookIdPattern,
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "use lower-case letters, digits, '.', '_' and '-', e.g. "
                                                          "\"aggressive-caller-3.5\"")))
                .value_or(QString());
        if (const auto revision = r.integer("revision", true)) {
            if (*revision < 1 || *revision > 1'000'000)
                m_sink.error(QStringLiteral("invalid-value"), r.member("revision"),
                             DiagnosticText(
                                 QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                   "'revision' must be between 1 and 1000000, not %1; raise it by one "
                                                   "each time you hand out a changed playbook."))
                                 .arg(*revision));
            else
                m_playbook.revision = static_cast<int>(*revision);
        }
        m_playbook.baseLocale = r.identifier("baseLocale", true, localePattern, localeRule()).value_or(QString());
        if (m_playbook.baseLocale.isEmpty())
            m_playbook.baseLocale = QStringLiteral("en"); // keeps decoding going; an error is already reported
        decodeLocales(r);
        m_playbook.title = text(r, "title", true, QStringLiteral("title"));
        m_playbook.description = text(r, "description", false, QStringLiteral("description"));
        m_playbook.initialStep =
            r.identifier("initialStep", true, identifierPattern, identifierRule()).value_or(QString());
        decodeEvents(r);
        decodeGlobalTransitions(r);
        decodeSteps(r);
        decodeTranslatedFrom(r);
        m_playbook.rebuildIndex();
        return true;
    }

private:
    static DiagnosticText identifierRule()
    {
        return DiagnosticText(QT_TRANSLATE_NOOP(
            "steadyline::Diagnostic",
            "use lower-case letters, digits and '_', starting with a letter, e.g. \"final_warning\""));
    }
    static DiagnosticText localeRule()
    {
        return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                "use a language code such as \"pl\", \"cs\", \"ru\" or \"en-GB\""));
    }

    // locale → text key → fingerprint of the base text each translation was made from.
    void decodeTranslatedFrom(ObjectReader &r)
    {
        const Json *records = r.object("translatedFrom", false);
        if (!records)
            return;
        const std::string pointer = r.member("translatedFrom");
        for (const auto &[localeKey, byKey] : records->items()) {
            const QString locale = qs(localeKey);
            const std::string at = json::appendPointer(pointer, localeKey);
            if (!localePattern(locale)) {
                m_sink.errorAtKey(QStringLiteral("invalid-value"), at,
                                  DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                                   "\"%1\" in 'translatedFrom' is not a locale; %2."))
                                      .arg(locale, localeRule()));
                continue;
            }
            if (!byKey.is_object()) {
                m_sink.error(
                    QStringLiteral("wrong-type"), at,
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "'translatedFrom' of \"%1\" must be an object of text key → fingerprint, "
                                          "not %2."))
                        .arg(locale, typeName(byKey)));
                continue;
            }
            QHash<QString, QString> &fingerprints = m_playbook.translatedFrom[locale];
            for (const auto &[textKey, fingerprint] : byKey.items()) {
                if (!fingerprint.is_string() || !isTextFingerprint(qs(fingerprint.get<std::string>()))) {
                    m_sink.error(
                        QStringLiteral("invalid-value"), json::appendPointer(at, textKey),
                        DiagnosticText(
                            QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                              "the record of \"%1\" in 'translatedFrom' must be the 12 hex digits "
                                              "that 'steadyline i18n-status --mark-current %2 FILE' writes."))
                            .arg(qs(textKey), locale));
                    continue;
                }
                fingerprints.insert(qs(textKey), qs(fingerprint.get<std::string>()));
            }
        }
    }

    void decodeLocales(ObjectReader &r)
    {
        m_playbook.locales = {m_playbook.baseLocale};
        const Json *locales = r.array("locales", false);
        if (!locales)
            return;
        const std::string pointer = r.member("locales");
        for (std::size_t i = 0; i < locales->size(); ++i) {
            const Json &value = (*locales)[i];
            const std::string at = json::appendPointer(pointer, i);
            if (!value.is_string()) {
                m_sink.error(QStringLiteral("wrong-type"), at,
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "each entry of 'locales' must be a string, not %1."))
                                 .arg(typeName(value)));
                continue;
            }
            const QString locale = qs(value.get<std::string>());
            if (!localePattern(locale)) {
                m_sink.error(QStringLiteral("invalid-value"), at,
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "\"%1\" is not a locale; %2."))
                                 .arg(locale, localeRule()));
                continue;
            }
            if (!m_playbook.locales.contains(locale))
                m_playbook.locales << locale;
        }
    }

    // A localised text: a string (in the base locale) or an object of locale → string.
    LocalizedText text(ObjectReader &r, const char *key, bool required, const QString &textKey)
    {
        const Json *value = r.find(key, required);
        if (!value)
            return {};
        return textValue(*value, r.member(key), textKey, [&] {
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'%1' of %2"))
                .arg(QString::fromLatin1(key), r.what());
        });
    }

    LocalizedText textValue(const Json &value, const std::string &pointer, const QString &textKey,
                            const std::function<DiagnosticText()> &describe)
    {
        LocalizedText result;
        result.pointer = pointer;
        result.key = textKey;
        if (value.is_string()) {
            result.byLocale.insert(m_playbook.baseLocale, qs(value.get<std::string>()));
        } else if (value.is_object()) {
            for (const auto &[localeKey, localized] : value.items()) {
                const QString locale = qs(localeKey);
                const std::string at = json::appendPointer(pointer, localeKey);
                if (!localePattern(locale)) {
                    m_sink.errorAtKey(
                        QStringLiteral("invalid-value"), at,
                        DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "\"%1\" in %2 is not a locale; %3."))
                            .arg(locale, describe(), localeRule()));
                    continue;
                }
                if (!localized.is_string()) {
                    m_sink.error(QStringLiteral("wrong-type"), at,
                                 DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                                  "the \"%1\" text of %2 must be a string, not %3."))
                                     .arg(locale, describe(), typeName(localized)));
                    continue;
                }
                result.byLocale.insert(locale, qs(localized.get<std::string>()));
            }
            if (value.empty())
                m_sink.error(QStringLiteral("invalid-value"), pointer,
                             DiagnosticText(QT_TRANSLATE_NOOP(
                                                "steadyline::Diagnostic",
                                                "%1 has no text; give at least the base locale, e.g. {\"%2\": \"…\"}."))
                                 .arg(describe(), m_playbook.baseLocale));
        } else {
            m_sink.error(
                QStringLiteral("wrong-type"), pointer,
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "%1 must be a string or an object of texts per locale, not %2."))
                    .arg(describe(), typeName(value)));
        }
        return result;
    }

    std::vector<LocalizedText> textList(ObjectReader &r, const char *key, const QString &keyPrefix)
    {
        std::vector<LocalizedText> result;
        const Json *list = r.array(key, false);
        if (!list)
            return result;
        const std::string pointer = r.member(key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            result.push_back(textValue(
                (*list)[i], json::appendPointer(pointer, i), keyPrefix + QLatin1Char('.') + QString::number(i), [&] {
                    return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "entry %1 of '%2' of %3"))
                        .arg(i + 1)
                        .arg(QString::fromLatin1(key), r.what());
                }));
        }
        return result;
    }

    enum class Emptiness { Allowed, Refused };

    template<typename Fn>
    void forEachObject(ObjectReader &r, const char *key, bool required, const DiagnosticText &itemName, Fn fn,
                       Emptiness emptiness = Emptiness::Allowed)
    {
        const Json *list = r.array(key, required);
        if (!list)
            return;
        const std::string pointer = r.member(key);
        if (emptiness == Emptiness::Refused && list->empty())
            m_sink.error(QStringLiteral("invalid-value"), pointer,
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "'%1' of %2 is empty; it needs at least one %3."))
                             .arg(QString::fromLatin1(key), r.what(), itemName));
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json &item = (*list)[i];
            const std::string at = json::appendPointer(pointer, i);
            if (!item.is_object()) {
                m_sink.error(QStringLiteral("wrong-type"), at,
                             DiagnosticText(
                                 QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                   "entry %1 of '%2' must be an object ({…}) describing a %3, not %4."))
                                 .arg(i + 1)
                                 .arg(QString::fromLatin1(key), itemName, typeName(item)));
                continue;
            }
            fn(item, at, i);
        }
    }

    void decodeEvents(ObjectReader &r)
    {
        forEachObject(r, "events", true, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "event")),
                      [&](const Json &item, const std::string &at, std::size_t i) {
                          ObjectReader numbered(
                              m_sink, item, at,
                              DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "event %1")).arg(i + 1));
                          numbered.rejectUnknown({"id", "label", "role"});
                          EventDefinition event;
                          event.pointer = at;
                          event.id =
                              numbered.identifier("id", true, identifierPattern, identifierRule()).value_or(QString());
                          ObjectReader er(m_sink, item, at, [&] {
                              return event.id.isEmpty()
                                         ? numbered.what()
                                         : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "event '%1'"))
                                               .arg(event.id);
                          });
                          event.label = text(er, "label", true, QStringLiteral("events.%1.label").arg(event.id));
                          event.role = decodeEventRole(er);
                          m_playbook.events.push_back(std::move(event));
                      });
    }

    EventRole decodeEventRole(ObjectReader &r)
    {
        const auto name = r.string("role", false);
        if (!name)
            return EventRole::None;
        if (const auto role = eventRoleFromName(*name))
            return *role;
        const QStringList known{QStringLiteral("next"), QStringLiteral("calmed")};
        m_sink.error(
            QStringLiteral("invalid-value"), r.member("role"),
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "unknown role \"%1\" of %2.%3 Use one of: %4."))
                .arg(*name, r.what(), didYouMean(*name, known), verbatimList(known)));
        return EventRole::None;
    }

    Guard guard(ObjectReader &r)
    {
        Guard result;
        const Json *when = r.object("when", false);
        if (!when)
            return result;
        ObjectReader gr(m_sink, *when, r.member("when"), [&] {
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the guard ('when') of %1"))
                .arg(r.what());
        });
        for (const auto &[key, value] : when->items()) {
            if (key == "channel")
                continue;
            const QString name = qs(key);
            result.known = false;
            m_sink.errorAtKey(
                QStringLiteral("unknown-guard"), json::appendPointer(gr.pointer(), key),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "unknown guard '%1'; a guard can test only 'channel' (\"phone\" or "
                                                 "\"in_person\").%2"))
                    .arg(name, didYouMean(name, {QStringLiteral("channel")})));
        }
        if (const auto channel = gr.string("channel", false)) {
            result.channel = channelFromName(*channel);
            result.known = result.known && result.channel.has_value();
            if (!result.channel)
                m_sink.error(
                    QStringLiteral("unknown-guard"), gr.member("channel"),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "unknown channel \"%1\" in a guard; use \"phone\" or \"in_person\".%2"))
                        .arg(*channel, didYouMean(*channel, {QStringLiteral("phone"), QStringLiteral("in_person")})));
        }
        return result;
    }

    Transition transition(ObjectReader &r, const std::string &at, bool needsEvent)
    {
        Transition t;
        t.pointer = at;
        if (needsEvent)
            t.event = r.identifier("event", true, identifierPattern, identifierRule()).value_or(QString());
        t.target = r.identifier("to", true, identifierPattern, identifierRule()).value_or(QString());
        t.guard = guard(r);
        return t;
    }

    void decodeGlobalTransitions(ObjectReader &r)
    {
        forEachObject(
            r, "globalTransitions", false, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "transition")),
            [&](const Json &item, const std::string &at, std::size_t i) {
                ObjectReader tr(m_sink, item, at, [i] {
                    return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "global transition %1"))
                        .arg(i + 1);
                });
                tr.rejectUnknown({"event", "to", "when", "except"});
                GlobalTransition g;
                g.transition = transition(tr, at, true);
                if (const Json *except = tr.array("except", false)) {
                    for (std::size_t k = 0; k < except->size(); ++k) {
                        const Json &id = (*except)[k];
                        if (id.is_string())
                            g.exceptSteps << qs(id.get<std::string>());
                        else
                            m_sink.error(QStringLiteral("wrong-type"), json::appendPointer(tr.member("except"), k),
                                         DiagnosticText(QT_TRANSLATE_NOOP(
                                                            "steadyline::Diagnostic",
                                                            "each entry of 'except' must be a step id string, not %1."))
                                             .arg(typeName(id)));
                    }
                }
                m_playbook.globalTransitions.push_back(std::move(g));
            });
    }

    void decodeSteps(ObjectReader &r)
    {
        forEachObject(
            r, "steps", true, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "step")),
            [&](const Json &item, const std::string &at, std::size_t i) {
                ObjectReader sr(m_sink, item, at, [i] {
                    return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "step %1")).arg(i + 1);
                });
                sr.rejectUnknown({"id", "label", "title", "say", "tips", "on", "timer", "actions", "final"});
                Step step;
                step.pointer = at;
                step.id = sr.identifier("id", true, identifierPattern, identifierRule()).value_or(QString());
                // Kept so the checker can tie "no such step" errors to this one (review §4.5).
                if (const auto raw = item.find("id"); step.id.isEmpty() && raw != item.end() && raw->is_string())
                    step.invalidId = qs(raw->get<std::string>());
                ObjectReader named(m_sink, item, at, [&step, i] {
                    return step.id.isEmpty()
                               ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "step %1")).arg(i + 1)
                               : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "step '%1'")).arg(step.id);
                });
                const QString keyPrefix = QStringLiteral("steps.") + (step.id.isEmpty() ? QString::number(i) : step.id);
                if (const auto label = named.string("label", true)) {
                    step.label = *label;
                    if (label->trimmed().isEmpty())
                        m_sink.error(
                            QStringLiteral("invalid-value"), named.member("label"),
                            DiagnosticText(
                                QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                  "the label of %1 is empty; write the step's number as the consultant "
                                                  "knows it, e.g. \"1\" or \"3½\"."))
                                .arg(named.what()));
                }
                step.title = text(named, "title", true, keyPrefix + QStringLiteral(".title"));
                step.say = textList(named, "say", keyPrefix + QStringLiteral(".say"));
                for (LocalizedText &line : step.say)
                    line.spoken = true;
                step.tips = textList(named, "tips", keyPrefix + QStringLiteral(".tips"));
                step.isFinal = named.boolean("final", false).value_or(false);
                forEachObject(
                    named, "on", false, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "transition")),
                    [&](const Json &t, const std::string &tat, std::size_t k) {
                        ObjectReader tr(m_sink, t, tat, [&named, k] {
                            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "transition %1 of %2"))
                                .arg(k + 1)
                                .arg(named.what());
                        });
                        tr.rejectUnknown({"event", "to", "when"});
                        step.transitions.push_back(transition(tr, tat, true));
                    });
                if (const Json *timer = named.object("timer", false))
                    step.timer = decodeTimer(*timer, named.member("timer"), named.what());
                forEachObject(named, "actions", false,
                              DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "action")),
                              [&](const Json &a, const std::string &aat, std::size_t k) {
                                  if (auto action = decodeAction(
                                          a, aat,
                                          [&named, k] {
                                              return DiagnosticText(
                                                         QT_TRANSLATE_NOOP("steadyline::Diagnostic", "action %1 of %2"))
                                                  .arg(k + 1)
                                                  .arg(named.what());
                                          },
                                          keyPrefix + QStringLiteral(".actions.") + QString::number(k)))
                                      step.actions.push_back(std::move(*action));
                              });
                m_playbook.steps.push_back(std::move(step));
            },
            Emptiness::Refused);
    }

    StepTimer decodeTimer(const Json &value, const std::string &at, const DiagnosticText &stepName)
    {
        ObjectReader tr(m_sink, value, at, [stepName] {
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the timer of %1")).arg(stepName);
        });
        tr.rejectUnknown({"minMs", "maxMs", "defaultMs", "onExpiry"});
        StepTimer timer;
        timer.pointer = at;
        const auto ms = [&](const char *key) {
            const auto v = tr.integer(key, true);
            timer.complete = timer.complete && v.has_value();
            // Kept within int; the checker reports anything outside 1 s – 5 min.
            return static_cast<int>(std::clamp<qint64>(v.value_or(0), -1'000'000'000, 1'000'000'000));
        };
        timer.minMs = ms("minMs");
        timer.maxMs = ms("maxMs");
        timer.defaultMs = ms("defaultMs");
        forEachObject(
            tr, "onExpiry", true, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "target")),
            [&](const Json &t, const std::string &tat, std::size_t k) {
                ObjectReader er(m_sink, t, tat, [&tr, k] {
                    return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "expiry target %1 of %2"))
                        .arg(k + 1)
                        .arg(tr.what());
                });
                er.rejectUnknown({"to", "when"});
                timer.onExpiry.push_back(transition(er, tat, false));
            },
            Emptiness::Refused);
        return timer;
    }

    static DiagnosticText suggestedAction(const QString &written)
    {
        const QString closest = closestActionType(written);
        return closest.isEmpty()
                   ? DiagnosticText()
                   : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", " Did you mean '%1'?")).arg(closest);
    }

    std::optional<Action> decodeAction(const Json &value, const std::string &at,
                                       std::function<DiagnosticText()> describe, const QString &textKey)
    {
        ObjectReader ar(m_sink, value, at, std::move(describe));
        const auto typeNameValue = ar.string("type", true);
        if (!typeNameValue)
            return std::nullopt;
        const auto type = actionTypeFromName(*typeNameValue);
        if (!type) {
            const QStringList known{QStringLiteral("log_event"), QStringLiteral("request_promise"),
                                    QStringLiteral("notify_supervisor"), QStringLiteral("end_call")};
            m_sink.error(QStringLiteral("unknown-action"), ar.member("type"),
                         DiagnosticText(
                             QT_TRANSLATE_NOOP("steadyline::Diagnostic", "unknown action \"%1\".%2 Known actions: %3."))
                             .arg(*typeNameValue, suggestedAction(*typeNameValue), verbatimList(known)));
            return std::nullopt;
        }
        Action action;
        action.type = *type;
        action.pointer = at;
        ObjectReader pr(m_sink, value, at, [name = *typeNameValue] {
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the %1 action")).arg(name);
        });
        const auto rejectParameters = [&](std::initializer_list<const char *> allowed) {
            QStringList names;
            for (const char *name : allowed)
                names << QString::fromLatin1(name);
            for (const auto &[key, v] : value.items()) {
                const QString name = qs(key);
                if (name == u"type" || names.contains(name))
                    continue;
                m_sink.errorAtKey(QStringLiteral("unknown-parameter"), json::appendPointer(at, key),
                                  DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                                   "%1 has no parameter '%2'.%3 Its parameters: %4."))
                                      .arg(pr.what(), name, didYouMean(name, names),
                                           names.isEmpty()
                                               ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "none"))
                                               : verbatimList(names)));
            }
        };
        switch (action.type) {
        case ActionType::LogEvent:
            rejectParameters({"event", "note"});
            action.eventCode = pr.identifier("event", true, identifierPattern, identifierRule()).value_or(QString());
            action.text = text(pr, "note", false, textKey + QStringLiteral(".note"));
            break;
        case ActionType::RequestPromise:
            rejectParameters({"prompt"});
            action.text = text(pr, "prompt", true, textKey + QStringLiteral(".prompt"));
            break;
        case ActionType::NotifySupervisor:
            rejectParameters({"reason", "urgent"});
            action.reason = pr.identifier("reason", true, identifierPattern, identifierRule()).value_or(QString());
            action.urgent = pr.boolean("urgent", false).value_or(false);
            break;
        case ActionType::EndCall: {
            rejectParameters({"outcome", "finalAction"});
            decodeEnding(pr, action);
            break;
        }
        }
        return action;
    }

    // An end_call's outcome and final action: at least one is given, the other follows from it.
    void decodeEnding(ObjectReader &pr, Action &action)
    {
        std::optional<CallOutcome> outcome;
        std::optional<FinalAction> finalAction;
        if (const auto name = pr.string("outcome", false)) {
            const auto parsed = callOutcomeFromName(*name);
            const QStringList known{QStringLiteral("resolved"), QStringLiteral("ended_by_consultant"),
                                    QStringLiteral("escalated"), QStringLiteral("handed_over"),
                                    QStringLiteral("caller_hung_up")};
            if (parsed && *parsed != CallOutcome::Interrupted)
                outcome = *parsed;
            else
                m_sink.error(QStringLiteral("invalid-value"), pr.member("outcome"),
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "unknown call outcome \"%1\".%2 Use one of: %3."))
                                 .arg(*name, didYouMean(*name, known), verbatimList(known)));
        }
        if (const auto name = pr.string("finalAction", false)) {
            finalAction = finalActionFromName(*name);
            const QStringList known{QStringLiteral("hang_up"), QStringLiteral("call_security"),
                                    QStringLiteral("hand_over"), QStringLiteral("end")};
            if (!finalAction)
                m_sink.error(QStringLiteral("invalid-value"), pr.member("finalAction"),
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "unknown final action \"%1\".%2 Use one of: %3."))
                                 .arg(*name, didYouMean(*name, known), verbatimList(known)));
        }
        if (!pr.find("outcome", false) && !pr.find("finalAction", false))
            m_sink.error(
                QStringLiteral("missing-field"), pr.pointer(),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "%1 needs 'finalAction' (hang_up, call_security, hand_over or end), "
                                                 "'outcome', or both."))
                    .arg(pr.what()));
        action.finalAction = finalAction.value_or(defaultFinalAction(outcome.value_or(CallOutcome::Resolved)));
        action.outcome = outcome.value_or(defaultOutcome(action.finalAction));
    }

    DiagnosticSink &m_sink;
    Playbook &m_playbook;
};

} // namespace

bool PlaybookParser::parse(const Json &root, Playbook &playbook)
{
    Decoder decoder(m_sink, playbook);
    return decoder.decodeRoot(root);
}

} // namespace steadyline
