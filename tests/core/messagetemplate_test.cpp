#include "playbook/messagetemplate.h"

#include "catch_qt.h"

using namespace steadyline;

namespace {
RenderContext context(FormOfAddress address, Gender gender)
{
    RenderContext c;
    c.address = address;
    c.agentGender = gender;
    return c;
}
} // namespace

TEST_CASE("Templates render the caller's form of address and the consultant's gender", "[template]")
{
    const QString help = QStringLiteral("Jestem tu po to, aby {address:Panu|Pani} pomóc.");
    CHECK(MessageTemplate::render(help, context(FormOfAddress::FormalMale, Gender::Female)) ==
          QStringLiteral("Jestem tu po to, aby Panu pomóc."));
    CHECK(MessageTemplate::render(help, context(FormOfAddress::FormalFemale, Gender::Female)) ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc."));

    const QString forced = QStringLiteral("będę {agent:zmuszony|zmuszona} zakończyć");
    CHECK(MessageTemplate::render(forced, context(FormOfAddress::FormalMale, Gender::Male)) ==
          QStringLiteral("będę zmuszony zakończyć"));
    CHECK(MessageTemplate::render(forced, context(FormOfAddress::FormalMale, Gender::Female)) ==
          QStringLiteral("będę zmuszona zakończyć"));
}

TEST_CASE("Templates fill values and keep literal braces", "[template]")
{
    RenderContext c;
    c.agentName = QStringLiteral("Zofia");
    c.caseReference = QStringLiteral("ZG-17");
    CHECK(MessageTemplate::render(QStringLiteral("{agentName}: {caseRef} {{x}}"), c) ==
          QStringLiteral("Zofia: ZG-17 {x}"));
    CHECK(MessageTemplate::render(QStringLiteral("Вы правы."), c) == QStringLiteral("Вы правы."));
}

TEST_CASE("Template errors name the problem and its offset", "[template]")
{
    const auto unknown = MessageTemplate::check(QStringLiteral("aby {adress:Panu|Pani} pomóc"));
    REQUIRE(unknown);
    CHECK(unknown->code == QStringLiteral("unknown-placeholder"));
    CHECK(unknown->offset == 4);

    const auto threeForms = MessageTemplate::check(QStringLiteral("{agent:a|b|c}"));
    REQUIRE(threeForms);
    CHECK(threeForms->code == QStringLiteral("malformed-placeholder"));

    CHECK(MessageTemplate::check(QStringLiteral("unclosed {address:Panu|Pani"))->code ==
          QStringLiteral("malformed-placeholder"));
    CHECK(MessageTemplate::check(QStringLiteral("stray } brace"))->code == QStringLiteral("malformed-placeholder"));
    CHECK(MessageTemplate::check(QStringLiteral("{caseRef:x|y}"))->code == QStringLiteral("malformed-placeholder"));
    CHECK_FALSE(MessageTemplate::check(QStringLiteral("{{literal}} {agentName}")));
}

TEST_CASE("A malformed template renders as written rather than half-substituted", "[template]")
{
    const QString broken = QStringLiteral("{address:Panu} pomóc");
    CHECK(MessageTemplate::render(broken, RenderContext{}) == broken);
}

TEST_CASE("Spaces inside a placeholder's braces are an error that shows how to write it (#16)", "[template]")
{
    const auto spaced = MessageTemplate::check(QStringLiteral("abych vám { agent : pomohl|pomohla }."));
    REQUIRE(spaced);
    CHECK(spaced->code == QStringLiteral("malformed-placeholder"));
    CHECK(spaced->offset == 10);
    CHECK(spaced->message.english().contains(QStringLiteral("write {agent:pomohl|pomohla}")));
    CHECK(MessageTemplate::check(QStringLiteral("{address:Pan |Pani}")));
    CHECK(MessageTemplate::check(QStringLiteral("{ caseRef }")));
    // Empty forms and spaces between the words of one form are fine.
    CHECK_FALSE(MessageTemplate::check(QStringLiteral("pomohl{agent:|a} {address:pan Novák|paní Nováková}")));
}

TEST_CASE("{/} is a slash the author means and renders as one (#16)", "[template]")
{
    CHECK_FALSE(MessageTemplate::check(QStringLiteral("24{/}7")));
    CHECK(MessageTemplate::render(QStringLiteral("Linka 24{/}7, 250 kWh{/}měsíc"), RenderContext{}) ==
          QStringLiteral("Linka 24/7, 250 kWh/měsíc"));
}

TEST_CASE("{channel:…|…} says the phone's words on the phone and the office's face to face (#15)", "[template]")
{
    // Czech: a phone call is "hovor" and ends with "Na slyšenou"; a talk in person is "rozhovor" and
    // ends with "Na shledanou". One step holds both instead of a copy per channel.
    const QString bye = QStringLiteral("Děkuji za {channel:hovor|rozhovor}. {channel:Na slyšenou|Na shledanou}.");
    RenderContext c;
    c.channel = Channel::Phone;
    CHECK(MessageTemplate::render(bye, c) == QStringLiteral("Děkuji za hovor. Na slyšenou."));
    c.channel = Channel::InPerson;
    CHECK(MessageTemplate::render(bye, c) == QStringLiteral("Děkuji za rozhovor. Na shledanou."));
    CHECK_FALSE(MessageTemplate::check(bye).has_value());

    // A picture of every call shows both; a chosen channel shows its own.
    CHECK(MessageTemplate::renderForAnyCall(bye, std::nullopt, std::nullopt) ==
          QStringLiteral("Děkuji za hovor/rozhovor. Na slyšenou/Na shledanou."));
    CHECK(MessageTemplate::renderForAnyCall(bye, std::nullopt, std::nullopt, Channel::InPerson) ==
          QStringLiteral("Děkuji za rozhovor. Na shledanou."));

    const auto one = MessageTemplate::check(QStringLiteral("Děkuji za {channel:hovor}."));
    REQUIRE(one.has_value());
    CHECK(one->code == QStringLiteral("malformed-placeholder"));
    CHECK(one->offset == 10);
    CHECK(one->message.english().contains(QStringLiteral("the phone's first, e.g. {channel:hovor|rozhovor}")));
    const auto three = MessageTemplate::check(QStringLiteral("{channel:a|b|c}"));
    REQUIRE(three.has_value());
    CHECK(three->code == QStringLiteral("malformed-placeholder"));
}

TEST_CASE("{address:…|…|…} has a third form for a couple or a caller of unknown gender, in every language (#15)",
          "[template]")
{
    const RenderContext plural = context(FormOfAddress::FormalPlural, Gender::Female);
    // Polish: Państwo takes its own case and a plural verb.
    CHECK(MessageTemplate::render(QStringLiteral("Jestem tu po to, aby {address:Panu|Pani|Państwu} pomóc."), plural) ==
          QStringLiteral("Jestem tu po to, aby Państwu pomóc."));
    CHECK(MessageTemplate::render(QStringLiteral("Czego {address:Pan|Pani|Państwo} od nas {address:oczekuje|oczekuje|"
                                                 "oczekują}?"),
                                  plural) == QStringLiteral("Czego Państwo od nas oczekują?"));
    // Czech: the past participle of vykání to several people is plural.
    CHECK(MessageTemplate::render(QStringLiteral("Děkuji, že jste nám o tom {address:řekl|řekla|řekli}."), plural) ==
          QStringLiteral("Děkuji, že jste nám o tom řekli."));
    // Russian and English: the form is chosen by the author just the same.
    CHECK(MessageTemplate::render(QStringLiteral("{address:Господин|Госпожа|Уважаемые клиенты}, вы правы."), plural) ==
          QStringLiteral("Уважаемые клиенты, вы правы."));
    CHECK(MessageTemplate::render(QStringLiteral("Thank you, {address:sir|madam|both of you}."), plural) ==
          QStringLiteral("Thank you, both of you."));
    // The other two forms are the first two, as before.
    CHECK(MessageTemplate::render(QStringLiteral("aby {address:Panu|Pani|Państwu} pomóc"),
                                  context(FormOfAddress::FormalMale, Gender::Female)) ==
          QStringLiteral("aby Panu pomóc"));
    CHECK(MessageTemplate::render(QStringLiteral("aby {address:Panu|Pani|Państwu} pomóc"),
                                  context(FormOfAddress::FormalFemale, Gender::Female)) ==
          QStringLiteral("aby Pani pomóc"));
    CHECK_FALSE(MessageTemplate::check(QStringLiteral("{address:Panu|Pani|Państwu}")));
}

TEST_CASE("A text without the third form shows both forms to a couple, never a half sentence (#15)", "[template]")
{
    const RenderContext plural = context(FormOfAddress::FormalPlural, Gender::Female);
    CHECK(MessageTemplate::render(QStringLiteral("aby {address:Panu|Pani} pomóc"), plural) ==
          QStringLiteral("aby Panu/Pani pomóc"));
    CHECK(MessageTemplate::lacksPluralAddress(QStringLiteral("aby {address:Panu|Pani} pomóc")) == 4);
    CHECK(MessageTemplate::lacksPluralAddress(QStringLiteral("{address:Panu|Pani|Państwu}, {address:Pan|Pani}")) == 29);
    CHECK(MessageTemplate::lacksPluralAddress(QStringLiteral("{address:Panu|Pani|Państwu} {agent:a|b}")) < 0);
    CHECK(MessageTemplate::hasPluralAddress(QStringLiteral("{address:Panu|Pani|Państwu}")));
    CHECK_FALSE(MessageTemplate::hasPluralAddress(QStringLiteral("{address:Panu|Pani} {agent:a|b}")));
    // A picture of every call shows all three.
    CHECK(MessageTemplate::renderForAnyCall(QStringLiteral("{address:Panu|Pani|Państwu}"), std::nullopt,
                                            std::nullopt) == QStringLiteral("Panu/Pani/Państwu"));
    CHECK(MessageTemplate::renderForAnyCall(QStringLiteral("{address:Panu|Pani|Państwu}"), FormOfAddress::FormalPlural,
                                            std::nullopt) == QStringLiteral("Państwu"));
}

TEST_CASE("Only the caller's form of address has a third form (#15)", "[template]")
{
    const auto four = MessageTemplate::check(QStringLiteral("{address:a|b|c|d}"));
    REQUIRE(four);
    CHECK(four->code == QStringLiteral("malformed-placeholder"));
    CHECK(four->message.english().contains(QStringLiteral("two or three forms")));
    CHECK(MessageTemplate::check(QStringLiteral("{channel:a|b|c}")));
    CHECK(MessageTemplate::check(QStringLiteral("{agent:a|b|c}")));
}
