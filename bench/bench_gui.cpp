// Assist window benchmarks, offscreen and driven by real key presses: key press to repainted
// step card, start to first shown window, and resident memory over a simulated 100-call shift.
// Prints a Markdown table of median and spread over repeated runs, next to the target.
// --quick (used by ctest) runs few repetitions and a 5-call shift; it fails only when the window
// does not behave (a call that does not reach its summary), never because of a timing.
#include "app/appcontext.h"
#include "benchsupport.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "settings/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWindow>

#include <spdlog/spdlog.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace steadyline;
using gui::AssistWindow;
using namespace steadyline::bench;

namespace {

// A "Field:   1234 kB" line of a /proc file of this process (Linux), in KiB; -1 if unknown.
long procKb(const QString &path, const char *field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// VmRSS is what `top` shows; the kernel keeps it in batched counters, so it may lag a little.
// Rss from smaps_rollup walks the page tables: exact, for cross-checking small growth.
long statusKb(const char *field)
{
    return procKb(QStringLiteral("/proc/self/status"), field);
}
long exactRssKb()
{
    return procKb(QStringLiteral("/proc/self/smaps_rollup"), "Rss");
}

// What the program holds on the heap (glibc: allocated and not yet freed), in KiB; -1 if unknown.
// RSS may grow while this does not: the allocator keeps freed pages for later.
long liveHeapKb()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return static_cast<long>((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

// Counts the paint events delivered to each watched widget and remembers when the last arrived.
class PaintWatch : public QObject
{
public:
    void watch(QWidget *widget)
    {
        m_entries[widget] = {};
        widget->installEventFilter(this);
    }
    [[nodiscard]] int count(const QObject *widget) const { return m_entries.at(widget).count; }
    [[nodiscard]] BenchClock::time_point lastPaint(const QObject *widget) const { return m_entries.at(widget).last; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            Entry &entry = m_entries[watched];
            entry.last = BenchClock::now();
            ++entry.count;
        }
        return false;
    }

private:
    struct Entry
    {
        int count = 0;
        BenchClock::time_point last;
    };
    std::map<const QObject *, Entry> m_entries;
};

// Qt's own warnings (the offscreen plugin cannot raise() a window, which the countdown's "act
// now" asks for) are counted instead of written during the timed key presses, and listed at the end.
std::map<QString, int> &qtMessages()
{
    static std::map<QString, int> messages;
    return messages;
}
void countMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++qtMessages()[message];
}
// Lists them when main returns, whichever way.
struct ListQtMessages
{
    ListQtMessages() = default;
    ListQtMessages(const ListQtMessages &) = delete;
    ListQtMessages &operator=(const ListQtMessages &) = delete;
    ~ListQtMessages()
    {
        qInstallMessageHandler(nullptr);
        for (const auto &[message, count] : qtMessages())
            std::fprintf(stderr, "Qt said %d× during the run: %s\n", count, qPrintable(message));
    }
};

// Runs the event loop without sleeping until `done`; QTest::qWaitFor sleeps 10 ms between
// passes, which would swamp a one-frame figure.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

// Shows the window and returns once it is exposed and its first frame is painted and flushed.
bool showAndWaitForFirstPaint(QWidget &window)
{
    PaintWatch watch;
    watch.watch(&window);
    window.show();
    return spinUntil(
        [&] { return window.windowHandle() && window.windowHandle()->isExposed() && watch.count(&window); });
}

enum Page { StartPage, CallPage, SummaryPage }; // the order of the pages in assistwindow.ui

// Drives one AssistWindow with key presses sent where a real key would go (the focus widget)
// and waits, without sleeping, until the result is on screen.
class Driver
{
public:
    explicit Driver(AssistWindow &window)
        : m_window(window)
        , m_pages(window.findChild<QStackedWidget *>(QStringLiteral("pages")))
        , m_title(window.findChild<QLabel *>(QStringLiteral("stepTitle")))
        , m_finalPrompt(window.findChild<QLabel *>(QStringLiteral("finalPrompt")))
    {
        if (!m_pages || !m_title || !m_finalPrompt)
            return;
        m_watch.watch(m_title);
        m_watch.watch(m_finalPrompt);
        for (int i = 0; i < m_pages->count(); ++i)
            m_watch.watch(pageContent(i));
    }

    // What paints a page: the call page sits inside a scroll area, which paints nothing itself.
    [[nodiscard]] QWidget *pageContent(int index) const
    {
        QWidget *page = m_pages->widget(index);
        if (auto *scroll = qobject_cast<QScrollArea *>(page))
            return scroll->widget();
        return page;
    }

    [[nodiscard]] bool usable() const { return m_pages && m_title && m_finalPrompt; }
    [[nodiscard]] int page() const { return m_pages->currentIndex(); }
    [[nodiscard]] QString stepId() const { return m_window.call() ? m_window.call()->step().stepId : QString(); }

    // Where to put the timings of step-card key presses, and of Enter starting a call; null: nowhere.
    void setLatencies(std::vector<double> *toFrameEnd, std::vector<double> *toTitlePaint,
                      std::vector<double> *startCall)
    {
        m_toFrameEnd = toFrameEnd;
        m_toTitlePaint = toTitlePaint;
        m_startCall = startCall;
    }

    // A key that moves the step card to step `expectedStep`; times it when asked to.
    bool step(Qt::Key key, const QString &expectedStep)
    {
        const QString titleBefore = m_title->text();
        const int paintsBefore = m_watch.count(m_title);
        const int finalPaintsBefore = m_watch.count(m_finalPrompt);
        const auto start = BenchClock::now();
        click(key);
        if (m_title->text() == titleBefore) // no new title: nothing of the label's to wait for
            return settle() && fail(stepId() == expectedStep, "did not reach step", expectedStep);
        // A final step shows its title in the large final prompt; the title line is hidden there.
        QLabel *shown = m_title->isVisible() ? m_title : m_finalPrompt;
        const int shownBefore = shown == m_title ? paintsBefore : finalPaintsBefore;
        if (!spinUntil([&] { return m_watch.count(shown) > shownBefore; }))
            return fail(false, "the step title was not repainted after a key press towards", expectedStep);
        const double frameEnd = msSince(start);
        if (m_toFrameEnd)
            m_toFrameEnd->push_back(frameEnd);
        if (m_toTitlePaint)
            m_toTitlePaint->push_back(
                std::chrono::duration<double, std::milli>(m_watch.lastPaint(shown) - start).count());
        if (m_firstStepMs < 0)
            m_firstStepMs = frameEnd;
        return fail(stepId() == expectedStep, "did not reach step", expectedStep);
    }

    // A key that switches pages (start, call, summary); waits until the new page is painted.
    bool toPage(Qt::Key key, Page expected)
    {
        QWidget *target = pageContent(expected);
        const int paintsBefore = m_watch.count(target);
        const auto start = BenchClock::now();
        click(key);
        if (!fail(page() == expected, "a key did not lead to page", QString::number(expected)))
            return false;
        if (!fail(spinUntil([&] { return m_watch.count(target) > paintsBefore; }), "page not repainted",
                  QString::number(expected)))
            return false;
        if (expected == CallPage) {
            const double ms = msSince(start);
            if (m_startCall)
                m_startCall->push_back(ms);
            if (m_firstStartCallMs < 0)
                m_firstStartCallMs = ms;
        }
        return true;
    }

    [[nodiscard]] const AssistWindow &window() const { return m_window; }

    // A key whose effect is not timed (typing a note, opening the note field).
    void press(Qt::Key key)
    {
        click(key);
        settle();
    }

    void type(const QString &text)
    {
        QTest::keyClicks(focusTarget(), text);
        settle();
    }

    [[nodiscard]] double firstStepMs() const { return m_firstStepMs; }
    [[nodiscard]] double firstStartCallMs() const { return m_firstStartCallMs; }

private:
    QWidget *focusTarget() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus : &m_window;
    }
    void click(Qt::Key key) { QTest::keyClick(focusTarget(), key); }
    static bool settle()
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        return true;
    }
    bool fail(bool ok, const char *what, const QString &detail) const
    {
        if (!ok)
            std::fprintf(stderr, "functional failure: %s %s (now on page %d, step '%s')\n", what, qPrintable(detail),
                         page(), qPrintable(stepId()));
        return ok;
    }

    AssistWindow &m_window;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_finalPrompt;
    PaintWatch m_watch;
    std::vector<double> *m_toFrameEnd = nullptr;
    std::vector<double> *m_toTitlePaint = nullptr;
    std::vector<double> *m_startCall = nullptr;
    double m_firstStepMs = -1;
    double m_firstStartCallMs = -1;
};

constexpr int kCallKinds = 4;

// Checks what a finished call recorded, on the summary page.
bool summaryIsRight(const AssistWindow &window, int kind)
{
    const CallSession *call = window.call();
    if (!call || !call->ended())
        return false;
    const CallSummary summary = call->summary();
    const CallOutcome expected = kind == 1 || kind == 2 ? CallOutcome::Resolved : CallOutcome::EndedByConsultant;
    return summary.outcome == expected && summary.promises.size() == (kind == 1 ? 1U : 0U) &&
           summary.notes.size() == (kind == 2 ? 1U : 0U);
}

// One call from the start page back to the start page, checked on the way. The kinds vary the
// path: 0: the 3.5-step method to the end (1 → 2 → 3 → 3½, act now, hang up); 1: calmed at
// step 2, the resolution path with a promise typed in; 2: a note typed during the countdown,
// calmed in the countdown, the resolution path; 3: ended early with F10 at step 2.
bool runCall(Driver &d, int kind)
{
    if (!d.toPage(Qt::Key_Return, CallPage) || d.stepId() != u"help_offer")
        return false;
    bool ok = d.step(Qt::Key_F5, QStringLiteral("boundary"));
    if (kind == 0 || kind == 2)
        ok = ok && d.step(Qt::Key_F5, QStringLiteral("final_warning")) &&
             d.step(Qt::Key_F5, QStringLiteral("countdown"));
    if (kind == 0)
        ok = ok && d.step(Qt::Key_F5, QStringLiteral("hang_up")); // act now
    if (ok && kind == 2) {
        d.press(Qt::Key_F8);
        d.type(QStringLiteral("Insulted me twice, asked for a manager."));
        d.press(Qt::Key_Return);
    }
    if (kind == 1 || kind == 2) {
        ok = ok && d.step(Qt::Key_F6, QStringLiteral("resolution")) && d.step(Qt::Key_F5, QStringLiteral("apology")) &&
             d.step(Qt::Key_F5, QStringLiteral("collect_details")) && d.step(Qt::Key_F5, QStringLiteral("promise"));
        if (ok && kind == 1) {
            d.press(Qt::Key_F9);
            d.type(QStringLiteral("Refund of the surcharge by Friday, by e-mail."));
            d.press(Qt::Key_Return);
        }
        ok = ok && d.step(Qt::Key_F5, QStringLiteral("resolved"));
    }
    // F5 finishes a final step; F10 ends the call anywhere.
    if (!ok || !d.toPage(Qt::Key_F10, SummaryPage)) // F10 ends or finishes; F5 is inert in a final step
        return false;
    if (!summaryIsRight(d.window(), kind)) {
        std::fprintf(stderr, "functional failure: the summary of a kind-%d call is not what was done\n", kind);
        return false;
    }
    return d.toPage(Qt::Key_Return, StartPage) && d.window().call() == nullptr;
}

// Whole process start: exec the real binary offscreen, until its first frame is flushed (read
// from Qt's own painting log on stderr); then it is killed. -1 when it cannot be measured.
double processStartMs(const QString &binary, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting.info=true"));
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        env.insert(QString::fromLatin1(variable), home);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setReadChannel(QProcess::StandardError);
    const auto start = BenchClock::now();
    process.start(binary, {});
    double result = -1;
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && process.state() != QProcess::NotRunning) {
        if (!process.waitForReadyRead(100))
            continue;
        seen += process.readAllStandardError();
        if (seen.contains("Flushing QRegion")) { // the first frame handed to the platform
            result = msSince(start);
            break;
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return result;
}

// Memory after each call of a shift; index 0 is before the first call.
struct ShiftMemory
{
    std::vector<long> rssKb;
    std::vector<long> smapsRssKb; // exact Rss, see exactRssKb()
    std::vector<long> heapKb;

    void sample()
    {
        rssKb.push_back(statusKb("VmRSS"));
        smapsRssKb.push_back(exactRssKb());
        heapKb.push_back(liveHeapKb());
    }
};

// A shift of `calls` calls of the four kinds in turn, memory sampled after each.
bool runShift(Driver &driver, int calls, bool trace, ShiftMemory &memory)
{
    memory.sample();
    for (int call = 1; call <= calls; ++call) {
        const int kind = (call - 1) % kCallKinds;
        if (!runCall(driver, kind)) {
            std::fprintf(stderr, "functional failure: call %d (kind %d) did not go through\n", call, kind);
            return false;
        }
        memory.sample();
        if (trace)
            std::fprintf(stderr, "after call %d: VmRSS %ld kB, Rss %ld kB, live heap %ld kB\n", call,
                         memory.rssKb.back(), memory.smapsRssKb.back(), memory.heapKb.back());
    }
    return true;
}

// What one shift in its own process measured (--shift-only prints it, the parent reads it).
struct ShiftFigures
{
    long rssEarlyKb = 0;
    long rssLastKb = 0;
    long heapEarlyKb = 0;
    long heapLastKb = 0;
};

constexpr const char *kShiftLine = "shift-memory";

void printShiftFigures(const ShiftMemory &memory, int earlyCall)
{
    const auto early = static_cast<std::size_t>(earlyCall);
    std::printf("%s %ld %ld %ld %ld\n", kShiftLine, memory.rssKb[early], memory.rssKb.back(), memory.heapKb[early],
                memory.heapKb.back());
}

// The same shift in a fresh process of this program, so the memory figures spread over
// independent runs rather than over calls of one run.
std::optional<ShiftFigures> shiftInOwnProcess(int calls)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--shift-only"), QStringLiteral("--calls"), QString::number(calls)});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 5 && fields[0] == kShiftLine)
            return ShiftFigures{fields[1].toLong(), fields[2].toLong(), fields[3].toLong(), fields[4].toLong()};
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise, and never the user's real settings.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    // The catalog's "playbook loaded" lines would land in the Markdown this program prints.
    spdlog::set_level(spdlog::level::warn);
    const ListQtMessages listQtMessagesAtTheEnd;
    qInstallMessageHandler(countMessage);
    const auto beforeApplication = BenchClock::now();
    QApplication app(argc, argv);
    const double applicationMs = msSince(beforeApplication);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool traceMemory = app.arguments().contains(QStringLiteral("--trace-memory")); // per call, on stderr
    const int repetitions = quick ? 2 : 21;
    // --calls N lengthens (or shortens) the shift, for looking into memory growth.
    const qsizetype callsAt = app.arguments().indexOf(QStringLiteral("--calls"));
    const int shiftCalls = callsAt > 0 ? std::max(2, app.arguments().value(callsAt + 1).toInt()) : (quick ? 5 : 100);
    const int earlyCall = quick ? 1 : std::min(10, shiftCalls - 1);
    const int latencyCalls = quick ? 2 : 24;
    const int processRuns = quick ? 1 : 11;
    const bool shiftOnly = app.arguments().contains(QStringLiteral("--shift-only")); // one shift, figures on stdout
    const int memoryRuns = quick ? 0 : 5;                                            // shifts in their own processes

    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    Settings settings(home.filePath(QStringLiteral("steadyline.ini")));
    // Every run starts on the English 3.5-step playbook by phone, whatever the machine's locale.
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-en"));
    settings.setValue(Settings::Key::LastChannel, channelName(Channel::Phone));
    int failures = 0;

    // 2a. Start to first shown window, cold: the first window of the process (fonts, style and
    // the built-in playbooks loaded for the first time).
    const long rssBeforeWindowKb = statusKb("VmRSS");
    const auto coldStart = BenchClock::now();
    auto context = std::make_unique<AppContext>(settings);
    auto window = std::make_unique<AssistWindow>(*context);
    // The break after an abusive call (#18) is a page of its own; the benchmark measures the call.
    window->team().setCoolDownSeconds(0);
    const bool coldShown = showAndWaitForFirstPaint(*window);
    const double coldMs = msSince(coldStart);
    if (!coldShown || !QTest::qWaitForWindowExposed(window.get())) {
        std::fprintf(stderr, "functional failure: the window was not exposed and painted\n");
        return 1;
    }
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())) {
        std::fprintf(stderr, "functional failure: the window did not become active (shortcuts need it)\n");
        return 1;
    }
    const long rssAfterStartKb = statusKb("VmRSS");

    // 3. The shift: calls driven by keys on the first window, RSS after each call.
    Driver driver(*window);
    if (!driver.usable()) {
        std::fprintf(stderr, "functional failure: the window has no 'pages' or 'stepTitle'\n");
        return 1;
    }
    ShiftMemory shift;
    if (!runShift(driver, shiftCalls, traceMemory, shift))
        return 1;
    if (shiftOnly) {
        printShiftFigures(shift, earlyCall);
        // Ends here without tearing the window down: under heaptrack, what the shift left
        // allocated then shows as "leaked", for scripts/run-benchmarks to compare two shifts.
        std::fflush(stdout);
        std::_Exit(0);
    }
    std::vector<ShiftFigures> shifts;
    for (int run = 0; run < memoryRuns; ++run) {
        const auto figures = shiftInOwnProcess(shiftCalls);
        if (!figures) {
            std::fprintf(stderr, "functional failure: the shift in process %d did not complete\n", run + 1);
            return 1;
        }
        shifts.push_back(*figures);
    }
    if (shifts.empty()) { // quick mode: this process's shift stands for all
        const auto early = static_cast<std::size_t>(earlyCall);
        shifts.push_back({shift.rssKb[early], shift.rssKb.back(), shift.heapKb[early], shift.heapKb.back()});
    }
    const double firstStepMs = driver.firstStepMs();
    const double firstStartCallMs = driver.firstStartCallMs();

    // 1. Key press to repainted step card, warm (after the shift).
    std::vector<double> toFrameEnd;
    std::vector<double> toTitlePaint;
    std::vector<double> startCall;
    driver.setLatencies(&toFrameEnd, &toTitlePaint, &startCall);
    for (int call = 0; call < latencyCalls; ++call) {
        const int kind = call % (kCallKinds - 1); // kind 3 has one step-card key press only
        if (!runCall(driver, kind)) {
            std::fprintf(stderr, "functional failure: timed call %d (kind %d) did not go through\n", call, kind);
            return 1;
        }
    }
    driver.setLatencies(nullptr, nullptr, nullptr);
    window.reset();

    // 2b. Start to first shown window, warm: further windows in the same process.
    std::vector<double> warmStarts;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = BenchClock::now();
        AppContext anotherContext(settings);
        AssistWindow another(anotherContext);
        const bool shown = showAndWaitForFirstPaint(another);
        warmStarts.push_back(msSince(start));
        failures += shown ? 0 : 1;
    }

    // 2c. The whole process, if the app is built next to this program.
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/steadyline");
    std::vector<double> processStarts;
    if (QFileInfo(binary).isExecutable()) {
        QTemporaryDir processHome;
        for (int i = 0; i < processRuns && processHome.isValid(); ++i) {
            const double ms = processStartMs(binary, processHome.path());
            if (ms < 0)
                break;
            processStarts.push_back(ms);
        }
    }

    std::printf("Machine: %s, %s, %d logical cores; %s build; Qt %s, platform '%s'; %d repetitions (median, "
                "min – max)\n\n",
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount(),
#ifdef NDEBUG
                quick ? "optimised, quick mode (figures not representative)" : "optimised",
#else
                "debug (figures are not representative)",
#endif
                qVersion(), qPrintable(QGuiApplication::platformName()), repetitions);
    std::printf("| benchmark | median | spread | target | |\n|---|---|---|---|---|\n");

    const Figure frame = figureOf(toFrameEnd);
    row("key press (F5/F6) → step card repainted, frame painted and flushed (" + std::to_string(toFrameEnd.size()) +
            " presses)",
        frame, "ms", "< 16 ms (one frame)", frame.median < 16);
    const Figure titlePaint = figureOf(toTitlePaint);
    row("key press (F5/F6) → paint event of the step title delivered", titlePaint, "ms", "< 16 ms (one frame)",
        titlePaint.median < 16);
    row("first step-card key press of the process (cold, 1 run)", {firstStepMs, firstStepMs, firstStepMs}, "ms",
        "< 16 ms (one frame)", firstStepMs < 16);
    const Figure start = figureOf(startCall);
    row("Enter on the start page → step 1 card painted (" + std::to_string(startCall.size()) + " calls)", start, "ms",
        "< 16 ms (one frame)", start.median < 16);
    row("the same, first call of the process (cold, 1 run)", {firstStartCallMs, firstStartCallMs, firstStartCallMs},
        "ms", "< 16 ms (one frame)", firstStartCallMs < 16);
    row("new AssistWindow (built-in playbooks loaded) → exposed and painted, first window of the process (cold, 1 "
        "run)",
        {coldMs, coldMs, coldMs}, "ms", "< 300 ms", coldMs < 300);
    const Figure warm = figureOf(warmStarts);
    row("the same, a further window (warm)", warm, "ms", "< 300 ms", warm.median < 300);
    if (!processStarts.empty()) {
        const Figure process = figureOf(processStarts);
        row("whole process: exec `steadyline` → first frame flushed (offscreen, runs: " +
                std::to_string(processStarts.size()) + ")",
            process, "ms", "< 300 ms", process.median < 300);
    }

    // Memory: each figure over the shifts run in their own processes.
    const int growthCalls = shiftCalls - earlyCall;
    std::vector<double> rssLastMb;
    std::vector<double> rssGrowth;
    std::vector<double> heapGrowth;
    for (const ShiftFigures &f : shifts) {
        rssLastMb.push_back(static_cast<double>(f.rssLastKb) / 1024.0);
        rssGrowth.push_back(static_cast<double>(f.rssLastKb - f.rssEarlyKb) / growthCalls);
        heapGrowth.push_back(static_cast<double>(f.heapLastKb - f.heapEarlyKb) / growthCalls);
    }
    const std::string runs = " (" + std::to_string(shifts.size()) + (shifts.size() == 1 ? " process)" : " processes)");
    const Figure rss = figureOf(rssLastMb);
    row("resident memory (VmRSS) after a " + std::to_string(shiftCalls) + "-call shift" + runs, rss, "MB", "< 80 MB",
        rss.median < 80);
    const Figure growth = figureOf(rssGrowth);
    row("resident memory growth per call, call " + std::to_string(earlyCall) + " → " + std::to_string(shiftCalls) +
            runs,
        growth, "KB/call", "none (< 1 KB/call)", growth.median < 1);
    const Figure heap = figureOf(heapGrowth);
    row("glibc heap in use (mallinfo2: allocations and their chunk overhead) growth per call, call " +
            std::to_string(earlyCall) + " → " + std::to_string(shiftCalls) + runs,
        heap, "KB/call", "none (< 1 KB/call)", heap.median < 1);

    const auto early = static_cast<std::size_t>(earlyCall);
    const double exactGrowth = static_cast<double>(shift.smapsRssKb.back() - shift.smapsRssKb[early]) / growthCalls;
    std::printf("\nNotes:\n\n");
    std::printf("- Offscreen platform: flushing a frame is a copy in memory; on X11 or Wayland the compositor adds "
                "its own frame. Key presses go where a real key would (the focus widget), back to back, and are "
                "timed until the step title's paint event, and until the end of the event-loop pass that painted "
                "and flushed the frame.\n");
    std::printf("- Start-up: QApplication construction took %.1f ms before the cold window and is not in its "
                "figure; the whole-process figure includes it, dynamic loading and the platform plugin, and reads "
                "the first flush from Qt's painting log (`qt.widgets.painting`), which costs a little itself.\n",
                applicationMs);
    std::printf(
        "- Memory: each shift runs in a fresh process of this program (`--shift-only`), so the spread is "
        "over independent runs. In this process: VmRSS before the first window %.1f MB, once it was shown "
        "%.1f MB, after call %d %.1f MB, after call %d %.1f MB; exact Rss (smaps_rollup) grew %.2f KB/call "
        "and glibc's heap in use %.2f KB/call over the same calls. The shift cycles four kinds of call: the method "
        "to hang-up; calmed at step 2 with a typed promise; a typed note and calmed in the countdown; ended "
        "early with F10.\n",
        static_cast<double>(rssBeforeWindowKb) / 1024.0, static_cast<double>(rssAfterStartKb) / 1024.0, earlyCall,
        static_cast<double>(shift.rssKb[early]) / 1024.0, shiftCalls, static_cast<double>(shift.rssKb.back()) / 1024.0,
        exactGrowth, static_cast<double>(shift.heapKb.back() - shift.heapKb[early]) / growthCalls);
    if (growth.median >= 1 && heap.median < 1)
        std::printf("- Why the RSS growth misses its target: glibc's heap in use grew only %.2f KB/call (median), "
                    "and the allocations themselves do not grow at all (heaptrack, below); the resident pages grow "
                    "because the allocator keeps freed memory for reuse and fragments it. LeakSanitizer over a "
                    "whole simulated shift reports no leak (tests/faults/leak_full_call.cpp).\n",
                    heap.median);
    if (processStarts.empty())
        std::printf("- The whole-process start was not measured: no `steadyline` next to this program, or no "
                    "painting log from it.\n");

    if (failures) {
        std::fprintf(stderr, "%d windows were not shown\n", failures);
        return 1;
    }
    return 0;
}
