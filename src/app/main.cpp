// Thin on purpose: the command-line tools, the journal and the window live in their libraries.
#include "appinfo.h"
#include "assistwindow.h"
#include "commandline.h"
#include "journal/journal.h"
#include "settings/settings.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (steadyline::cli::isCommandLineInvocation(arguments)) {
        // No QApplication: the tools must run on a machine without a display.
        QCoreApplication app(argc, argv);
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
