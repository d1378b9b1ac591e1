#include "scenarioparser.h"

#include "playbook/messagetemplate.h"
#include "json/objectreader.h"

#include <array>

namespace steadyline {

using namespace jsonread;

namespace {

// The rules of docs/scenario-format.md and scenario.schema.json, which must agree with what
// `validate` accepts (review §4.10): the scenario's id names its file, so it is kebab-case.
bool scenarioIdPattern(QStringView text)
{
    return playbookIdPattern(text) && !text.contains(u'.') && !text.contains(u'_');
}
DiagnosticText scenarioIdRule()
{
    return DiagnosticText(QT_TRANSLATE_NOOP(
        "steadyline::Diagnostic", "use lower-case letters, digits and '-', e.g. \"calms-after-boundary-pl\""));
}
DiagnosticText playbookIdRule()
{
    return DiagnosticText(QT_TRANSLATE_NOOP(
        "steadyline::Diagnostic", "use lower-case letters, digits, '.', '_' and '-', e.g. \"aggressive-caller-pl\""));
}
// Ids of turns, options and endings.
bool idPattern(QStringView text)
{
    return playbookIdPattern(text) && !text.contains(u'.');
}
DiagnosticText idRule()
{
    return DiagnosticText(QT_TRANSLATE_NOOP(
        "steadyline::Diagnostic", "use lower-case letters, digits, '_' and '-', e.g. \"offer_help\" or \"hung-up\""));
}

class ScenarioDecoder
{
public:
    ScenarioDecoder(DiagnosticSink &sink, Scenario &scenario)
        : m_sink(sink)
        , m_scenario(scenario)
    {}

    bool decodeRoot(const Json &root)
    {
        if (!root.is_object()) {
            m_sink.error(QStringLiteral("wrong-type"), "",
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "a scenario file must hold one JSON object ({…}), not %1."))
                             .arg(typeName(root)));
            return false;
        }
        ObjectReader r(m_sink, root, "", DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the scenario")));
        const auto kind = r.string("kind", true);
        if (kind && *kind != u"scenario") {
            m_sink.error(QStringLiteral("invalid-value"), r.member("kind"),
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "'kind' of a scenario must be \"scenario\", not \"%1\"."))
                             .arg(*kind));
            return false;
        }
        const auto version = r.integer("schemaVersion", true);
        if (version && *version > kScenarioSchemaVersion) {
            m_sink.error(QStringLiteral("unsupported-schema-version"), r.member("schemaVersion"),
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "this scenario uses format version %1, but this Steadyline reads versions "
                                            "up to %2; update Steadyline or save the scenario in version %2."))
                             .arg(*version)
                             .arg(kScenarioSchemaVersion));
            return false;
        }
        if (version && *version < 1)
            m_sink.error(QStringLiteral("invalid-value"), r.member("schemaVersion"),
                         DiagnosticText(
                             QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'schemaVersion' must be 1 or more, not %1."))
                             .arg(*version));
        r.rejectUnknown({"kind", "schemaVersion", "id", "revision", "language", "title", "difficulty", "briefing",
                         "goals", "playbook", "call", "start", "passMark", "expect", "turns", "endings"});
        m_scenario.id = r.identifier("id", true, scenarioIdPattern, scenarioIdRule()).value_or(QString());
        m_scenario.revision = static_cast<int>(boundedInteger(r, "revision", true, 1, 1'000'000).value_or(1));
        m_scenario.language =
            r.identifier("language", true, localePattern,
                         DiagnosticText(QT_TRANSLATE_NOOP(
                             "steadyline::Diagnostic", "use a language code such as \"pl\", \"cs\", \"ru\" or \"en\"")))
                .value_or(QString());
        m_scenario.title = nonEmptyText(r, "title", true);
        if (const auto difficulty = r.string("difficulty", true)) {
            if (const auto value = difficultyFromName(*difficulty))
                m_scenario.difficulty = *value;
            else
                invalidChoice(r, "difficulty", *difficulty,
                              {QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")});
        }
        m_scenario.briefing = nonEmptyText(r, "briefing", true);
        decodeGoals(r);
        decodePlaybook(r);
        decodeCall(r);
        m_scenario.start = r.identifier("start", true, idPattern, idRule()).value_or(QString());
        m_scenario.passMark = static_cast<int>(boundedInteger(r, "passMark", true, 0, 100).value_or(70));
        decodeExpect(r);
        decodeTurns(r);
        decodeEndings(r);
        return true;
    }

private:
    std::optional<qint64> boundedInteger(ObjectReader &r, const char *key, bool required, qint64 min, qint64 max)
    {
        const auto value = r.integer(key, required);
        if (value && (*value < min || *value > max)) {
            m_sink.error(QStringLiteral("invalid-value"), r.member(key),
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "'%1' of %2 must be between %3 and %4, not %5."))
                             .arg(QString::fromLatin1(key), r.what())
                             .arg(min)
                             .arg(max)
                             .arg(*value));
            return std::nullopt;
        }
        return value;
    }

    QString nonEmptyText(ObjectReader &r, const char *key, bool required)
    {
        const auto value = r.string(key, required);
        if (value && value->trimmed().isEmpty()) {
            m_sink.error(QStringLiteral("invalid-value"), r.member(key),
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "'%1' of %2 is empty; write the text the trainee will read."))
                             .arg(QString::fromLatin1(key), r.what()));
        }
        if (value)
            checkPlaceholders(r.member(key), *value);
        return value.value_or(QString());
    }

    void checkPlaceholders(const std::string &pointer, const QString &text)
    {
        if (const auto problem = MessageTemplate::check(text)) {
            m_sink.addInString(Severity::Error, problem->code, pointer, problem->offset, problem->message);
            return;
        }
        // A scenario of a couple renders its texts in the plural; two forms would show both.
        if (const qsizetype twoForms =
                m_scenario.address == FormOfAddress::FormalPlural ? MessageTemplate::lacksPluralAddress(text) : -1;
            twoForms >= 0)
            m_sink.addInString(
                Severity::Warning, QStringLiteral("address-plural-missing"), pointer, twoForms,
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "the scenario's caller is addressed in the plural (formal_plural), "
                                                 "but this {address:…|…} has no plural form, so the rehearsal would "
                                                 "show both forms (\"Panu/Pani\"); add it: "
                                                 "{address:Panu|Pani|Państwu}.")));
    }

    void invalidChoice(ObjectReader &r, const char *key, const QString &value, const QStringList &allowed)
    {
        m_sink.error(
            QStringLiteral("invalid-value"), r.member(key),
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'%1' of %2 is \"%3\";%4 choose one of: %5."))
                .arg(QString::fromLatin1(key), r.what(), value, didYouMean(value, allowed),
                     allowed.join(QStringLiteral(", "))));
    }

    void decodeGoals(ObjectReader &r)
    {
        const Json *goals = r.array("goals", true);
        if (!goals)
            return;
        const std::string pointer = r.member("goals");
        if (goals->empty())
            m_sink.error(
                QStringLiteral("invalid-value"), pointer,
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "'goals' is empty; name at least one thing the rehearsal teaches.")));
        for (std::size_t i = 0; i < goals->size(); ++i) {
            const Json &goal = (*goals)[i];
            if (!goal.is_string() || goal.get_ref<const std::string &>().empty()) {
                m_sink.error(QStringLiteral("wrong-type"), json::appendPointer(pointer, i),
                             DiagnosticText(
                                 QT_TRANSLATE_NOOP("steadyline::Diagnostic", "each goal must be a non-empty string.")));
                continue;
            }
            m_scenario.goals << qs(goal.get_ref<const std::string &>());
        }
    }

    void decodePlaybook(ObjectReader &r)
    {
        const Json *playbook = r.object("playbook", true);
        if (!playbook)
            return;
        ObjectReader pr(m_sink, *playbook, r.member("playbook"),
                        DiagnosticText::verbatim(QStringLiteral("'playbook'")));
        pr.rejectUnknown({"id", "minRevision"});
        m_scenario.playbookId = pr.identifier("id", true, playbookIdPattern, playbookIdRule()).value_or(QString());
        m_scenario.playbookMinRevision =
            static_cast<int>(boundedInteger(pr, "minRevision", false, 1, 1'000'000).value_or(1));
    }

    void decodeCall(ObjectReader &r)
    {
        const Json *call = r.object("call", true);
        if (!call)
            return;
        ObjectReader cr(m_sink, *call, r.member("call"), DiagnosticText::verbatim(QStringLiteral("'call'")));
        cr.rejectUnknown({"channel", "address"});
        if (const auto channel = cr.string("channel", true)) {
            if (const auto value = channelFromName(*channel))
                m_scenario.channel = *value;
            else
                invalidChoice(cr, "channel", *channel, {QStringLiteral("phone"), QStringLiteral("in_person")});
        }
        if (const auto address = cr.string("address", true)) {
            if (const auto value = formOfAddressFromName(*address))
                m_scenario.address = *value;
            else
                invalidChoice(
                    cr, "address", *address,
                    {QStringLiteral("formal_male"), QStringLiteral("formal_female"), QStringLiteral("formal_plural")});
        }
    }

    void decodeExpect(ObjectReader &r)
    {
        const Json *expect = r.object("expect", false);
        if (!expect)
            return;
        ObjectReader er(m_sink, *expect, r.member("expect"), DiagnosticText::verbatim(QStringLiteral("'expect'")));
        er.rejectUnknown({"promise", "note", "countdown", "problemAddressed"});
        m_scenario.expect.promise = er.boolean("promise", false).value_or(false);
        m_scenario.expect.note = er.boolean("note", false).value_or(false);
        m_scenario.expect.countdown = er.boolean("countdown", false).value_or(false);
        m_scenario.expect.problemAddressed = er.boolean("problemAddressed", false).value_or(false);
    }

    void decodeTurns(ObjectReader &r)
    {
        const Json *turns = r.array("turns", true);
        if (!turns)
            return;
        const std::string pointer = r.member("turns");
        if (turns->empty())
            m_sink.error(
                QStringLiteral("invalid-value"), pointer,
                DiagnosticText(QT_TRANSLATE_NOOP(
                    "steadyline::Diagnostic", "'turns' is empty; a scenario needs at least one turn of the caller.")));
        for (std::size_t i = 0; i < turns->size(); ++i) {
            const Json &value = (*turns)[i];
            const std::string at = json::appendPointer(pointer, i);
            if (!value.is_object()) {
                m_sink.error(QStringLiteral("wrong-type"), at,
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "turn %1 must be an object ({…}), not %2."))
                                 .arg(i + 1)
                                 .arg(typeName(value)));
                continue;
            }
            ScenarioTurn turn;
            turn.pointer = at;
            ObjectReader tr(m_sink, value, at, [&value, i] {
                const auto id = value.find("id");
                return id != value.end() && id->is_string()
                           ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "turn '%1'"))
                                 .arg(qs(id->get_ref<const std::string &>()))
                           : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "turn %1")).arg(i + 1);
            });
            tr.rejectUnknown({"id", "step", "caller", "options", "onTimer"});
            turn.id = tr.identifier("id", true, idPattern, idRule()).value_or(QString());
            turn.step =
                tr.identifier("step", true, identifierPattern,
                              DiagnosticText(QT_TRANSLATE_NOOP(
                                  "steadyline::Diagnostic", "use the id of a step of the playbook, e.g. \"boundary\"")))
                    .value_or(QString());
            turn.onTimer = tr.identifier("onTimer", false, idPattern, idRule()).value_or(QString());
            if (const Json *caller = tr.object("caller", true)) {
                ObjectReader cr(m_sink, *caller, tr.member("caller"), [&tr] {
                    return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the caller of %1"))
                        .arg(tr.what());
                });
                cr.rejectUnknown({"tone", "line", "audio"});
                if (const auto tone = cr.string("tone", true)) {
                    if (const auto known = callerToneFromName(*tone))
                        turn.tone = *known;
                    else
                        invalidChoice(cr, "tone", *tone, callerToneNames());
                }
                if (const auto line = cr.string("line", true)) {
                    turn.callerLine = *line;
                    checkPlaceholders(cr.member("line"), *line);
                }
                if (const auto audio = cr.string("audio", false))
                    turn.callerAudio = *audio; // checked by the loader, which knows the file's folder
            }
            decodeOptions(tr, turn);
            m_scenario.turns.push_back(std::move(turn));
        }
    }

    void decodeOptions(ObjectReader &tr, ScenarioTurn &turn)
    {
        const Json *options = tr.array("options", true);
        if (!options)
            return;
        const std::string pointer = tr.member("options");
        if (options->empty())
            m_sink.error(QStringLiteral("invalid-value"), pointer,
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                          "%1 offers no options; give the trainee at least one."))
                             .arg(tr.what()));
        for (std::size_t i = 0; i < options->size(); ++i) {
            const Json &value = (*options)[i];
            const std::string at = json::appendPointer(pointer, i);
            if (!value.is_object()) {
                m_sink.error(QStringLiteral("wrong-type"), at,
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "option %1 of %2 must be an object ({…}), not %3."))
                                 .arg(i + 1)
                                 .arg(tr.what(), typeName(value)));
                continue;
            }
            ScenarioOption option;
            option.pointer = at;
            const DiagnosticText turnName = tr.what();
            ObjectReader orr(m_sink, value, at, [&value, i, turnName] {
                const auto id = value.find("id");
                return id != value.end() && id->is_string()
                           ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "option '%1' of %2"))
                                 .arg(qs(id->get_ref<const std::string &>()), turnName)
                           : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "option %1 of %2"))
                                 .arg(i + 1)
                                 .arg(turnName);
            });
            orr.rejectUnknown({"id", "event", "say", "promise", "note", "stopCountdown", "endCall", "points",
                               "feedback", "next", "apology", "promiseMade", "addressesProblem"});
            option.id = orr.identifier("id", true, idPattern, idRule()).value_or(QString());
            decodeAction(orr, value, option);
            if (const auto points = boundedInteger(orr, "points", true, -100, 100))
                option.points = static_cast<int>(*points);
            option.feedback = nonEmptyText(orr, "feedback", true);
            option.next = orr.identifier("next", true, idPattern, idRule()).value_or(QString());
            option.apology = orr.boolean("apology", false).value_or(false);
            option.promiseMade = orr.boolean("promiseMade", false).value_or(false);
            option.addressesProblem = orr.boolean("addressesProblem", false).value_or(false);
            turn.options.push_back(std::move(option));
        }
    }

    void decodeAction(ObjectReader &orr, const Json &value, ScenarioOption &option)
    {
        static const std::array<const char *, 6> kActions{"event", "say",           "promise",
                                                          "note",  "stopCountdown", "endCall"};
        QStringList present;
        for (const char *key : kActions) {
            if (value.contains(key))
                present << QString::fromLatin1(key);
        }
        if (present.size() != 1) {
            m_sink.error(
                QStringLiteral("option-action"), orr.pointer(),
                present.isEmpty()
                    ? DiagnosticText(
                          QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                            "%1 does nothing; give it exactly one of: event, say, promise, note, "
                                            "stopCountdown, endCall."))
                          .arg(orr.what())
                    : DiagnosticText(
                          QT_TRANSLATE_NOOP("steadyline::Diagnostic", "%1 has %2; give it exactly one of them."))
                          .arg(orr.what(), DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "%1 and %2"))
                                               .arg(present.mid(0, present.size() - 1).join(QStringLiteral(", ")),
                                                    present.last())));
            if (present.isEmpty())
                return;
        }
        const QString &action = present.first();
        if (action == u"event") {
            option.action = OptionAction::Event;
            option.event =
                orr.identifier(
                       "event", true, identifierPattern,
                       DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "use the id of an event of the playbook, e.g. \"no_change\"")))
                    .value_or(QString());
        } else if (action == u"stopCountdown" || action == u"endCall") {
            option.action = action == u"endCall" ? OptionAction::EndCall : OptionAction::StopCountdown;
            const auto flag = orr.boolean(action == u"endCall" ? "endCall" : "stopCountdown", true);
            if (flag && !*flag)
                m_sink.error(QStringLiteral("invalid-value"),
                             orr.member(action == u"endCall" ? "endCall" : "stopCountdown"),
                             DiagnosticText(QT_TRANSLATE_NOOP(
                                                "steadyline::Diagnostic",
                                                "'%1' can only be true; to offer something else, use another member."))
                                 .arg(action));
        } else {
            option.action = action == u"say"       ? OptionAction::Say
                            : action == u"promise" ? OptionAction::Promise
                                                   : OptionAction::Note;
            const QByteArray key = action.toLatin1();
            option.text = nonEmptyText(orr, key.constData(), true);
        }
    }

    void decodeEndings(ObjectReader &r)
    {
        const Json *endings = r.array("endings", true);
        if (!endings)
            return;
        const std::string pointer = r.member("endings");
        if (endings->empty())
            m_sink.error(QStringLiteral("invalid-value"), pointer,
                         DiagnosticText(QT_TRANSLATE_NOOP(
                             "steadyline::Diagnostic", "'endings' is empty; a scenario needs at least one ending.")));
        for (std::size_t i = 0; i < endings->size(); ++i) {
            const Json &value = (*endings)[i];
            const std::string at = json::appendPointer(pointer, i);
            if (!value.is_object()) {
                m_sink.error(QStringLiteral("wrong-type"), at,
                             DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                              "ending %1 must be an object ({…}), not %2."))
                                 .arg(i + 1)
                                 .arg(typeName(value)));
                continue;
            }
            ScenarioEnding ending;
            ending.pointer = at;
            ObjectReader er(m_sink, value, at,
                            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "ending %1")).arg(i + 1));
            er.rejectUnknown({"id", "outcome", "text"});
            ending.id = er.identifier("id", true, idPattern, idRule()).value_or(QString());
            if (const auto outcome = er.string("outcome", true)) {
                const QStringList allowed{QStringLiteral("resolved"), QStringLiteral("ended_by_consultant"),
                                          QStringLiteral("escalated"), QStringLiteral("handed_over"),
                                          QStringLiteral("caller_hung_up")};
                const auto value2 = callOutcomeFromName(*outcome);
                if (value2 && allowed.contains(*outcome))
                    ending.outcome = *value2;
                else
                    invalidChoice(er, "outcome", *outcome, allowed);
            }
            ending.text = nonEmptyText(er, "text", true);
            m_scenario.endings.push_back(std::move(ending));
        }
    }

    DiagnosticSink &m_sink;
    Scenario &m_scenario;
};

} // namespace

ScenarioParser::ScenarioParser(DiagnosticSink &sink)
    : m_sink(sink)
{}

bool ScenarioParser::parse(const nlohmann::json &root, Scenario &scenario)
{
    ScenarioDecoder decoder(m_sink, scenario);
    return decoder.decodeRoot(root);
}

bool ScenarioParser::isScenarioDocument(const nlohmann::json &root)
{
    if (!root.is_object())
        return false;
    const auto kind = root.find("kind");
    return kind != root.end() && kind->is_string() && kind->get_ref<const std::string &>() == "scenario";
}

} // namespace steadyline
