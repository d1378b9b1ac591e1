// Thin on purpose: the command-line tools, the journal and the window live in their libraries.
#include "app/appcontext.h"
#include "appinfo.h"
#include "call/assistwindow.h"
#include "commandline.h"
#include "desktopintegration.h"
#include "instance/singleinstance.h"
#include "instance/terminationsignals.h"
#include "journal/journal.h"
#include "journal/recoveryfile.h"
#include "language/interfacelanguage.h"
#include "logging.h"
#include "settings/settings.h"
#include "softphonefollower.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "widgets/sessionending.h"
#include "windowoptions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>
#include <QStatusBar>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

namespace {

// `export … --format pdf` (or --format=pdf) lays the report out with QTextDocument and QPdfWriter,
// which need a QGuiApplication; every other command runs on a QCoreApplication.
bool wantsPdf(const QStringList &arguments)
{
    // `server report incidents --format pdf` too (dash19).
    if (!arguments.contains(QStringLiteral("export")) && !arguments.contains(QStringLiteral("report")))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.compare(QStringLiteral("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if (argument == u"--format" && i + 1 < arguments.size() &&
            arguments.at(i + 1).compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    // No QApplication: the tools must run on a machine without a display. A PDF needs Qt Gui,
    // drawn offscreen unless the caller chose a platform.
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    steadyline::setApplicationIdentity();
    return steadyline::cli::run(arguments);
}

// Wrong usage adds where to read the usage; a refusal of the running window does not.
void printError(const QString &message, bool wrongUsage)
{
    QString text = QStringLiteral("steadyline: ") + message + QLatin1Char('\n');
    if (wrongUsage)
        text += QCoreApplication::translate("main", "Run 'steadyline --help' for usage.") + QLatin1Char('\n');
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (steadyline::cli::isCommandLineInvocation(arguments))
        return runCommandLine(argc, argv, arguments);
    // `steadyline --verbose --help` too: help and version never need a display.
    if (steadyline::app::asksForHelpOrVersion(arguments))
        return runCommandLine(
            argc, argv,
            {arguments.contains(QStringLiteral("--version")) ? QStringLiteral("--version") : QStringLiteral("--help")});

    QApplication app(argc, argv);
    steadyline::setApplicationIdentity();
    // The interface's language before the first text is made: the preferences' choice, else the
    // system's. Saving another choice in the preferences switches the open window at once.
    steadyline::Settings settings;
    steadyline::gui::InterfaceLanguage language;
    language.apply(settings.string(steadyline::Settings::Key::InterfaceLanguage));
    // Parsed after QApplication has taken its own options (-platform, -style, …) out.
    const steadyline::app::WindowOptions options =
        steadyline::app::parseWindowOptions(QCoreApplication::arguments().mid(1));
    if (!options.error.isEmpty()) {
        printError(options.error, true);
        return steadyline::cli::UsageError;
    }
    steadyline::app::setUpWindowLogging(options.verbose);
    const QString dataDir =
        options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : options.dataDir;

    // One window per journal: a later start hands its request to the running one and ends.
    using steadyline::desktop::SingleInstance;
    SingleInstance instance(QDir(dataDir).absolutePath());
    steadyline::desktop::InstanceRequest request;
    request.startCall = options.startCall;
    // Resolved here: the running window may have been started in another folder.
    if (!options.rehearse.isEmpty())
        request.rehearse = QFileInfo(options.rehearse).absoluteFilePath();
    QString instanceMessage;
    switch (instance.claim(request, &instanceMessage)) {
    case SingleInstance::Role::Primary: break;
    case SingleInstance::Role::Forwarded:
        std::fputs((instanceMessage + QLatin1Char('\n')).toUtf8().constData(), stdout);
        return steadyline::cli::Success;
    case SingleInstance::Role::Failed: printError(instanceMessage, false); return steadyline::cli::Failure;
    }
    // Parsed on the other cores while this one opens the journal and builds the window.
    steadyline::PlaybookCatalog::PreloadedPlaybooks builtInPlaybooks = steadyline::PlaybookCatalog::preloadBuiltIn();
    spdlog::info("Steadyline {} started (Qt {}, platform {})", STEADYLINE_VERSION, qVersion(),
                 QGuiApplication::platformName().toStdString());
    spdlog::info("Interface language: {}", language.current().toStdString());

    // The installed icon where the theme has it (it follows the theme), else the built-in one.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.steadyline.Steadyline"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("app.steadyline.Steadyline"),
                                                 QIcon(QStringLiteral(":/icons/steadyline-64.png"))));

    QString journalError;
    const auto journal = steadyline::journal::Journal::open(dataDir, &journalError);
    // Writes that the last run could not save before it ended go in first, before the window
    // looks for calls left open.
    steadyline::journal::RecoveryReport recovered;
    if (journal)
        recovered = steadyline::journal::restoreRecoveryFiles(*journal);
    // What every window shares: the settings, the journal and the one playbook catalog.
    steadyline::AppContext context(settings, journal.get(), journalError, std::move(builtInPlaybooks));
    steadyline::gui::AssistWindow window(context);
    window.showRecovery(recovered);
    QObject::connect(&window, &steadyline::gui::AssistWindow::preferencesSaved, &window, [&language, &settings] {
        language.apply(settings.string(steadyline::Settings::Key::InterfaceLanguage));
    });
    // The team server, when this desk joined one: synced in its own thread, shown in the status bar.
    steadyline::gui::TeamLink team(dataDir, settings, window);
    context.setTeam(&team); // Preferences → Team shows it, syncs now, stops it before leaving
    QObject::connect(&window, &steadyline::gui::AssistWindow::preferencesSaved, &team,
                     &steadyline::gui::TeamLink::applySettings);
    steadyline::gui::DesktopIntegration desktop(window, settings);
    // The team's features: the raised hand's answer, the caller flag, the policy, a lead's board.
    steadyline::gui::TeamFeatures teamFeatures(context, window, team, desktop.tray());
    // Calls that start and end with the softphone: baresip, the loopback listener, `call-event`.
    steadyline::gui::SoftphoneFollower softphone(window, settings);
    const auto showSoftphoneState = [&window, &softphone] { window.setSoftphoneStatus(softphone.statusText()); };
    QObject::connect(&softphone, &steadyline::gui::SoftphoneFollower::statusChanged, &window, showSoftphoneState);
    const auto applySoftphoneSettings = [&window, &softphone] {
        if (const QStringList problems = softphone.applySettings(); !problems.isEmpty())
            window.statusBar()->showMessage(problems.join(QLatin1Char(' ')), 15000);
    };
    QObject::connect(&window, &steadyline::gui::AssistWindow::preferencesSaved, &window, applySoftphoneSettings);
    instance.setHandler([&desktop, &softphone](const steadyline::desktop::InstanceRequest &asked) {
        return asked.callEvent ? softphone.handle(*asked.callEvent) : desktop.handle(asked);
    });
    // Before the window is shown: a softphone's status is then part of its first layout.
    applySoftphoneSettings();
    window.show();
    if (!instance.problem().isEmpty())
        window.statusBar()->showMessage(instance.problem(), 30000);
    if (options.startCall) {
        if (const QString refusal = window.startCallFromOutside(*options.startCall); !refusal.isEmpty())
            window.statusBar()->showMessage(refusal, 15000);
    }
    if (!options.rehearse.isEmpty()) {
        if (const QString refusal = window.startRehearsal(QFileInfo(options.rehearse).absoluteFilePath());
            !refusal.isEmpty())
            window.statusBar()->showMessage(refusal, 15000);
    }
    // Logout and shutdown send SIGTERM: save what is on screen and end as after Ctrl+Q, without
    // the questions a person at the keyboard would get (Qt 6's quit() closes every window first,
    // and the window's close would otherwise ask about the call in progress).
    steadyline::desktop::TerminationSignals termination;
    QObject::connect(&termination, &steadyline::desktop::TerminationSignals::terminationRequested, &window, [&window] {
        steadyline::gui::setSessionEnding(true);
        window.saveBeforeEnding();
        QApplication::quit();
    });
    const int status = QApplication::exec();
    if (journal && journal->pendingWrites() > 0 && !journal->flushPending().ok) {
        // The journal still cannot be written (a full disk at logout): keep what waits elsewhere.
        QString error;
        if (steadyline::journal::saveRecoveryFile(*journal, &error).isEmpty())
            spdlog::error("{} writes could not be kept in a recovery file either", journal->pendingWrites());
    }
    spdlog::info("Steadyline ends (status {})", status);
    return status;
}
