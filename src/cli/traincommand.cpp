#include "traincommand.h"

#include "commandio.h"
#include "commandline.h"
#include "common/clock.h"
#include "scenarioplaybooks.h"
#include "training/scenarioloader.h"
#include "training/trainingrun.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace steadyline::cli {

namespace {

QString describeOptions(const ScenarioTurn &turn)
{
    QStringList ids;
    for (const ScenarioOption &option : turn.options)
        ids << option.id;
    if (turn.onTimer.isEmpty())
        return ids.join(QStringLiteral(", "));
    return ids.join(QStringLiteral(", ")) + QStringLiteral(" (or @wait:MS until the countdown ends)");
}

nlohmann::ordered_json trainingResultToJson(const TrainingResult &result)
{
    nlohmann::ordered_json mistakes = nlohmann::ordered_json::array();
    for (const TrainingMistake &m : result.mistakes) {
        mistakes.push_back({{"turn", utf8(m.turn)},
                            {"code", utf8(m.code)},
                            {"critical", m.critical},
                            {"message", utf8(m.message)},
                            {"advice", utf8(m.advice)}});
    }
    nlohmann::ordered_json path = nlohmann::ordered_json::array();
    for (const TrainingPathEntry &entry : result.path) {
        if (!entry.ending.isEmpty())
            path.push_back({{"ending", utf8(entry.ending)}});
        else if (entry.option.isEmpty())
            path.push_back({{"turn", utf8(entry.turn)}, {"countdownEnded", true}});
        else
            path.push_back({{"turn", utf8(entry.turn)}, {"option", utf8(entry.option)}, {"points", entry.points}});
    }
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["scenario"] = utf8(result.scenarioId);
    j["revision"] = result.scenarioRevision;
    j["score"] = result.score;
    j["max"] = result.max;
    j["percent"] = result.percent;
    j["passMark"] = result.passMark;
    j["passed"] = result.passed;
    j["ending"] = utf8(result.ending);
    j["outcome"] = utf8(callOutcomeName(result.outcome));
    j["mistakes"] = std::move(mistakes);
    j["path"] = std::move(path);
    return j;
}

} // namespace

int runTrain(const Invocation &invocation)
{
    const QStringList &arguments = invocation.arguments;
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    const QString command = QStringLiteral("train");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plays a training scenario without a display, taking option ids in order, and prints the result as JSON\n"
        "(score, max, passed, mistakes, path). '@wait:MS' lets MS milliseconds pass, e.g. during the countdown.\n"
        "Exit status: 0 the scenario reached an ending (passed or not), 1 an answer is not offered, the answers\n"
        "ran out before an ending or go on after it, or the scenario has errors; 2 wrong usage."));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     QStringLiteral("Option ids and @wait:MS, separated by commas."),
                                     QStringLiteral("ID,ID,..."));
    const QCommandLineOption gender(
        QStringLiteral("agent-gender"),
        QStringLiteral("The trainee's grammatical gender: male or female (default female)."), QStringLiteral("GENDER"),
        QStringLiteral("female"));
    const QCommandLineOption playbookFile(QStringLiteral("playbook"),
                                          QStringLiteral("A playbook file the scenario may train (repeatable)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({answers, gender, playbookFile});
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), QStringLiteral("The scenario file."));
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("name exactly one scenario file."), command);
    if (!parser.isSet(answers))
        return usageError(err, QStringLiteral("give the answers with --answers ID,ID,..."), command);
    const auto trainee = genderFromName(parser.value(gender));
    if (!trainee)
        return usageError(
            err, QStringLiteral("--agent-gender must be male or female, not '%1'.").arg(parser.value(gender)), command);

    // The answers are checked for form before anything runs, so a typo costs no run.
    struct Answer
    {
        QString option;
        std::optional<int> waitMs;
    };
    std::vector<Answer> steps;
    for (const QString &word : parser.value(answers).split(u',', Qt::SkipEmptyParts)) {
        const QString answer = word.trimmed();
        if (answer.startsWith(u'@')) {
            bool ok = false;
            const int ms = answer.startsWith(QStringLiteral("@wait:")) ? answer.mid(6).toInt(&ok) : 0;
            if (!ok || ms < 0 || ms > 3'600'000)
                return usageError(err,
                                  QStringLiteral("'%1' is not understood; write @wait:MS with MS a number of "
                                                 "milliseconds up to 3600000.")
                                      .arg(answer),
                                  command);
            steps.push_back({{}, ms});
        } else {
            steps.push_back({answer, std::nullopt});
        }
    }

    const QString path = parser.positionalArguments().first();
    const ScenarioLoadResult loaded =
        ScenarioLoader::loadFile(path, playbooksForScenario(path, parser.values(playbookFile)));
    for (const Diagnostic &d : loaded.diagnostics)
        writeLine(err, d.toString());
    if (!loaded.ok()) {
        writeLine(err, QStringLiteral("steadyline train: the scenario cannot be played until its errors are fixed."));
        return Failure;
    }
    ManualClock clock;
    CallSession session(loaded.playbook, TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, *trainee), clock);
    TrainingRun run(loaded.scenario, session);
    run.start();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Answer &answer = steps[i];
        const QString shown = answer.waitMs ? QStringLiteral("@wait:%1").arg(*answer.waitMs) : answer.option;
        if (run.isFinished()) {
            writeLine(err,
                      QStringLiteral("steadyline train: answer %1 '%2' comes after the scenario ended (ending '%3').")
                          .arg(i + 1)
                          .arg(shown, run.result().ending));
            return Failure;
        }
        if (answer.waitMs) {
            // In small steps, as the window's ticker would: the countdown ends at its exact millisecond.
            for (int left = *answer.waitMs; left > 0 && !run.isFinished();) {
                const int slice = std::min(left, 100);
                clock.advance(std::chrono::milliseconds(slice));
                left -= slice;
                run.poll();
            }
            continue;
        }
        const ScenarioTurn &turn = *run.currentTurn();
        if (run.choose(answer.option) == TrainingRun::Choice::NotOffered) {
            writeLine(err, QStringLiteral("steadyline train: answer %1 '%2' is not offered at turn '%3'; the options "
                                          "there are: %4.")
                               .arg(i + 1)
                               .arg(answer.option, turn.id, describeOptions(turn)));
            return Failure;
        }
    }
    if (!run.isFinished()) {
        const ScenarioTurn &turn = *run.currentTurn();
        writeLine(err, QStringLiteral("steadyline train: the answers ran out before an ending; the scenario waits at "
                                      "turn '%1' for one of: %2.")
                           .arg(turn.id, describeOptions(turn)));
        return Failure;
    }
    writeLine(
        out,
        QString::fromStdString(
            trainingResultToJson(run.result()).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
    return Success;
}

} // namespace steadyline::cli
