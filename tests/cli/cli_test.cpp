// Runs the real steadyline binary as a team lead's script would: no display, real files.
#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

Run steadyline(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    // The command-line tools must not need a display.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral(STEADYLINE_SOURCE_DIR));
    process.start(QStringLiteral(STEADYLINE_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList shippedPlaybooks()
{
    const QDir dir(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral("playbooks/") + name;
    return files;
}

QJsonObject jsonLine(const QString &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    INFO(line.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList stepsOf(const Run &run)
{
    QStringList steps;
    for (const QString &line : run.lines())
        steps << jsonLine(line).value(QStringLiteral("step")).toString();
    return steps;
}

const QString kPolish = QStringLiteral("playbooks/aggressive-caller-pl.json");

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("validate accepts every shipped playbook", "[cli][validate]")
{
    const Run run = steadyline(QStringList{QStringLiteral("validate")} + shippedPlaybooks());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("0 error(s), 0 warning(s)")));
}

TEST_CASE("validate names file, line, column and code of a mistake and exits 1", "[cli][validate]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "broken.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n  \"revision\": 1\n}\n");
    const Run run = steadyline({QStringLiteral("validate"), path});
    CHECK(run.exitCode == 1);
    CHECK(run.out.startsWith(path + QStringLiteral(":4:3: error json-syntax: ")));
}

TEST_CASE("validate keeps checking the other files and exits 1 if any has errors", "[cli][validate]")
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, "bad.json", "[]");
    const Run run = steadyline({QStringLiteral("validate"), kPolish, bad, QStringLiteral("/nonexistent.json")});
    CHECK(run.exitCode == 1);
    REQUIRE(run.lines().size() == 2);
    CHECK(run.lines()[0].startsWith(bad + QStringLiteral(":1:1: error wrong-type:")));
    CHECK(run.lines()[1].startsWith(QStringLiteral("/nonexistent.json:0:0: error file-unreadable:")));
    CHECK(run.err.contains(QStringLiteral("3 file(s) checked")));
}

TEST_CASE("validate --json prints the diagnostics as a JSON array", "[cli][validate]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "warn.json", R"({"schemaVersion": 1, "id": "w", "revision": 1,
 "baseLocale": "pl", "title": "t", "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "A", "say": ["aby Panu/Pani pomóc"], "final": true}]})");
    const Run run = steadyline({QStringLiteral("validate"), QStringLiteral("--json"), path});
    CHECK(run.exitCode == 0); // warnings only
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isArray());
    REQUIRE(document.array().size() == 1);
    const QJsonObject d = document.array().at(0).toObject();
    CHECK(d.value(QStringLiteral("code")).toString() == QStringLiteral("unrendered-form"));
    CHECK(d.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(d.value(QStringLiteral("line")).toInt() == 3);
    CHECK(d.value(QStringLiteral("column")).toInt() == 65); // at "Panu/Pani" inside the string
    CHECK(d.value(QStringLiteral("file")).toString() == path);
    CHECK(d.value(QStringLiteral("message")).toString().contains(QStringLiteral("Panu/Pani")));
}

TEST_CASE("validate and simulate print the validator's messages in English in a Polish session",
          "[cli][validate][i18n]")
{
    // A Polish desktop, whose window shows these messages in Polish, with Polish chosen in the
    // preferences too: scripts parse the command line's output, so it stays English.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcessEnvironment polish;
    polish.insert(QStringLiteral("LANG"), QStringLiteral("pl_PL.UTF-8"));
    polish.insert(QStringLiteral("LC_ALL"), QStringLiteral("pl_PL.UTF-8"));
    polish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("pl"));
    polish.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("config/Steadyline"))));
    writeFile(dir, "config/Steadyline/steadyline.conf", "[interface]\nlanguage=pl\n");
    const QString broken = QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/broken/unknown-target.json");

    const Run validate = steadyline({QStringLiteral("validate"), broken}, polish);
    CHECK(validate.exitCode == 1);
    CHECK(validate.out.contains(QStringLiteral(": error unknown-target: the transition leads to the step '")));
    CHECK(validate.out.contains(QStringLiteral("which does not exist. Did you mean '")));
    CHECK_FALSE(validate.out.contains(QStringLiteral("przejście")));

    const Run json = steadyline({QStringLiteral("validate"), QStringLiteral("--json"), broken}, polish);
    REQUIRE(json.out.contains(QStringLiteral("unknown-target")));
    CHECK(json.out.contains(QStringLiteral("the transition leads to the step '")));

    const Run simulate = steadyline({QStringLiteral("simulate"), broken}, polish);
    CHECK(simulate.exitCode != 0);
    CHECK(simulate.err.contains(QStringLiteral("error unknown-target: the transition leads to the step '")));

    const QString scenario = writeFile(dir, "bad-scenario.json", R"({"kind": "scenario", "schemaVersion": 1,
 "id": "bad_id", "title": "t", "locale": "pl", "playbook": {"id": "aggressive-caller-pl"},
 "call": {"channel": "phone"}, "goals": [], "start": "a", "turns": [], "endings": []})");
    const Run scenarioRun = steadyline({QStringLiteral("validate"), scenario}, polish);
    CHECK(scenarioRun.exitCode == 1);
    CHECK(scenarioRun.out.contains(QStringLiteral("error invalid-value: 'goals' is empty; name at least one thing")));
}

TEST_CASE("validate exits 2 on wrong usage", "[cli][validate]")
{
    CHECK(steadyline({QStringLiteral("validate")}).exitCode == 2);
    CHECK(steadyline({QStringLiteral("validate"), QStringLiteral("--frobnicate"), kPolish}).exitCode == 2);
    const Run help = steadyline({QStringLiteral("validate"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--json")));
    // The usage line says what a lead types, not the binary's path (#16).
    CHECK(help.out.startsWith(QStringLiteral("Usage: steadyline validate [options] FILE|FOLDER...")));
}

TEST_CASE("validate FOLDER checks every playbook and scenario under it, as a team folder in CI (#16)",
          "[cli][validate]")
{
    QTemporaryDir team;
    REQUIRE(QDir(team.path()).mkpath(QStringLiteral("scenarios")));
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-en.json"),
                        team.filePath(QStringLiteral("aggressive-caller-en.json"))));
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/training/escalation-en.json"),
                        team.filePath(QStringLiteral("scenarios/escalation-en.json"))));
    // A schema file beside the playbooks is not a playbook.
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/schema/playbook.schema.json"),
                        team.filePath(QStringLiteral("playbook.schema.json"))));
    const Run clean = steadyline({QStringLiteral("validate"), team.path()});
    INFO(clean.out.toStdString() << clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.err.contains(QStringLiteral("2 file(s) checked: 0 error(s)")));

    const QString broken = writeFile(team, "scenarios/broken.json", "{\"kind\": \"scenario\", }");
    const Run failing = steadyline({QStringLiteral("validate"), team.path()});
    CHECK(failing.exitCode == 1);
    CHECK(failing.out.contains(broken + QStringLiteral(":1:")));
    CHECK(failing.err.contains(QStringLiteral("3 file(s) checked")));

    QTemporaryDir empty;
    const Run nothing = steadyline({QStringLiteral("validate"), empty.path()});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("has no .json files")));
}

TEST_CASE("simulate addresses a couple as Państwo with --address formal_plural (#15)", "[cli][simulate]")
{
    const Run run = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--address"),
                                QStringLiteral("formal_plural"), QStringLiteral("no_change")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonLine(run.lines()[0]).value(QStringLiteral("say")).toArray().at(0).toString() ==
          QStringLiteral("Jestem tu po to, aby Państwu pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
    const Run wrong = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--address"),
                                  QStringLiteral("Państwo"), QStringLiteral("no_change")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("formal_male, formal_female or formal_plural")));
}

TEST_CASE("simulate walks the Polish 3.5 steps to hang-up for a female caller and consultant", "[cli][simulate]")
{
    const Run run = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--channel"),
                                QStringLiteral("phone"), QStringLiteral("--address"), QStringLiteral("formal_female"),
                                QStringLiteral("--agent-gender"), QStringLiteral("female"), QStringLiteral("no_change"),
                                QStringLiteral("no_change"), QStringLiteral("no_change"), QStringLiteral("@timeout")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(stepsOf(run) == QStringList{QStringLiteral("help_offer"), QStringLiteral("boundary"),
                                      QStringLiteral("final_warning"), QStringLiteral("countdown"),
                                      QStringLiteral("hang_up")});
    const QJsonObject first = jsonLine(run.lines()[0]);
    CHECK(first.value(QStringLiteral("label")).toString() == QStringLiteral("1"));
    CHECK(first.value(QStringLiteral("say")).toArray().at(0).toString() ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
    const QString boundary = jsonLine(run.lines()[1]).value(QStringLiteral("say")).toArray().at(0).toString();
    CHECK(boundary.contains(QStringLiteral("będę zmuszona zakończyć")));
    const QJsonObject countdown = jsonLine(run.lines()[3]);
    CHECK(countdown.value(QStringLiteral("label")).toString() == QStringLiteral("3½"));
    CHECK(countdown.value(QStringLiteral("timerMs")).toInt() == 7000);
    const QJsonArray actions = jsonLine(run.lines()[4]).value(QStringLiteral("actions")).toArray();
    REQUIRE_FALSE(actions.isEmpty());
    CHECK(actions.last().toObject().value(QStringLiteral("type")).toString() == QStringLiteral("end_call"));
}

TEST_CASE("simulate renders the consultant's name and the case reference a lead gives it", "[cli][simulate]")
{
    const QString example = QStringLiteral(STEADYLINE_SOURCE_DIR "/docs/examples/example-playbook.json");
    const Run run = steadyline({QStringLiteral("simulate"), example, QStringLiteral("--agent-name"),
                                QStringLiteral("Anna Nowak"), QStringLiteral("--case-ref"), QStringLiteral("2026/114"),
                                QStringLiteral("calmed"), QStringLiteral("done")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.lines().size() == 3);
    CHECK(run.lines()[0].contains(QStringLiteral("Nazywam się Anna Nowak. Jestem tu po to")));
    CHECK(run.lines()[1].contains(QStringLiteral("Numer Pana sprawy to 2026/114.")));
    // Without them the sentences have gaps, as before: the options are what fills them.
    const Run bare = steadyline({QStringLiteral("simulate"), example, QStringLiteral("calmed")});
    REQUIRE(bare.exitCode == 0);
    CHECK_FALSE(bare.lines()[0].contains(QStringLiteral("Anna Nowak")));
}

TEST_CASE("simulate renders the male forms and ends in person with security", "[cli][simulate]")
{
    const Run run = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--channel"),
                                QStringLiteral("in_person"), QStringLiteral("--address"), QStringLiteral("formal_male"),
                                QStringLiteral("--agent-gender"), QStringLiteral("male"), QStringLiteral("no_change"),
                                QStringLiteral("no_change"), QStringLiteral("no_change"), QStringLiteral("@timeout")});
    REQUIRE(run.exitCode == 0);
    CHECK(stepsOf(run).last() == QStringLiteral("call_security"));
    CHECK(run.lines()[0].contains(QStringLiteral("aby Panu pomóc")));
    CHECK(run.lines()[1].contains(QStringLiteral("będę zmuszony zakończyć")));
    CHECK(run.lines()[2].contains(QStringLiteral("nie zmienił Pan sposobu")));
}

TEST_CASE("simulate: calmed from any of the four steps leads to resolution", "[cli][simulate]")
{
    for (int before = 0; before < 4; ++before) {
        QStringList arguments{QStringLiteral("simulate"), kPolish};
        for (int i = 0; i < before; ++i)
            arguments << QStringLiteral("no_change");
        arguments << QStringLiteral("calmed");
        const Run run = steadyline(arguments);
        INFO(before << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(stepsOf(run).last() == QStringLiteral("resolution"));
    }
}

TEST_CASE("simulate: a rejected solution leads to working it out together, then to the resolution", "[cli][simulate]")
{
    const Run run =
        steadyline({QStringLiteral("simulate"), QStringLiteral("playbooks/complaint-pl.json"),
                    QStringLiteral("--address"), QStringLiteral("formal_female"), QStringLiteral("next"),
                    QStringLiteral("next"), QStringLiteral("next"), QStringLiteral("next"), QStringLiteral("next"),
                    QStringLiteral("rejected"), QStringLiteral("new_offer"), QStringLiteral("accepted")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(stepsOf(run).mid(5) == QStringList{QStringLiteral("offer_solution"), QStringLiteral("work_together"),
                                             QStringLiteral("offer_solution"), QStringLiteral("resolved")});
    CHECK(run.lines()[6].contains(QStringLiteral("Rozumiem, że to rozwiązanie Pani nie odpowiada.")));
}

TEST_CASE("simulate: @undo goes back a step", "[cli][simulate]")
{
    const Run run = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("no_change"),
                                QStringLiteral("@undo"), QStringLiteral("calmed")});
    REQUIRE(run.exitCode == 0);
    CHECK(stepsOf(run) == QStringList{QStringLiteral("help_offer"), QStringLiteral("boundary"),
                                      QStringLiteral("help_offer"), QStringLiteral("resolution")});
}

TEST_CASE("simulate: an unknown or misplaced event is a clear error with exit status 1", "[cli][simulate]")
{
    const Run unknown =
        steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("no_change"), QStringLiteral("shouting")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown event 'shouting'")));
    CHECK(unknown.lines().size() == 2); // the steps entered before the mistake are still printed

    const Run early = steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("@timeout")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("has no timer")));

    const Run after =
        steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("no_change"), QStringLiteral("no_change"),
                    QStringLiteral("no_change"), QStringLiteral("@timeout"), QStringLiteral("calmed")});
    CHECK(after.exitCode == 1);
    CHECK(after.err.contains(QStringLiteral("already ended")));
}

TEST_CASE("simulate refuses a playbook with errors and names them", "[cli][simulate]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "bad.json", R"({"schemaVersion": 1, "id": "b", "revision": 1, "baseLocale": "en",
 "title": "t", "initialStep": "nowhere", "events": [], "steps": [{"id": "a", "label": "1", "title": "A", "final": true}]})");
    const Run run = steadyline({QStringLiteral("simulate"), path});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("unknown-initial-step")));
}

TEST_CASE("simulate exits 2 on a wrong option value", "[cli][simulate]")
{
    CHECK(steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--channel"), QStringLiteral("fax")})
              .exitCode == 2);
    CHECK(steadyline({QStringLiteral("simulate"), kPolish, QStringLiteral("--address"), QStringLiteral("Pan")})
              .exitCode == 2);
    CHECK(steadyline({QStringLiteral("simulate")}).exitCode == 2);
}

TEST_CASE("help and version work without a display", "[cli]")
{
    const Run help = steadyline({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("validate")));
    const Run version = steadyline({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("steadyline ")));
}

TEST_CASE("train plays a scenario from answers and prints the score as JSON", "[cli][train]")
{
    const QString scenario = QStringLiteral("tests/data/training/escalation-en.json");
    const Run best = steadyline({QStringLiteral("train"), scenario, QStringLiteral("--answers"),
                                 QStringLiteral("no_change,note,no_change,no_change,@wait:7000")});
    INFO(best.err.toStdString());
    REQUIRE(best.exitCode == 0);
    const QJsonObject result = jsonLine(best.out.simplified());
    CHECK(result.value(QStringLiteral("score")).toInt() == 7);
    CHECK(result.value(QStringLiteral("max")).toInt() == 8);
    CHECK(result.value(QStringLiteral("passed")).toBool());
    CHECK(result.value(QStringLiteral("ending")).toString() == u"hung_up_in_time");
    CHECK(result.value(QStringLiteral("mistakes")).toArray().isEmpty());
    CHECK(result.value(QStringLiteral("path")).toArray().size() == 6);

    const Run early = steadyline({QStringLiteral("train"), scenario, QStringLiteral("--answers"),
                                  QStringLiteral("no_change,no_change,no_change,@wait:1500,act_now")});
    REQUIRE(early.exitCode == 0);
    const QJsonArray mistakes = jsonLine(early.out.simplified()).value(QStringLiteral("mistakes")).toArray();
    REQUIRE(mistakes.size() == 2);
    CHECK(mistakes[0].toObject().value(QStringLiteral("code")).toString() == u"countdown-too-short");
    CHECK(mistakes[0].toObject().value(QStringLiteral("turn")).toString() == u"countdown");
    CHECK_FALSE(mistakes[0].toObject().value(QStringLiteral("advice")).toString().isEmpty());
}

TEST_CASE("train says plainly when an answer is not offered, runs out or comes too late", "[cli][train]")
{
    const QString scenario = QStringLiteral("tests/data/training/escalation-en.json");
    const Run wrong =
        steadyline({QStringLiteral("train"), scenario, QStringLiteral("--answers"), QStringLiteral("no_change,calm")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains(QStringLiteral("answer 2 'calm' is not offered at turn 'boundary'")));
    CHECK(wrong.err.contains(QStringLiteral("no_change, note, calmed")));
    const Run short_ =
        steadyline({QStringLiteral("train"), scenario, QStringLiteral("--answers"), QStringLiteral("no_change")});
    CHECK(short_.exitCode == 1);
    CHECK(short_.err.contains(QStringLiteral("ran out before an ending")));
    const Run late = steadyline(
        {QStringLiteral("train"), scenario, QStringLiteral("--answers"), QStringLiteral("hang_up_now,no_change")});
    CHECK(late.exitCode == 1);
    CHECK(late.err.contains(QStringLiteral("after the scenario ended")));
    const Run badWait =
        steadyline({QStringLiteral("train"), scenario, QStringLiteral("--answers"), QStringLiteral("@wait:soon")});
    CHECK(badWait.exitCode == 2);
    const Run noAnswers = steadyline({QStringLiteral("train"), scenario});
    CHECK(noAnswers.exitCode == 2);
}

TEST_CASE("validate checks scenario files against their playbook, with positions", "[cli][train]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile original(QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/training/escalation-en.json"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray firstBoundary = "\"step\": \"boundary\",";
    text.replace(text.indexOf(firstBoundary), firstBoundary.size(), "\"step\": \"boundry\",");
    const QString broken = dir.filePath(QStringLiteral("broken-scenario.json"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    const Run ok = steadyline({QStringLiteral("validate"), QStringLiteral("tests/data/training/escalation-en.json")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.err.contains(QStringLiteral("1 file(s) checked: 0 error(s)")));
    const Run bad = steadyline({QStringLiteral("validate"), broken, QStringLiteral("playbooks/complaint-en.json")});
    CHECK(bad.exitCode == 1);
    INFO(bad.out.toStdString());
    CHECK(
        bad.out.contains(broken + QStringLiteral(":41:15: error unknown-step: turn 'boundary' names step 'boundry'")));
    CHECK(bad.out.contains(QStringLiteral("Did you mean 'boundary'?")));
    const Run cannotTrain =
        steadyline({QStringLiteral("train"), broken, QStringLiteral("--answers"), QStringLiteral("x")});
    CHECK(cannotTrain.exitCode == 1);
    CHECK(cannotTrain.err.contains(QStringLiteral("cannot be played until its errors are fixed")));
}
