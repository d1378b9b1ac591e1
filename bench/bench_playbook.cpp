// Playbook benchmarks: load + validate of the shipped playbooks and of a generated
// 10,000-step playbook, the editor's re-validation of a 1,000-step playbook after a key press,
// and the cost of one engine transition. Prints a Markdown table of
// median and spread over repeated runs, next to the target.
#include "benchsupport.h"
#include "generatedplaybook.h"
#include "playbook/playbookengine.h"
#include "playbook/playbookgraph.h"
#include "playbook/playbookloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace steadyline;
using namespace steadyline::bench;

namespace {

int editorStepsArgument(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--editor-steps"));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : 1000;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repetitions = quick ? 2 : 21;

    std::printf("Machine: %s, %s, %d logical cores; %s build; %d repetitions (median, min – max)\n\n",
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount(),
#ifdef NDEBUG
                "optimised",
#else
                "debug (figures are not representative)",
#endif
                repetitions);
    std::printf("| benchmark | median | spread | target | |\n|---|---|---|---|---|\n");

    const QDir dir(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    int failures = 0;
    const Figure shipped = measure(repetitions, [&] {
        for (const QString &file : files)
            failures += PlaybookLoader::loadFile(file).ok() ? 0 : 1;
    });
    const QByteArray label = QStringLiteral("load + validate all %1 shipped playbooks").arg(files.size()).toUtf8();
    row(label.constData(), shipped, "ms", "< 100 ms", shipped.median < 100);

    const QByteArray big = QByteArray::fromStdString(test::generateChainPlaybook(10000));
    // The previous run's playbook is freed before the clock starts: freeing is not validating.
    std::shared_ptr<const Playbook> bigPlaybook;
    const Figure generated = measure(
        repetitions,
        [&] {
            LoadResult result = PlaybookLoader::loadData(big, QStringLiteral("generated.json"));
            failures += result.ok() ? 0 : 1;
            bigPlaybook = std::move(result.playbook);
        },
        [&] { bigPlaybook.reset(); });
    const QByteArray bigLabel = QStringLiteral("load + validate a generated 10,000-step playbook (%1 MB)")
                                    .arg(big.size() / 1e6, 0, 'f', 1)
                                    .toUtf8();
    row(bigLabel.constData(), generated, "ms", "< 100 ms", generated.median < 100);

    // The editor's path after a key press in a 1,000-step playbook (--editor-steps N for another
    // size): the document's text to UTF-8, then load + validate from the bytes
    // (PlaybookEditor::validateNow), and, when valid, the flow graph for the diagram. Each run
    // types one more letter into a title in the middle of the file.
    const int editorSteps = std::max(2, editorStepsArgument(app.arguments()));
    QString edited = QString::fromStdString(test::generateChainPlaybook(editorSteps));
    const qsizetype typingAt =
        edited.indexOf(QStringLiteral("\"Krok\""), edited.indexOf(QStringLiteral("\"s%1\"").arg(editorSteps / 2))) + 5;
    const int editorRepetitions = quick ? 2 : 51;
    const Figure revalidate = measure(editorRepetitions, [&] {
        edited.insert(typingAt, QLatin1Char('x'));
        const LoadResult result = PlaybookLoader::loadData(edited.toUtf8(), QStringLiteral("edited.json"));
        failures += result.ok() ? 0 : 1;
    });
    const QByteArray editorLabel =
        QStringLiteral("editor: re-validate a %1-step playbook after a key press (text to UTF-8, load + validate)")
            .arg(QLocale(QLocale::English).toString(editorSteps))
            .toUtf8();
    row(editorLabel.constData(), revalidate, "ms", "< 30 ms", revalidate.median < 30);
    const Figure withGraph = measure(editorRepetitions, [&] {
        edited.insert(typingAt, QLatin1Char('y'));
        const LoadResult result = PlaybookLoader::loadData(edited.toUtf8(), QStringLiteral("edited.json"));
        failures += result.ok() ? 0 : 1;
        if (result.ok())
            failures +=
                PlaybookGraph::build(*result.playbook).nodes.size() == static_cast<std::size_t>(editorSteps) ? 0 : 1;
    });
    row("editor: the same, plus the flow graph for the diagram", withGraph, "ms", "< 30 ms", withGraph.median < 30);

    if (!bigPlaybook) {
        std::fprintf(stderr, "the generated playbook did not load\n");
        return 1;
    }
    constexpr int kTransitions = 10000;
    const Figure transitions = measure(repetitions, [&] {
        PlaybookEngine engine(bigPlaybook, CallSetup{});
        engine.start();
        for (int i = 0; i + 1 < kTransitions; ++i)
            engine.fire(QStringLiteral("next"));
        failures += engine.finished() ? 0 : 1;
    });
    const Figure perTransition{transitions.median * 1000.0 / kTransitions, transitions.min * 1000.0 / kTransitions,
                               transitions.max * 1000.0 / kTransitions};
    row("engine: one transition, with rendering of the new step", perTransition, "µs", "< 1000 µs (a key press)",
        perTransition.median < 1000);

    if (failures) {
        std::fprintf(stderr, "%d runs failed to load or walk a playbook\n", failures);
        return 1;
    }
    return 0;
}
