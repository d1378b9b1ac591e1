// `steadyline graph` run as a lead would: the real binary on the shipped playbooks, its DOT
// rendered by Graphviz's own `dot`, which must not warn.
#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral(STEADYLINE_SOURCE_DIR));
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run steadyline(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STEADYLINE_BINARY), arguments);
}

QStringList shippedPlaybooks()
{
    const QDir dir(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral("playbooks/") + name;
    return files;
}

} // namespace

TEST_CASE("graph prints DOT of every shipped playbook that Graphviz renders without a warning", "[cli][graph]")
{
    // Graphviz is a development dependency (scripts/steadyline-dev installs it): fail, not skip.
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    REQUIRE_FALSE(dot.isEmpty());
    const QStringList files = shippedPlaybooks();
    REQUIRE(files.size() >= 8);
    for (const QString &file : files) {
        INFO(file.toStdString());
        const Run graph = steadyline({QStringLiteral("graph"), file});
        CHECK(graph.exitCode == 0);
        CHECK(graph.err.isEmpty());
        CHECK(graph.out.startsWith(QStringLiteral("digraph ")));
        const Run svg = runProgram(dot, {QStringLiteral("-Tsvg")}, graph.out.toUtf8());
        INFO(svg.err.toStdString());
        CHECK(svg.exitCode == 0);
        CHECK(svg.err.isEmpty());
        CHECK(svg.out.contains(QStringLiteral("<svg")));
        // The step titles reach the picture as text (Polish, Czech and Russian included).
        CHECK(svg.out.count(QStringLiteral("class=\"node\"")) >= 10);
    }
}

TEST_CASE("graph --locale writes the titles in that language and refuses one the playbook lacks", "[cli][graph]")
{
    const Run polish = steadyline({QStringLiteral("graph"), QStringLiteral("playbooks/aggressive-caller-pl.json")});
    CHECK(polish.exitCode == 0);
    CHECK(polish.out.contains(QStringLiteral("Wyznacz granicę")));
    CHECK(polish.out.contains(QStringLiteral("timer 7 s (5–10 s) [phone]")));

    const Run missing = steadyline({QStringLiteral("graph"), QStringLiteral("--locale"), QStringLiteral("de"),
                                    QStringLiteral("playbooks/aggressive-caller-pl.json")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("not written in 'de'")));
}

TEST_CASE("graph --format mermaid prints a state diagram of every step and transition", "[cli][graph]")
{
    const Run run = steadyline({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("mermaid"),
                                QStringLiteral("playbooks/aggressive-caller-en.json")});
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 10);
    CHECK(lines.first() == QStringLiteral("stateDiagram-v2"));
    CHECK(lines.contains(QStringLiteral("    [*] --> help_offer")));
    CHECK(lines.contains(QStringLiteral("    help_offer --> boundary : No change — next step")));
    CHECK(lines.contains(QStringLiteral("    countdown --> hang_up : timer 7 s (5–10 s) [phone]")));
    CHECK(lines.contains(QStringLiteral("    countdown --> call_security : timer 7 s (5–10 s) [in person]")));
    CHECK(lines.contains(QStringLiteral("    state \"any step\" as anyStep")));
    CHECK(lines.contains(
        QStringLiteral("    anyStep --> resolution : The caller has calmed down (not in A, B, C, D, ‖)")));
    CHECK(lines.contains(
        QStringLiteral("    anyStep --> take_pause : I'm losing my temper — I need a moment (not in ‖, 3½)")));
    CHECK(lines.filter(QStringLiteral("anyStep --> ")).size() == 3); // each global transition once
    CHECK(lines.contains(QStringLiteral("    hang_up --> [*]")));
    // Every other line is a state, a transition or a comment: nothing Mermaid would choke on.
    for (const QString &line : lines.mid(1)) {
        INFO(line.toStdString());
        const QString body = line.trimmed();
        const bool state = body.startsWith(QStringLiteral("state \"")) && body.count(QLatin1Char('"')) == 2;
        const bool transition = body.contains(QStringLiteral(" --> ")) && !body.contains(QLatin1Char('"'));
        CHECK((state || transition || body.startsWith(QStringLiteral("%%"))));
        CHECK_FALSE(body.contains(QLatin1Char(';')));
    }
}

TEST_CASE("graph refuses a broken playbook, a wrong format and a missing file name", "[cli][graph]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"schemaVersion\": 1,\n \"id\": \"x\" \"revision\": 1}\n");
    file.close();
    const Run broken = steadyline({QStringLiteral("graph"), path});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.isEmpty());
    CHECK(broken.err.contains(path + QStringLiteral(":2:")));

    const Run format = steadyline({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("svg"),
                                   QStringLiteral("playbooks/aggressive-caller-en.json")});
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains(QStringLiteral("--format must be dot or mermaid")));
    CHECK(steadyline({QStringLiteral("graph")}).exitCode == 2);
    CHECK(steadyline({QStringLiteral("help")}).out.contains(QStringLiteral("graph FILE")));
}

TEST_CASE("graph shows both forms of a placeholder, or those --address and --agent-gender choose (#16)", "[cli][graph]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forms.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schemaVersion": 1, "id": "forms", "revision": 1, "baseLocale": "cs", "title": "Tvary",
 "initialStep": "listen", "events": [{"id": "next", "label": "Dále"}],
 "steps": [{"id": "listen", "label": "A", "title": "Vyslechněte {address:ho|ji}", "on": [{"event": "next", "to": "end"}]},
           {"id": "end", "label": "✓", "title": "{agent:Rád|Ráda} jsem pomohl{agent:|a}", "final": true}]})");
    file.close();
    const Run both = steadyline({QStringLiteral("graph"), path});
    CHECK(both.exitCode == 0);
    CHECK(both.out.contains(QStringLiteral("A · Vyslechněte ho/ji")));
    CHECK(both.out.contains(QStringLiteral("✓ · Rád/Ráda jsem pomohl/a")));
    CHECK_FALSE(both.out.contains(QStringLiteral("{address")));
    CHECK_FALSE(both.out.contains(QStringLiteral("{agent")));
    const Run chosen =
        steadyline({QStringLiteral("graph"), QStringLiteral("--address"), QStringLiteral("formal_female"),
                    QStringLiteral("--agent-gender"), QStringLiteral("male"), path});
    CHECK(chosen.exitCode == 0);
    CHECK(chosen.out.contains(QStringLiteral("A · Vyslechněte ji")));
    CHECK(chosen.out.contains(QStringLiteral("✓ · Rád jsem pomohl")));
    const Run wrong = steadyline({QStringLiteral("graph"), QStringLiteral("--address"), QStringLiteral("Pani"), path});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--address must be formal_male, formal_female or formal_plural")));
}
