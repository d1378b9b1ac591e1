// --redact: what is masked (with the label it gets) and, as important, what stays.
#include "journal/redaction.h"

#include "catch_qt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

using namespace steadyline::journal;

namespace {

QString masked(const char *text, RedactionCounts *counts = nullptr)
{
    return redact(QString::fromUtf8(text), counts);
}

// Each text must come back unchanged.
void checkUntouched(std::initializer_list<const char *> texts)
{
    for (const char *text : texts) {
        INFO(text);
        RedactionCounts counts;
        CHECK(masked(text, &counts) == QString::fromUtf8(text));
        CHECK(counts.total() == 0);
    }
}

// One row of tests/export/data/redaction_corpus.tsv.
struct CorpusRow
{
    int line = 0;
    QString language;
    QStringList kinds; // empty: the text must stay as it is
    QString text;
    QString expected;
};

std::vector<CorpusRow> readCorpus()
{
    QFile file(QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/export/data/redaction_corpus.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<CorpusRow> rows;
    int line = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++line;
        const QString row = QString::fromUtf8(raw);
        if (row.isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = row.split(QLatin1Char('\t'));
        INFO("redaction_corpus.tsv:" << line << ": " << row.toStdString());
        REQUIRE(fields.size() == 4);
        CorpusRow r{line, fields[0], {}, fields[2], fields[3]};
        if (fields[1] != QLatin1String("keep"))
            r.kinds = fields[1].split(QLatin1Char(','));
        REQUIRE((r.kinds.isEmpty() == r.expected.isEmpty()));
        rows.push_back(r);
    }
    return rows;
}

// The corpus's names of the kinds.
RedactedKind kindNamed(const QString &name)
{
    static const QHash<QString, RedactedKind> kinds{
        {QStringLiteral("email"), RedactedKind::Email},     {QStringLiteral("iban"), RedactedKind::Iban},
        {QStringLiteral("card"), RedactedKind::Card},       {QStringLiteral("pesel"), RedactedKind::Pesel},
        {QStringLiteral("phone"), RedactedKind::Phone},     {QStringLiteral("birth-number"), RedactedKind::BirthNumber},
        {QStringLiteral("nip"), RedactedKind::Nip},         {QStringLiteral("regon"), RedactedKind::Regon},
        {QStringLiteral("inn"), RedactedKind::Inn},         {QStringLiteral("snils"), RedactedKind::Snils},
        {QStringLiteral("id-card"), RedactedKind::IdCard},  {QStringLiteral("passport"), RedactedKind::Passport},
        {QStringLiteral("account"), RedactedKind::Account}, {QStringLiteral("name"), RedactedKind::Name},
        {QStringLiteral("address"), RedactedKind::Address}, {QStringLiteral("date-of-birth"), RedactedKind::BirthDate},
    };
    INFO("kind " << name.toStdString());
    REQUIRE(kinds.contains(name));
    return kinds.value(name);
}

// How many labels redact() put into a text.
int labelsIn(const QString &text)
{
    static const QRegularExpression label(QStringLiteral(
        R"(\[(?:e-mail|IBAN|card|PESEL|phone|birth number|NIP|REGON|INN|SNILS|ID card|passport|account|name|address|date of birth)\])"));
    int n = 0;
    for (auto it = label.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

TEST_CASE("The corpus: every row is masked as expected, or left as it is", "[redaction][corpus]")
{
    const std::vector<CorpusRow> rows = readCorpus();
    int masked = 0;
    int kept = 0;
    QStringList failed;
    for (const CorpusRow &row : rows) {
        (row.kinds.isEmpty() ? kept : masked) += 1;
        RedactionCounts counts;
        const QString result = redact(row.text, &counts);
        const QString expected = row.kinds.isEmpty() ? row.text : row.expected;
        bool ok = result == expected && counts.total() == labelsIn(expected);
        for (const QString &kind : row.kinds)
            ok = ok && counts.of(kindNamed(kind)) > 0;
        if (!ok)
            failed << QStringLiteral("line %1").arg(row.line);
        INFO("redaction_corpus.tsv:" << row.line << " [" << row.language.toStdString() << "] "
                                     << row.text.toStdString());
        CHECK(result == expected);
        CHECK(counts.total() == labelsIn(expected));
        for (const QString &kind : row.kinds) {
            INFO("kind " << kind.toStdString());
            CHECK(counts.of(kindNamed(kind)) > 0);
        }
    }
    INFO("failed rows: " << failed.join(QStringLiteral(", ")).toStdString());
    CHECK(failed.isEmpty());
    CHECK(masked >= 60);
    CHECK(kept >= 25);
}

TEST_CASE("The checks: Luhn, IBAN mod 97 with the country's length, PESEL checksum and date", "[redaction]")
{
    CHECK(luhnValid(u"4111111111111111"));
    CHECK(luhnValid(u"378282246310005"));
    CHECK_FALSE(luhnValid(u"4111111111111112"));
    CHECK_FALSE(luhnValid(u""));
    CHECK_FALSE(luhnValid(u"4111a11111111111"));

    CHECK(ibanValid(u"PL61109010140000071219812874"));
    CHECK(ibanValid(u"pl61109010140000071219812874"));
    CHECK(ibanValid(u"DE89370400440532013000"));
    CHECK(ibanValid(u"GB82WEST12345698765432"));
    CHECK(ibanValid(u"CZ6508000000192000145399"));
    CHECK_FALSE(ibanValid(u"PL61109010140000071219812875")); // one digit off
    CHECK_FALSE(ibanValid(u"PL6110901014000007121981287"));  // too short for Poland
    CHECK_FALSE(ibanValid(u"XX61109010140000071219812874")); // no such country

    CHECK(peselValid(u"44051401359"));       // 14 May 1944
    CHECK(peselValid(u"02270803624"));       // 8 July 2002 (month + 20)
    CHECK_FALSE(peselValid(u"44051401358")); // checksum
    CHECK_FALSE(peselValid(u"44131401350")); // checksum right, but month 13
    CHECK_FALSE(peselValid(u"4405140135"));  // 10 digits
}

TEST_CASE("The checks of rodné číslo, NIP, REGON, INN, SNILS, Polish ID cards and Czech accounts", "[redaction]")
{
    CHECK(birthNumberValid(u"7360285163"));       // a woman born 28 October 1973 (month + 50)
    CHECK_FALSE(birthNumberValid(u"7360285164")); // one digit off
    CHECK(birthNumberValid(u"8001011238"));
    CHECK_FALSE(birthNumberValid(u"8001011228"));
    CHECK(birthNumberValid(u"0421151236"));       // a man born 2004: month + 20
    CHECK(birthNumberValid(u"1181157890"));       // a woman born 2011: month + 70
    CHECK_FALSE(birthNumberValid(u"9021051237")); // divisible by 11, but month + 20 before 2004
    CHECK_FALSE(birthNumberValid(u"3001011233")); // divisible by 11, but born in 2030
    CHECK_FALSE(birthNumberValid(u"7313285166")); // divisible by 11, but month 13
    CHECK(birthNumberValid(u"8001010040"));       // remainder 10 and a final 0: allowed until 1985
    CHECK_FALSE(birthNumberValid(u"9001010030")); // … but not in 1990
    CHECK(birthNumberValid(u"520101123"));        // nine digits: born before 1954
    CHECK_FALSE(birthNumberValid(u"540101123"));
    CHECK_FALSE(birthNumberValid(u"73602851"));

    CHECK(nipValid(u"1234563218"));
    CHECK_FALSE(nipValid(u"1234563219"));
    CHECK(nipValid(u"5260250274"));
    CHECK_FALSE(nipValid(u"5260250275"));
    CHECK_FALSE(nipValid(u"123456321"));

    CHECK(regonValid(u"123456785"));
    CHECK_FALSE(regonValid(u"123456786"));
    CHECK(regonValid(u"610161834"));
    CHECK(regonValid(u"12345678512347"));
    CHECK_FALSE(regonValid(u"12345678512348"));
    CHECK_FALSE(regonValid(u"1234567851234"));

    CHECK(innValid(u"7707083893"));
    CHECK_FALSE(innValid(u"7707083894"));
    CHECK(innValid(u"500100732259"));
    CHECK_FALSE(innValid(u"500100732258"));
    CHECK_FALSE(innValid(u"500100732269"));

    CHECK(snilsValid(u"11223344595"));
    CHECK_FALSE(snilsValid(u"11223344596"));
    CHECK(snilsValid(u"12345678964"));
    CHECK_FALSE(snilsValid(u"12345678965"));
    CHECK(snilsValid(u"10011898600")); // a sum of 101: check number 00
    CHECK(snilsValid(u"08765430300")); // a sum of 202: remainder 0

    CHECK(polishIdCardValid(u"ABA300000"));
    CHECK_FALSE(polishIdCardValid(u"ABA300001"));
    CHECK(polishIdCardValid(u"ABC523456"));
    CHECK_FALSE(polishIdCardValid(u"ABC123456")); // the usual example fails its check digit
    CHECK_FALSE(polishIdCardValid(u"aba300000"));
    CHECK_FALSE(polishIdCardValid(u"AB1300000"));

    CHECK(czechAccountValid(u"19", u"2000145399"));
    CHECK(czechAccountValid(u"", u"2000145399"));
    CHECK(czechAccountValid(u"670100", u"2000145399"));
    CHECK_FALSE(czechAccountValid(u"18", u"2000145399"));
    CHECK_FALSE(czechAccountValid(u"19", u"2000145398"));
    CHECK_FALSE(czechAccountValid(u"", u"0000000000"));
    CHECK_FALSE(czechAccountValid(u"1234567", u"2000145399")); // the prefix has six digits at most
}

TEST_CASE("Counts per kind add up, and each kind has its label", "[redaction]")
{
    RedactionCounts counts;
    const QString text = redact(QStringLiteral("RČ 736028/5163, NIP 1234563218, ИНН 7707083893, Pan Jan Nowak, "
                                               "ul. Długa 5, ur. 14.05.1944, tel. 601 234 567"),
                                &counts);
    CHECK(text == QStringLiteral("RČ [birth number], NIP [NIP], ИНН [INN], Pan [name], [address], ur. [date of "
                                 "birth], tel. [phone]"));
    CHECK(counts.birthNumbers == 1);
    CHECK(counts.nips == 1);
    CHECK(counts.inns == 1);
    CHECK(counts.names == 1);
    CHECK(counts.addresses == 1);
    CHECK(counts.birthDates == 1);
    CHECK(counts.phones == 1);
    CHECK(counts.total() == 7);
    RedactionCounts sum;
    sum += counts;
    sum += counts;
    CHECK(sum.total() == 14);
    CHECK(sum.of(RedactedKind::Nip) == 2);
    QStringList labels;
    for (RedactedKind kind : kRedactedKinds)
        labels << redactionLabel(kind);
    CHECK(labels.size() == 16);
    CHECK(labels.removeDuplicates() == 0);
    CHECK_FALSE(labels.contains(QStringLiteral("[redacted]")));
}

TEST_CASE("Card numbers are masked only when Luhn-valid", "[redaction][card]")
{
    CHECK(masked("karta 4111 1111 1111 1111.") == QStringLiteral("karta [card]."));
    CHECK(masked("4111-1111-1111-1111") == QStringLiteral("[card]"));
    CHECK(masked("nr 4111111111111111") == QStringLiteral("nr [card]"));
    CHECK(masked("Amex 3782 822463 10005") == QStringLiteral("Amex [card]"));
    CHECK(masked("5555 5555 5555 4444 ważna do 12/27") == QStringLiteral("[card] ważna do 12/27"));
    // Grouped with the no-break spaces Steadyline writes into numbers.
    CHECK(masked("4111\u00A01111\u00A01111\u00A01111") == QStringLiteral("[card]"));
    // Followed by more digits in the same run: the card is still found.
    CHECK(masked("4111 1111 1111 1111 2026-11-23") == QStringLiteral("[card] 2026-11-23"));
    CHECK(masked("karta:4111111111111111/12/27") == QStringLiteral("karta:[card]/12/27"));
    RedactionCounts counts;
    masked("4111111111111111 i 5555555555554444", &counts);
    CHECK(counts.cards == 2);
    CHECK(counts.total() == 2);

    checkUntouched({
        "4111 1111 1111 1112", // Luhn fails
        "1234 5678 9012 3456", // Luhn fails
        "4111111111111112",    // Luhn fails
        "411111111111",        // 12 digits: too short
        "ZG-4111111111111111", // part of a reference
    });
}

TEST_CASE("IBANs are masked when mod-97 valid, with or without spaces or the country code", "[redaction][iban]")
{
    CHECK(masked("konto PL61 1090 1014 0000 0712 1981 2874, tytuł") == QStringLiteral("konto [IBAN], tytuł"));
    CHECK(masked("PL61109010140000071219812874") == QStringLiteral("[IBAN]"));
    CHECK(masked("pl61 1090 1014 0000 0712 1981 2874") == QStringLiteral("[IBAN]"));
    CHECK(masked("IBAN: PL 61 1090 1014 0000 0712 1981 2874") == QStringLiteral("IBAN: [IBAN]"));
    CHECK(masked("DE89 3704 0044 0532 0130 00") == QStringLiteral("[IBAN]"));
    CHECK(masked("GB82 WEST 1234 5698 7654 32 OK") == QStringLiteral("[IBAN] OK"));
    CHECK(masked("účet CZ65 0800 0000 1920 0014 5399") == QStringLiteral("účet [IBAN]"));
    // A Polish account number (NRB) written without "PL".
    CHECK(masked("nr rachunku 61 1090 1014 0000 0712 1981 2874") == QStringLiteral("nr rachunku [IBAN]"));
    RedactionCounts counts;
    masked("PL61109010140000071219812874", &counts);
    CHECK(counts.ibans == 1);
    CHECK(counts.total() == 1);

    checkUntouched({
        "PL61 1090 1014 0000 0712 1981 2875", // check digits do not match
        "PL61109010140000071219812875",
        "61 1090 1014 0000 0712 1981 2875", // NRB that fails the check
        "PL61 1090 1014",                   // too short
        "AB12 and more words follow here",  // no such country, and words are not an account
    });
}

TEST_CASE("PESEL numbers are masked only with a valid checksum", "[redaction][pesel]")
{
    CHECK(masked("PESEL 44051401359.") == QStringLiteral("PESEL [PESEL]."));
    CHECK(masked("PESEL: 02270803624, matka") == QStringLiteral("PESEL: [PESEL], matka"));
    CHECK(masked("PESEL:44051401359") == QStringLiteral("PESEL:[PESEL]"));
    RedactionCounts counts;
    masked("44051401359", &counts);
    CHECK(counts.pesels == 1);
    CHECK(counts.total() == 1);
    checkUntouched({
        "PESEL 44051401358", // checksum fails
        "PESEL 44131401350", // month 13
        "4405140135",        // 10 digits
    });
}

TEST_CASE("E-mail addresses are masked", "[redaction][email]")
{
    CHECK(masked("pisać na jan.kowalski@example.pl.") == QStringLiteral("pisać na [e-mail]."));
    CHECK(masked("anna+skarga@poczta.onet.pl, kopia: biuro@firma.cz") == QStringLiteral("[e-mail], kopia: [e-mail]"));
    CHECK(masked("почта иван@пример.рф") == QStringLiteral("почта [e-mail]"));
    checkUntouched({"@konsultant", "a@b", "spotkanie @ 12:00"});
}

TEST_CASE("Phone numbers are masked in the ways people write them", "[redaction][phone]")
{
    for (const char *phone : {"+48 601 234 567", "+48601234567", "0048 601 234 567", "601 234 567", "601-234-567",
                              "601234567", "(22) 123 45 67", "22 123 45 67", "+48 (22) 123 45 67", "+420 601 234 567",
                              "+7 (495) 123-45-67", "8 (495) 123-45-67", "+48 601-234-567"}) {
        INFO(phone);
        RedactionCounts counts;
        CHECK(masked(phone, &counts) == QStringLiteral("[phone]"));
        CHECK(counts.phones == 1);
        CHECK(counts.total() == 1);
        const QString inSentence =
            QStringLiteral("Proszę dzwonić pod %1, najlepiej rano.").arg(QString::fromUtf8(phone));
        CHECK(redact(inSentence) == QStringLiteral("Proszę dzwonić pod [phone], najlepiej rano."));
    }
    CHECK(masked("tel. 601 234 567 lub 602 345 678") == QStringLiteral("tel. [phone] lub [phone]"));
}

TEST_CASE("Dates, times, amounts, short numbers and references are never taken for personal data",
          "[redaction][negative]")
{
    checkUntouched({
        "2026-11-23",
        "23.11.2026",
        "23.11.2026 12:00",
        "2026-11-23 12:00:05",
        "12:00",
        "12:00-13:30",
        "w godz. 9:00–17:00",
        "60 zł",
        "kwota 1 234,50 zł",
        "100 000 000 zł",
        "123 456 789 PLN",
        "123 456 789,00",
        "2 500 Kč",
        "15 000 руб.",
        "zamówienie 12345678",
        "zamówienie nr 1234-5678",
        "ZG-2026/0042",
        "sprawa 2026/11/23/001",
        "faktura FV/2026/11/123456789",
        "1 500 000 000 zł",
        "kwota 1 234 567,89 zł",
        "v1.2.3",
        "3,14159",
        "pokój 101, piętro 3",
    });
}

TEST_CASE("Several kinds in one text get their own labels, and plain text with diacritics is kept", "[redaction]")
{
    RedactionCounts counts;
    const QString text = masked("Jan Kowalski (PESEL 44051401359), tel. +48 601 234 567, jan@example.pl, karta "
                                "4111 1111 1111 1111, konto PL61 1090 1014 0000 0712 1981 2874 — zażółć gęślą jaźń",
                                &counts);
    CHECK(text == QStringLiteral("Jan Kowalski (PESEL [PESEL]), tel. [phone], [e-mail], karta [card], konto [IBAN] — "
                                 "zażółć gęślą jaźń"));
    CHECK(counts.pesels == 1);
    CHECK(counts.phones == 1);
    CHECK(counts.emails == 1);
    CHECK(counts.cards == 1);
    CHECK(counts.ibans == 1);
    CHECK(counts.total() == 5);
    CHECK(redact(QString()).isEmpty());
    CHECK(masked("Žluťoučký kůň, Съешь же ещё этих мягких французских булок") ==
          QString::fromUtf8("Žluťoučký kůň, Съешь же ещё этих мягких французских булок"));
}

TEST_CASE("Long and hostile texts are masked in linear time", "[redaction][performance]")
{
    const auto repeated = [](const char *unit, int n) {
        QString text;
        for (int i = 0; i < n; ++i)
            text += QString::fromUtf8(unit);
        return text;
    };
    // Each would take minutes with a pattern that backtracks exponentially, or quadratically
    // with a match that checks the whole text from each offset.
    const QStringList texts{
        QStringLiteral("al. ") + repeated("I ", 5000) + QStringLiteral("x"),
        repeated("Pan Pani Pana ", 5000),
        repeated("Pan Aa Bb Cc Dd ", 5000),
        repeated("1 ", 5000),
        QStringLiteral("a [at] ") + repeated("b [dot] ", 5000) + QStringLiteral("1"),
        repeated("12-345 ", 5000),
        repeated("Иван Иванович ", 3000),
        repeated("tel. zamówienie kwota 601 234 567 ", 2000),
        repeated("Pan Jan Kowalski, ul. Długa 5, 00-950 Warszawa, PESEL 44051401359; ", 500),
    };
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : texts)
        CHECK_FALSE(redact(text).isEmpty());
    CHECK(timer.elapsed() < 5000); // about 0.2 s on a laptop
}
