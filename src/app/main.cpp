// Thin on purpose: the command-line tools, the journal and the window live in their libraries.
#include "appinfo.h"
#include "assistwindow.h"
#include "commandline.h"
#include "journal/journal.h"
#include "settings/settings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <memory>

namespace {

// `export … --format pdf` (or --format=pdf) lays the report out with QTextDocument and QPdfWriter,
// which need a QGuiApplication; every other command runs on a QCoreApplication.
bool wantsPdf(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("export")))
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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (steadyline::cli::isCommandLineInvocation(arguments)) {
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
        return steadyline::cli::run(QCoreApplication::arguments().mid(1));
    }

    QApplication app(argc, argv);
    steadyline::setApplicationIdentity();
    // --data-dir DIR moves the journal, as it does for every command.
    const qsizetype dataDirAt = arguments.indexOf(QStringLiteral("--data-dir"));
    const QString dataDir = dataDirAt >= 0 && dataDirAt + 1 < arguments.size()
                                ? arguments.at(dataDirAt + 1)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString journalError;
    const auto journal = steadyline::journal::Journal::open(dataDir, &journalError);
    steadyline::Settings settings;
    steadyline::gui::AssistWindow window(settings, journal.get(), journalError);
    window.show();
    return QApplication::exec();
}
