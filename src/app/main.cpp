// Thin on purpose: the command-line tools and the window live in their libraries.
#include "appinfo.h"
#include "assistwindow.h"
#include "commandline.h"
#include "settings/settings.h"

#include <QApplication>

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
    steadyline::Settings settings;
    steadyline::gui::AssistWindow window(settings);
    window.show();
    return QApplication::exec();
}
