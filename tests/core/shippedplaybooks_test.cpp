#include "playbook/messagetemplate.h"
#include "playbook/playbookengine.h"
#include "playbook/playbooklibrary.h"
#include "testplaybooks.h"

#include <QDir>

#include "catch_qt.h"

using namespace steadyline;

namespace {

QStringList shippedFiles(const QString &pattern = QStringLiteral("*.json"))
{
    const QDir dir(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

PlaybookEngine startCall(const QString &file, Channel channel)
{
    const LoadResult result = PlaybookLoader::loadFile(file);
    REQUIRE(result.ok());
    CallSetup setup;
    setup.channel = channel;
    PlaybookEngine engine(result.playbook, setup);
    engine.start();
    return engine;
}

} // namespace

TEST_CASE("Every shipped playbook validates without errors or warnings", "[shipped]")
{
    const QStringList files = shippedFiles();
    REQUIRE(files.size() >= 8); // two playbooks in four languages
    for (const QString &file : files) {
        INFO(file.toStdString());
        const LoadResult result = PlaybookLoader::loadFile(file);
        for (const Diagnostic &d : result.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        CHECK(result.ok());
        CHECK(result.diagnostics.empty());
    }
}

TEST_CASE("The app has every shipped playbook built in", "[shipped]")
{
    QStringList builtIn;
    for (const QString &path : PlaybookLibrary::builtInPlaybookFiles())
        builtIn << path.section(QLatin1Char('/'), -1);
    QStringList shipped;
    for (const QString &path : shippedFiles())
        shipped << path.section(QLatin1Char('/'), -1);
    CHECK(builtIn == shipped);
}

TEST_CASE("Each 3.5-step playbook walks the method in every language", "[shipped]")
{
    const QStringList files = shippedFiles(QStringLiteral("aggressive-caller-*.json"));
    REQUIRE(files.size() == 4); // pl, en, cs, ru
    const QStringList escalation{QStringLiteral("help_offer"), QStringLiteral("boundary"),
                                 QStringLiteral("final_warning"), QStringLiteral("countdown")};
    for (const QString &file : files) {
        INFO(file.toStdString());
        for (const auto &[channel, terminal] :
             {std::pair{Channel::Phone, "hang_up"}, std::pair{Channel::InPerson, "call_security"}}) {
            PlaybookEngine engine = startCall(file, channel);
            QStringList visited{engine.current().stepId};
            for (int i = 0; i < 3; ++i) {
                REQUIRE(engine.fire(QStringLiteral("no_change")) == FireResult::Moved);
                visited << engine.current().stepId;
            }
            CHECK(visited == escalation);
            REQUIRE(engine.current().timer);
            CHECK(engine.current().label == QStringLiteral("3½"));
            CHECK(engine.current().timer->defaultMs == 7000);
            CHECK(engine.current().timer->minMs == 5000);
            CHECK(engine.current().timer->maxMs == 10000);
            REQUIRE(engine.expireTimer());
            CHECK(engine.current().stepId == QString::fromLatin1(terminal));
            CHECK(engine.finished());
        }
        for (int calmAt = 0; calmAt < 4; ++calmAt) {
            PlaybookEngine engine = startCall(file, Channel::Phone);
            for (int i = 0; i < calmAt; ++i)
                engine.fire(QStringLiteral("no_change"));
            CHECK(engine.current().stepId == escalation[calmAt]);
            REQUIRE(engine.fire(QStringLiteral("calmed")) == FireResult::Moved);
            CHECK(engine.current().stepId == QStringLiteral("resolution"));
        }
    }
}

TEST_CASE("No shipped line reaches the screen with a slash or bracket form", "[shipped]")
{
    // Rendered for every combination: a "/" between words or "(a)" would mean a form not chosen.
    for (const QString &file : shippedFiles()) {
        const LoadResult result = PlaybookLoader::loadFile(file);
        REQUIRE(result.ok());
        for (const auto address :
             {FormOfAddress::FormalMale, FormOfAddress::FormalFemale, FormOfAddress::FormalPlural}) {
            for (const auto gender : {Gender::Male, Gender::Female}) {
                CallSetup setup;
                setup.render.address = address;
                setup.render.agentGender = gender;
                PlaybookEngine engine(result.playbook, setup);
                for (const Step &step : result.playbook->steps) {
                    for (const LocalizedText &line : step.say) {
                        const QString rendered = engine.renderText(line);
                        INFO(file.toStdString() << ": " << rendered.toStdString());
                        CHECK_FALSE(rendered.contains(QLatin1Char('{')));
                        CHECK_FALSE(rendered.contains(QStringLiteral("(a)")));
                        CHECK_FALSE(rendered.contains(QStringLiteral("Panu/Pani")));
                    }
                }
            }
        }
    }
}

TEST_CASE("Every shipped line that addresses the caller has the plural form for a couple (#15)", "[shipped]")
{
    int addressed = 0;
    for (const QString &file : shippedFiles()) {
        const LoadResult result = PlaybookLoader::loadFile(file);
        REQUIRE(result.ok());
        result.playbook->forEachText([&](const LocalizedText &text) {
            for (auto it = text.byLocale.constBegin(); it != text.byLocale.constEnd(); ++it) {
                INFO(file.toStdString() << " " << text.key.toStdString() << ": " << it.value().toStdString());
                CHECK(MessageTemplate::lacksPluralAddress(it.value()) < 0);
                addressed += MessageTemplate::hasPluralAddress(it.value()) ? 1 : 0;
            }
        });
    }
    CHECK(addressed >= 40); // the Polish and Czech playbooks address the caller in many lines

    CallSetup couple;
    couple.render.address = FormOfAddress::FormalPlural;
    const LoadResult polish =
        PlaybookLoader::loadFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-pl.json"));
    REQUIRE(polish.ok());
    PlaybookEngine engine(polish.playbook, couple);
    engine.start();
    REQUIRE_FALSE(engine.current().say.empty());
    CHECK(engine.current().say.front() ==
          QStringLiteral("Jestem tu po to, aby Państwu pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
}
