#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#ifdef STEADYLINE_GUI_TEST
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Tests must never read or write the user's real settings or data.
    QStandardPaths::setTestModeEnabled(true);
#ifdef STEADYLINE_GUI_TEST
    // GUI tests run offscreen unless told otherwise (test discovery runs them at build time too).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // The voice plugin as built, not one installed on the machine (the app looks beside its binary).
    if (!qEnvironmentVariableIsSet("STEADYLINE_PLUGIN_DIR"))
        qputenv("STEADYLINE_PLUGIN_DIR", STEADYLINE_PLUGIN_DIR);
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
