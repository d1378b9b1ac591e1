#include "redaction.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace steadyline::journal {

namespace {

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last character
    RedactedKind kind = RedactedKind::Phone;
};

// Replaces each span with its label; spans may come in any order, and one that overlaps a span
// before it is dropped.
QString replaceSpans(const QString &text, std::vector<Span> spans, RedactionCounts *counts)
{
    if (spans.empty())
        return text;
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    for (const Span &span : spans) {
        if (span.begin < at || span.end <= span.begin)
            continue;
        result += QStringView(text).mid(at, span.begin - at);
        result += redactionLabel(span.kind);
        if (counts)
            ++counts->of(span.kind);
        at = span.end;
    }
    result += QStringView(text).mid(at);
    return result;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

bool allAsciiDigits(QStringView digits)
{
    return std::all_of(digits.begin(), digits.end(), isAsciiDigit);
}

bool hasAsciiDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), isAsciiDigit);
}

qsizetype countAsciiDigits(const QString &text)
{
    return std::count_if(text.begin(), text.end(), isAsciiDigit);
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}

QString digitsOnly(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text)
        if (isAsciiDigit(c))
            digits += c;
    return digits;
}

// The separators people put inside long numbers: spaces (also the no-break ones Steadyline
// itself writes into numbers) and dashes.
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u2007' || c == u'\u2009' || c == u'\u202F' || c == u'-';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u2007' || c == u'\u2009' || c == u'\u202F';
}

// Punctuation that joins a number to another (a date, a time, a decimal, a range, a reference).
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'/' || c == u'.' || c == u',' || c == u':';
}

QChar charAt(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text.at(i) : QChar();
}

// A pattern with the placeholders below filled in, compiled once by the caller (a static).
// {START}: a number begins here, not glued to a word ("ZG-2026"), to another number by a joiner
// ("2026/0042", "12.05") or by a space ("8 912 …"), nor after a '+'.
// {END}: the number ends here, not followed by a word, a joined number or a spaced number.
// {S}: a separator inside a number (a space or a dash); {SP}: a space. \d is an ASCII digit.
QRegularExpression compile(QString pattern, bool caseInsensitive = false)
{
    pattern.replace(QStringLiteral("{START}"),
                    QStringLiteral(R"((?<![\p{L}\p{N}_+])(?<![\p{N}+][\-/.,:])(?<!\p{L}[\-/])(?<!\p{N}[ \x{00A0}]))"));
    pattern.replace(QStringLiteral("{END}"),
                    QStringLiteral(R"((?![\p{L}\p{N}_])(?![\-/.,:]\p{N})(?![ \x{00A0}]\p{N}))"));
    pattern.replace(QStringLiteral("{SP}"), QStringLiteral(R"([ \x{00A0}\x{2007}\x{2009}\x{202F}])"));
    pattern.replace(QStringLiteral("{S}"), QStringLiteral(R"([ \x{00A0}\x{2007}\x{2009}\x{202F}\-])"));
    // Only ASCII digits are numbers here (as in the checks), and [0-9] is faster than the Unicode \d.
    pattern.replace(QStringLiteral(R"(\d)"), QStringLiteral("[0-9]"));
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    if (!re.isValid())
        qFatal("redaction: %s at %lld in %s", qPrintable(re.errorString()),
               static_cast<long long>(re.patternErrorOffset()), qPrintable(pattern));
    re.optimize();
    return re;
}

// --- what a number is labelled as -------------------------------------------------------------

// The word written before a number says what it is: "tel." a phone number, "zamówienie" an
// order number, "kwota" an amount, "przesyłka" a parcel, "NIP" a NIP, …
enum class Context {
    None,
    Phone,
    Order,
    Amount,
    Parcel,
    Pesel,
    Nip,
    Regon,
    Inn,
    Snils,
    BirthNumber,
    Passport,
    IdCard,
    Account
};

// The label that applies to a number starting at pos: the last of the words above within the
// 40 characters before it, in the same clause (not across ';', a line break, '!', '?' or a
// sentence end), and with no other number between it and pos ("tel. 601 234 567 i 602 345 678":
// "tel." labels only the first).
Context contextBefore(const QString &text, qsizetype pos)
{
    static const QRegularExpression keyword = compile(
        QStringLiteral(
            R"((?<![\p{L}\p{N}_])(?:)"
            // Phone numbers.
            R"((?<phone>numer\s+telefonu|nr\s+tel\.?|tel\.?\s*kom\.?|tel\.?|telefon\p{L}*|kom\.|komórk\p{L}*|mobil\p{L}*|)"
            R"(mob\.|gsm|sms|dzwoni\p{L}*|zadzwo\p{L}*|oddzwo\p{L}*|volat|volej\p{L}*|zavolej\p{L}*|zavolá\p{L}*|)"
            R"(zavolat|číslo\s+telefonu|тел\.?|телефон\p{L}*|моб\.?|мобильн\p{L}*|сотов\p{L}*|звони\p{L}*|)"
            R"(позвони\p{L}*|перезвони\p{L}*|phone|mobile|call|whatsapp|viber|telegram)|)"
            // Orders, invoices, contracts, cases, company and bank codes: reference numbers.
            R"((?<order>krs|ičo?|dič|кпп|бик|огрн\p{L}*|окпо|октмо|окато|zamówieni\p{L}*|zam\.|faktur\p{L}*|fv|paragon\p{L}*|umow\p{L}*|reklamacj\p{L}*|)"
            R"(zgłoszeni\p{L}*|spraw(?:a|y|ie|ę|ą|ach|ami|om)|objednávk\p{L}*|obj\.|smlouv\p{L}*|reklamac\p{L}*|)"
            R"(заказ\p{L}*|договор\p{L}*|накладн\p{L}*|дел[оау]|заявк\p{L}*|order|invoice|contract|ref\.?|ticket)|)"
            // Amounts.
            R"((?<amount>kwot\p{L}*|sum[aąęy]|cen[aąęy]|rat[aąęy]|wpłat\p{L}*|zapłat\p{L}*|splátk\p{L}*|platb\p{L}*|)"
            R"(плат[её]ж\p{L}*|оплат\p{L}*|wartoś\p{L}*|zadłużeni\p{L}*|dług(?:u|iem|ów)?|saldo|należnoś\p{L}*|)"
            R"(opłat\p{L}*|částk\p{L}*|dluh\p{L}*|сумм\p{L}*|цен[аыеу]|стоимост\p{L}*|долг\p{L}*|задолженност\p{L}*|)"
            R"(amount|total|balance)|)"
            // Parcels and tracking numbers.
            R"((?<parcel>przesył\p{L}*|paczk\p{L}*|list\s+przewozowy|zásilk\p{L}*|balík\p{L}*|посылк\p{L}*|)"
            R"(трек\p{L}*(?:-номер\p{L}*)?|отправлени\p{L}*|отслежива\p{L}*|nadani\p{L}*|śledz\p{L}*|sledování|)"
            R"(parcel|tracking|shipment|awb)|)"
            // Identifiers.
            R"((?<pesel>pesel\p{L}*)|(?<nip>nip(?:u|em)?)|(?<regon>regon\p{L}*)|(?<inn>инн)|(?<snils>снилс)|)"
            R"((?<birth>rodné\s+číslo|rodného\s+čísla|r\.\s?č\.|rč)|)"
            R"((?<passport>загранпаспорт\p{L}*|паспорт\p{L}*|сери[яи]|paszport\p{L}*|passport|pas\s+č\.|cestovní\s+pas\p{L}*)|)"
            R"((?<idcard>dow[oó]d\p{L}*|občansk\p{L}*\s+průkaz\p{L}*|(?-i:OP))|)"
            R"((?<account>р/с|л/с|р\.\s?с\.|сч[её]т\p{L}*|сч\.|účet|účtu|č\.\s?ú\.|konto|konta|rachun\p{L}*|account))"
            R"()(?![\p{L}\p{N}_]))"),
        true);
    static const std::pair<const char16_t *, Context> groups[] = {
        {u"phone", Context::Phone},       {u"order", Context::Order},       {u"amount", Context::Amount},
        {u"parcel", Context::Parcel},     {u"pesel", Context::Pesel},       {u"nip", Context::Nip},
        {u"regon", Context::Regon},       {u"inn", Context::Inn},           {u"snils", Context::Snils},
        {u"birth", Context::BirthNumber}, {u"passport", Context::Passport}, {u"idcard", Context::IdCard},
        {u"account", Context::Account}};

    const qsizetype limit = std::max<qsizetype>(0, pos - 40);
    qsizetype from = pos;
    while (from > limit) {
        const QChar c = text.at(from - 1);
        if (isAsciiDigit(c) || c == u';' || c == u'\n' || c == u'!' || c == u'?' || c == u'|' || c == u'[')
            break;
        if (c == u'.' && isSpace(charAt(text, from)) && charAt(text, from + 1).isUpper())
            break; // the end of a sentence
        --from;
    }
    if (from == pos)
        return Context::None;
    const QString window = text.mid(from, pos - from);
    QRegularExpressionMatch last;
    for (auto it = keyword.globalMatch(window); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return Context::None;
    for (const auto &[name, context] : groups)
        if (last.capturedStart(QStringView(name)) >= 0)
            return context;
    return Context::None;
}

// --- e-mail addresses ------------------------------------------------------------------------

QString redactEmails(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression email =
        compile(QStringLiteral(R"([\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})"));
    // Written so that robots do not find them: "jan(at)wp.pl", "jan [at] wp [dot] pl",
    // "jan.kowalski @ wp.pl", "petr(zavináč)seznam.cz", "ivan(собака)mail.ru".
    static const QString at = QStringLiteral(
        R"((?:\s*[(\[{<]\s*(?:at|@|małpa|malpa|zavináč|zavinac|собака|sobaka)\s*[)\]}>]\s*|\s+@\s*|\s*@\s+))");
    static const QRegularExpression hint = compile(at, true); // only where this is, is the whole pattern tried
    static const QRegularExpression obfuscated =
        compile(QStringLiteral(R"((?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+{AT})"
                               R"([\p{L}\p{N}\-]+(?:{DOT}[\p{L}\p{N}\-]+)*{DOT}\p{L}{2,}(?![\p{L}\p{N}\-]))")
                    .replace(QStringLiteral("{AT}"), at)
                    .replace(QStringLiteral("{DOT}"),
                             QStringLiteral(R"((?:\.|\s*[(\[{<]\s*(?:dot|kropka|tečka|tecka|точка)\s*[)\]}>]\s*))")),
                true);
    std::vector<Span> spans;
    if (text.contains(QLatin1Char('@'))) {
        for (auto it = email.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            spans.push_back({m.capturedStart(), m.capturedEnd(), RedactedKind::Email});
        }
    }
    const QString result = replaceSpans(text, spans, counts);
    if (!hint.match(result).hasMatch())
        return result;
    spans.clear();
    for (auto it = obfuscated.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.push_back({m.capturedStart(), m.capturedEnd(), RedactedKind::Email});
    }
    return replaceSpans(result, spans, counts);
}

// --- IBANs with a country code -------------------------------------------------------------

int ibanLength(QStringView country)
{
    // ISO 13616 registry: each country's IBAN length.
    static const QHash<QString, int> lengths = [] {
        const QString table = QStringLiteral(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 "
            "EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 "
            "JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 "
            "NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 "
            "TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");
        QHash<QString, int> map;
        for (const QString &entry : table.split(QLatin1Char(' ')))
            map.insert(entry.left(2), entry.mid(2).toInt());
        return map;
    }();
    return lengths.value(country.toString().toUpper(), 0);
}

bool isIbanChar(QChar c, bool allowLowercase)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (allowLowercase && c >= u'a' && c <= u'z');
}

QString redactIbans(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression start =
        compile(QStringLiteral(R"((?<![\p{L}\p{N}_])[A-Za-z]{2}[ \x{00A0}]?[0-9]{2})"));
    std::vector<Span> spans;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = start.match(text, from);
        if (!m.hasMatch())
            break;
        const qsizetype begin = m.capturedStart();
        from = begin + 1;
        const int expected = ibanLength(QStringView(text).mid(begin, 2));
        if (expected == 0)
            continue;
        // Groups of letters and digits, one separator between them ("PL 61 1090…" too); after the
        // first group only capitals and digits, so that ordinary words are never taken for part
        // of an IBAN.
        QString compact;
        qsizetype i = begin;
        bool first = true;
        while (true) {
            const qsizetype groupStart = i;
            while (i < text.size() && isIbanChar(text.at(i), first))
                ++i;
            if (i == groupStart || isWordChar(charAt(text, i)))
                break;
            compact += QStringView(text).mid(groupStart, i - groupStart);
            first = false;
            if (compact.size() >= expected) {
                if (compact.size() == expected && ibanValid(compact)) {
                    spans.push_back({begin, i, RedactedKind::Iban});
                    from = i;
                }
                break;
            }
            if (!(isGroupSeparator(charAt(text, i)) && isIbanChar(charAt(text, i + 1), false)))
                break;
            ++i;
        }
    }
    return replaceSpans(text, spans, counts);
}

// --- identifiers with a check, and documents ------------------------------------------------

// Runs one pattern over the text; `decide` looks at each match and says what it is, if anything,
// and may narrow the span to a capture (the number after "серия", not the word).
template<typename Decide>
QString redactMatches(const QString &text, const QRegularExpression &pattern, RedactionCounts *counts, Decide decide)
{
    std::vector<Span> spans;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (std::optional<Span> span = decide(m))
            spans.push_back(*span);
    }
    return replaceSpans(text, spans, counts);
}

Span wholeMatch(const QRegularExpressionMatch &m, RedactedKind kind)
{
    return {m.capturedStart(), m.capturedEnd(), kind};
}

// A label that says the number is something else than `own`.
bool labelledOtherwise(Context context, Context own)
{
    return context != Context::None && context != own;
}

// Russian accounts of 20 digits: after "р/с", "счёт", …, or with the balance account of a private
// person (40817, 40820 current accounts, 423 deposits, 426 deposits of non-residents).
QString redactRussianAccounts(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression account = compile(
        QStringLiteral(R"({START}(?:\d{20}|\d{5}{SP}\d{3}{SP}\d{SP}\d{4}{SP}\d{7}|\d{4}(?:{SP}\d{4}){4}){END})"));
    return redactMatches(text, account, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const QString digits = digitsOnly(m.capturedView());
        const Context context = contextBefore(text, m.capturedStart());
        const bool personal = digits.startsWith(QLatin1String("40817")) || digits.startsWith(QLatin1String("40820")) ||
                              digits.startsWith(QLatin1String("423")) || digits.startsWith(QLatin1String("426"));
        if (context == Context::Account || (personal && context == Context::None))
            return wholeMatch(m, RedactedKind::Account);
        return std::nullopt;
    });
}

// Czech bank codes (ČNB's list of payment system codes).
bool knownCzechBankCode(QStringView code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "0100 0300 0600 0710 0800 2010 2020 2060 2070 2100 2200 2220 2250 2260 2275 2600 2700 3030 3050 3060 "
            "3500 4000 4300 5500 5800 6000 6100 6200 6210 6300 6363 6700 6800 7910 7950 7960 7970 7990 8030 8040 "
            "8060 8090 8150 8190 8198 8199 8200 8220 8230 8240 8250 8255 8265 8270 8280 8291 8292 8293 8294 8296");
        for (const QString &entry : list.split(QLatin1Char(' ')))
            set.insert(entry);
        return set;
    }();
    return codes.contains(code.toString());
}

// Czech domestic accounts "19-2000145399/0800", "2000145399/0800".
QString redactCzechAccounts(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression account =
        compile(QStringLiteral(R"({START}(?:(?<prefix>\d{1,6})-)?(?<number>\d{2,10})[ ]?/[ ]?(?<bank>\d{4}){END})"));
    return redactMatches(text, account, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        if (labelledOtherwise(context, Context::Account))
            return std::nullopt;
        if (!czechAccountValid(m.capturedView(u"prefix"), m.capturedView(u"number")))
            return std::nullopt;
        // Without a word such as "účet" the number must look like a real one: a known bank code
        // and a number of at least 6 digits (or a prefix), not "faktura 1234/2020".
        const bool shaped = knownCzechBankCode(m.capturedView(u"bank")) &&
                            (m.capturedLength(u"number") >= 6 || m.capturedLength(u"prefix") > 0);
        if (context == Context::Account || shaped)
            return wholeMatch(m, RedactedKind::Account);
        return std::nullopt;
    });
}

// SNILS: "112-233-445 95" with its check number; 11 digits in a row only after "СНИЛС".
QString redactSnils(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression snils =
        compile(QStringLiteral(R"({START}(?:\d{3}{S}\d{3}{S}\d{3}{S}\d{2}|(?<plain>\d{11})){END})"));
    return redactMatches(text, snils, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        if (labelledOtherwise(context, Context::Snils) || !snilsValid(digitsOnly(m.capturedView())))
            return std::nullopt;
        if (m.capturedLength(u"plain") > 0 && context != Context::Snils)
            return std::nullopt;
        return wholeMatch(m, RedactedKind::Snils);
    });
}

// INN after "ИНН"; 12 digits (a private person's INN, two check digits) also without.
QString redactInns(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression inn = compile(QStringLiteral(R"({START}(?:\d{10}|\d{12}){END})"));
    return redactMatches(text, inn, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        if (!innValid(m.capturedView()))
            return std::nullopt;
        if (context == Context::Inn || (context == Context::None && m.capturedLength() == 12))
            return wholeMatch(m, RedactedKind::Inn);
        return std::nullopt;
    });
}

// REGON after "REGON"; 14 digits (both checks) also without.
QString redactRegons(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression regon = compile(QStringLiteral(R"({START}(?:\d{9}|\d{14}){END})"));
    return redactMatches(text, regon, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        if (!regonValid(m.capturedView()))
            return std::nullopt;
        if (context == Context::Regon ||
            (context == Context::None && m.capturedLength() == 14 && regonValid(m.capturedView().left(9))))
            return wholeMatch(m, RedactedKind::Regon);
        return std::nullopt;
    });
}

// Rodné číslo: "736028/5163" and "736028 / 5163" unless labelled as something else; 10 digits in a
// row unless labelled; 9 digits in a row (before 1954, no check digit) only after "RČ".
QString redactBirthNumbers(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression birthNumber =
        compile(QStringLiteral(R"({START}\d{6}(?:(?<slash>[ ]?/[ ]?)\d{3,4}|\d{3,4}){END})"));
    return redactMatches(text, birthNumber, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        const QString digits = digitsOnly(m.capturedView());
        if (labelledOtherwise(context, Context::BirthNumber) || !birthNumberValid(digits))
            return std::nullopt;
        if (m.capturedLength(u"slash") <= 0 && digits.size() == 9 && context != Context::BirthNumber)
            return std::nullopt;
        return wholeMatch(m, RedactedKind::BirthNumber);
    });
}

// NIP: "1234563218", "PL1234563218", "123-456-32-18", "123-45-63-218" (also with spaces).
QString redactNips(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression nip =
        compile(QStringLiteral(R"({START}(?<pl>PL ?)?(?:\d{10}|\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|)"
                               R"(\d{3} \d{3} \d{2} \d{2}|\d{3} \d{2} \d{2} \d{3}){END})"));
    return redactMatches(text, nip, counts, [&text](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(text, m.capturedStart());
        if (!nipValid(digitsOnly(m.capturedView())))
            return std::nullopt;
        if (context == Context::Nip || m.capturedLength(u"pl") > 0 || context == Context::None)
            return wholeMatch(m, RedactedKind::Nip);
        return std::nullopt;
    });
}

// The series of a Russian passport: the region (01–99) and the last two digits of the year of
// issue (1997 to this year).
bool plausibleRussianSeries(QStringView digits)
{
    if (digits.size() != 4 || !allAsciiDigits(digits))
        return false;
    const int region = digits.left(2).toInt();
    const int year = digits.mid(2).toInt();
    return region >= 1 && (year >= 97 || year <= QDate::currentDate().year() % 100);
}

// Russian passports: after "паспорт" or "серия" ("паспорт 4510123456", "серия 45 10 № 123456",
// "паспорт серии 4509 номер 654321"), foreign ones after "загранпаспорт" ("75 1234567"), and
// "4510 123456" / "45 10 123456" without a word when the series is plausible.
QString redactRussianPassports(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression foreign =
        compile(QStringLiteral(R"((?<![\p{L}])(?:загранпаспорт\p{L}*|заграничн\p{L}*\s+паспорт\p{L}*)[\s:,]*)"
                               R"((?:(?:№|N|номер)[\s:]*)?(?<number>\d{2} ?\d{7}){END})"),
                true);
    static const QRegularExpression internal = compile(
        QStringLiteral(
            R"((?<![\p{L}])(?:сери[яи]|сер\.|паспорт\p{L}*(?:\s+(?:рф|гражданина\s+рф))?)[\s:,]*)"
            R"((?:(?:сери[яи]|сер\.)[\s:]*)?(?<number>\d{2} ?\d{2}[\s,]*(?:(?:№|N|No\.?|номер|ном\.)[\s:]*)?\d{6}){END})"),
        true);
    static const QRegularExpression bare = compile(QStringLiteral(R"({START}(?<series>\d{4}|\d{2} \d{2}) \d{6}{END})"));
    const auto narrowed = [](const QRegularExpressionMatch &m) -> std::optional<Span> {
        return Span{m.capturedStart(u"number"), m.capturedEnd(u"number"), RedactedKind::Passport};
    };
    QString result = redactMatches(text, foreign, counts, narrowed);
    result = redactMatches(result, internal, counts, narrowed);
    return redactMatches(result, bare, counts, [&result](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(result, m.capturedStart());
        if (labelledOtherwise(context, Context::Passport) ||
            !plausibleRussianSeries(digitsOnly(m.capturedView(u"series"))))
            return std::nullopt;
        return wholeMatch(m, RedactedKind::Passport);
    });
}

// Documents after their word: Polish passports "paszport EA1234567", Czech passports
// "pas č. 40123456", Czech ID cards "OP č. 123456789", "občanský průkaz 205123456", Polish ID cards
// "dowód osobisty ABA300000"; and Polish ID cards without a word only when the check digit is right
// (not "kod rabatowy ABC123456").
QString redactDocuments(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression marked = compile(QStringLiteral(
        R"((?<![\p{L}])(?:(?<passport>(?i:paszport\p{L}*|passport|cestovní\s+pas\p{L}*|cestovního\s+pasu|pas\s+č\.|pasu\s+č\.))|)"
        R"((?<idcard>(?i:dow[oó]d\p{L}*(?:\s+osobist\p{L}*)?|občansk\p{L}*\s+průkaz\p{L}*|číslo\s+OP)|OP)))"
        R"((?:\s+(?i:nr\.?|numer|č\.|číslo|no\.?))?[\s:.]*)"
        R"((?<token>[A-Z]{2,3} ?\d{6,7}|\d{6} ?[A-Z]{2}|\d{8,9}){END})"));
    static const QRegularExpression idCard = compile(QStringLiteral(R"((?<![\p{L}\p{N}_\-/])[A-Z]{3} ?\d{6}{END})"));
    QString result = redactMatches(text, marked, counts, [](const QRegularExpressionMatch &m) -> std::optional<Span> {
        // After the document's word the shape is enough: a mistyped number is still someone's.
        const bool passport = m.capturedLength(u"passport") > 0;
        return Span{m.capturedStart(u"token"), m.capturedEnd(u"token"),
                    passport ? RedactedKind::Passport : RedactedKind::IdCard};
    });
    return redactMatches(result, idCard, counts, [&result](const QRegularExpressionMatch &m) -> std::optional<Span> {
        const Context context = contextBefore(result, m.capturedStart());
        if (labelledOtherwise(context, Context::IdCard) || !polishIdCardValid(m.captured().remove(QLatin1Char(' '))))
            return std::nullopt;
        return wholeMatch(m, RedactedKind::IdCard);
    });
}

// --- long digit runs: account numbers, cards, PESEL -----------------------------------------

struct Group
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

QString digitsOf(const QString &text, const std::vector<Group> &groups, std::size_t from, std::size_t to)
{
    QString digits;
    for (std::size_t g = from; g <= to; ++g)
        digits += QStringView(text).mid(groups[g].begin, groups[g].end - groups[g].begin);
    return digits;
}

// Within one run of digit groups, finds account numbers without "PL" (26 digits), card numbers
// (13–19 digits, Luhn; not when labelled as a parcel) and PESEL numbers (one group of 11, 6 + 5 as
// in "440514 01359", or any grouping after "PESEL"), leftmost first. A card number fills the run or
// starts or ends it ("4111 1111 1111 1111 2026-11-23"): a window in the middle of a long run of
// digits passes Luhn one time in ten by chance.
void findInRun(const QString &text, const std::vector<Group> &groups, std::size_t first, std::size_t last,
               Context context, std::vector<Span> &spans)
{
    auto digitCount = [&](std::size_t from, std::size_t to) {
        qsizetype n = 0;
        for (std::size_t g = from; g <= to; ++g)
            n += groups[g].end - groups[g].begin;
        return n;
    };
    auto length = [&](std::size_t g) { return groups[g].end - groups[g].begin; };
    const bool cardsAllowed = context != Context::Parcel;
    std::size_t i = first;
    while (i <= last) {
        std::optional<Span> found;
        for (std::size_t j = i; j <= last && !found; ++j) {
            const qsizetype total = digitCount(i, j);
            if (total > 26)
                break;
            if (total == 26 && ibanValid(QStringLiteral("PL") + digitsOf(text, groups, i, j)))
                found = Span{groups[i].begin, groups[j].end, RedactedKind::Iban};
        }
        if (!found && i == first && cardsAllowed) {
            for (std::size_t j = i; j <= last; ++j) {
                const qsizetype total = digitCount(i, j);
                if (total > 19)
                    break;
                if (total >= 13 && luhnValid(digitsOf(text, groups, i, j)))
                    found = Span{groups[i].begin, groups[j].end, RedactedKind::Card}; // the longest wins
            }
        }
        if (!found && cardsAllowed) {
            const qsizetype total = digitCount(i, last);
            if (total >= 13 && total <= 19 && luhnValid(digitsOf(text, groups, i, last)))
                found = Span{groups[i].begin, groups[last].end, RedactedKind::Card};
        }
        if (!found && length(i) == 11 && peselValid(digitsOf(text, groups, i, i)))
            found = Span{groups[i].begin, groups[i].end, RedactedKind::Pesel};
        if (!found && i < last && length(i) == 6 && length(i + 1) == 5 && peselValid(digitsOf(text, groups, i, i + 1)))
            found = Span{groups[i].begin, groups[i + 1].end, RedactedKind::Pesel};
        // After "PESEL" any grouping: "44 05 14 01359".
        for (std::size_t j = i; j <= last && !found && context == Context::Pesel && digitCount(i, j) <= 11; ++j)
            if (digitCount(i, j) == 11 && peselValid(digitsOf(text, groups, i, j)))
                found = Span{groups[i].begin, groups[j].end, RedactedKind::Pesel};
        if (!found) {
            ++i;
            continue;
        }
        spans.push_back(*found);
        while (i <= last && groups[i].begin < found->end)
            ++i;
    }
}

QString redactDigitRuns(const QString &text, RedactionCounts *counts)
{
    std::vector<Span> spans;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAsciiDigit(text.at(i))) {
            ++i;
            continue;
        }
        // A run: groups of digits with one separator between them.
        std::vector<Group> groups;
        while (true) {
            const qsizetype begin = i;
            while (i < text.size() && isAsciiDigit(text.at(i)))
                ++i;
            groups.push_back({begin, i});
            if (isGroupSeparator(charAt(text, i)) && isAsciiDigit(charAt(text, i + 1)))
                ++i;
            else
                break;
        }
        // A run glued to a word, a '+' (a phone number's country code) or another number is part
        // of something else ("ZG-2026/0042", an IBAN that failed its check): left alone. At its end
        // only the last group is left out ("4111 1111 1111 1111 12/27").
        const qsizetype runBegin = groups.front().begin;
        const QChar before = charAt(text, runBegin - 1);
        const QChar beforeThat = charAt(text, runBegin - 2);
        const bool joinedToNumber = isJoiner(before) && (beforeThat.isDigit() || beforeThat == u'+');
        const bool joinedToWord = (before == u'-' || before == u'/') && isWordChar(beforeThat); // "ZG-2026"
        if (isWordChar(before) || before == u'+' || joinedToNumber || joinedToWord)
            continue; // a label before is fine: "PESEL:44051401359", "nr.4111…"
        const QChar after = charAt(text, i);
        const QChar afterThat = charAt(text, i + 1);
        const bool decimalOrTime = (after == u'.' || after == u',' || after == u':') && afterThat.isDigit();
        const bool endOk = !(isWordChar(after) || decimalOrTime);
        if (!endOk && groups.size() < 2)
            continue;
        // The word before matters only to a run long enough for a card or a PESEL.
        const qsizetype runDigits = i - runBegin - static_cast<qsizetype>(groups.size() - 1);
        const Context context = runDigits >= 11 ? contextBefore(text, runBegin) : Context::None;
        findInRun(text, groups, 0, groups.size() - (endOk ? 1 : 2), context, spans);
    }
    QString result = replaceSpans(text, spans, counts);
    if (!result.contains(QLatin1Char('.')))
        return result;

    // Card numbers grouped by dots: "4111.1111.1111.1111".
    static const QRegularExpression dotted =
        compile(QStringLiteral(R"({START}\d{4}(?:\.\d{4}){3}(?:\.\d{1,3})?{END})"));
    return redactMatches(result, dotted, counts, [&result](const QRegularExpressionMatch &m) -> std::optional<Span> {
        if (!luhnValid(digitsOnly(m.capturedView())) || contextBefore(result, m.capturedStart()) == Context::Parcel)
            return std::nullopt;
        return wholeMatch(m, RedactedKind::Card);
    });
}

// --- dates of birth --------------------------------------------------------------------------

QString redactBirthDates(const QString &text, RedactionCounts *counts)
{
    static const QString date =
        QStringLiteral(R"((?:\d{1,2} ?[./\-] ?\d{1,2} ?[./\-] ?(?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|)"
                       R"(\d{1,2}\.? \p{L}{3,12}\.? (?:19|20)\d{2}|(?:19|20)\d{2})(?![\p{N}]))");
    // The year's word after the date ("r.", "roku", "г.", "года") belongs to it; "г.р." after a date
    // is a label of its own and stays.
    static const QString yearWord = QStringLiteral(R"((?: ?(?:r\.|roku|rok|г\.(?! ?р\.)|года|год)(?![\p{L}]))?)");
    static const QRegularExpression after = compile(
        QStringLiteral(
            R"((?<![\p{L}\p{N}_])(?:ur\.|urodz\.|urodzon\p{L}*|data\s+urodzenia|dat\.\s?ur\.|nar\.|narozen\p{L}*|)"
            R"(datum\s+narození|dat\.\s?nar\.|род\.|родил\p{L}*|дата\s+рождения|д\.\s?р\.|born|date\s+of\s+birth))"
            R"([\s:,]*(?:(?:dnia|dn\.|dne|w|we|v|ve|в|on|in)\s+)?(?<date>{DATE}{YEAR}))")
            .replace(QStringLiteral("{DATE}"), date)
            .replace(QStringLiteral("{YEAR}"), yearWord),
        true);
    static const QRegularExpression before = compile(
        QStringLiteral(R"((?<![\p{L}\p{N}_])(?<date>{DATE}) ?г\. ?р\.)").replace(QStringLiteral("{DATE}"), date), true);
    const auto narrowed = [](const QRegularExpressionMatch &m) -> std::optional<Span> {
        return Span{m.capturedStart(u"date"), m.capturedEnd(u"date"), RedactedKind::BirthDate};
    };
    return redactMatches(redactMatches(text, after, counts, narrowed), before, counts, narrowed);
}

// --- addresses -------------------------------------------------------------------------------

// An address is put together from parts found on their own: a street word with the street's name
// and number ("ul. Marszałkowska 12/4", "ул. Ленина, д. 5, кв. 12"), a Russian house or flat
// ("д. 5", "кв. 12"), a postal code with its town ("00-950 Warszawa", "120 00 Praha 2",
// "123456, г. Москва"). Parts next to each other (only spaces and commas between) are one address.
// A name and a number without a street word count after a word that announces an address
// ("adres: Długa 5", "bydlí v Brně, Husova 5", "проживает: Москва, Ленина 5"). Two weaker parts
// count only next to one of those: a name and a number without a street word ("Vinohradská
// 1234/56, 120 00 Praha") and a Russian town ("г. Москва, ул. …").
QString redactAddresses(const QString &text, RedactionCounts *counts)
{
    static const QString house =
        QStringLiteral(R"((?:,? (?:nr\.? |č\. ?|д\. ?|дом )?\d{1,4}\p{L}?(?: ?/ ?\d{1,4}\p{L}?){0,2}(?![\p{N}]))"
                       R"((?:,? (?:корп\.|к\.|стр\.|корпус|строение) ?\d{1,3})?)"
                       R"((?:,? (?:m\.|m|lok\.|mieszk\.|byt|kv\.|кв\.|квартира|оф\.) ?\d{1,4}(?![\p{N}]))?))");
    static const QString streetName =
        QStringLiteral(R"((?:\d{1,2}\.? )?\p{Lu}[\p{L}\-']*\.?(?: \p{Lu}[\p{L}\-']*\.?)*)");
    // Street words that are not ordinary words; abbreviations that are ("al.", "nám.", "пл.") need
    // a house number after the name.
    static const QString strongStreet = QStringLiteral(
        R"((?i:ul\.|ulic[aąeęyi]|ulicí|alej[aię]|alei|osiedl[eu]|plac|placu|náměstí|třída|třídě|nábřeží|)"
        R"(ул\.|улиц[аеыу]|проспект\p{L}*|пр-т|пр-кт|переул\p{L}*|бульвар\p{L}*|б-р|шоссе|набережн\p{L}*|)"
        R"(площад[ьи]|мкр\.?|микрорайон\p{L}*))");
    static const QString weakStreet =
        QStringLiteral(R"((?i:al\.|os\.|pl\.|nám\.|tř\.|nábř\.|пер\.|пр\.|просп\.|ш\.|пл\.|наб\.|бул\.))");
    static const QString city =
        QStringLiteral(R"((?!(?:Kč|Zł|Eur|Euro|Czk|Pln|Usd)(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}\-]*)"
                       R"((?: (?:nad|pod|na|n\.|p\.) \p{Lu}\p{L}+| \p{Lu}\p{Ll}[\p{L}\-]*)?(?: \d{1,2}(?![\p{N}]))?)");
    static const QString russianCity = QStringLiteral(R"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*)");

    struct Part
    {
        const QRegularExpression *pattern;
        bool strong;
        bool digits; // only matches text with a digit
    };
    // A street word with the name; after an abbreviation that is also a word ("al.", "nám.") the
    // house number is needed.
    static const QRegularExpression street =
        compile(QStringLiteral(R"((?<![\p{L}\p{N}_.])(?:{STRONG}\s*{NAME}{HOUSE}?|{WEAK}\s*{NAME}{HOUSE}))")
                    .replace(QStringLiteral("{STRONG}"), strongStreet)
                    .replace(QStringLiteral("{WEAK}"), weakStreet)
                    .replace(QStringLiteral("{NAME}"), streetName)
                    .replace(QStringLiteral("{HOUSE}"), house));
    // Russian streets are also named before their word: "Невский проспект, 28", "Тверская ул., д. 1".
    static const QRegularExpression russianStreetAfter = compile(
        QStringLiteral(R"((?<![\p{L}])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)? (?:ул\.|улица|пр\.|пр-т|проспект|пер\.|)"
                       R"(переулок|ш\.|шоссе|б-р|бульвар|наб\.|набережная|пл\.|площадь){HOUSE})")
            .replace(QStringLiteral("{HOUSE}"), house));
    // After a word that announces an address, a street name and number without a street word
    // ("adres: Długa 5", "bydlí v Brně, Husova 5", "проживает: Москва, Ленина 5"); the word stays.
    static const QRegularExpression labelled = compile(
        QStringLiteral(
            R"((?<![\p{L}])(?i:adres\p{L}*|zamieszkał\p{L}*|zameldowan\p{L}*|mieszka|bytem|bydliště|bydlí|adresa|)"
            R"(adrese|адрес\p{L}*|прожива\p{L}*|зарегистрирован\p{L}*)(?i:\s+(?:zamieszkania|zameldowania|do\s+)"
            R"(korespondencji|trvalého\s+bydliště|bydliště|проживания|регистрации|по\s+адресу))?[\s:]*)"
            R"((?:(?i:w|we|v|ve|в|na|przy|при)\s+)?\K(?:\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?, ?)?{NAME}{HOUSE})")
            .replace(QStringLiteral("{NAME}"), streetName)
            .replace(QStringLiteral("{HOUSE}"), house));
    static const QRegularExpression russianHouse = compile(
        QStringLiteral(R"((?<![\p{L}\p{N}_])(?:(?:д\.|дом) ?\d{1,4}[а-я]?(?:/\d{1,4})?(?![\p{N}]))"
                       R"((?:,? (?:корп\.|к\.|стр\.|корпус|строение) ?\d{1,3})?(?:,? (?:кв\.|квартира) ?\d{1,4})?|)"
                       R"((?:кв\.|квартира) ?\d{1,4})(?![\p{N}]))"));
    // Postal codes with the town: Polish, Czech, Russian.
    static const QRegularExpression postal =
        compile(QStringLiteral(R"((?<![\p{L}\p{N}_\-/.,])(?<!\p{N} ))"
                               R"((?:\d{2}-\d{3}\s+{CITY}|\d{3} \d{2}\s+{CITY}|\d{6},? (?:г\. ?|город )?{RUCITY}))")
                    .replace(QStringLiteral("{CITY}"), city)
                    .replace(QStringLiteral("{RUCITY}"), russianCity));
    static const QRegularExpression russianTown =
        compile(QStringLiteral(R"((?<![\p{L}])(?:г\. ?|город )%1)").arg(russianCity));
    static const QRegularExpression nameAndNumber = compile(QStringLiteral(
        R"((?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \d{1,4}\p{L}?(?:/\d{1,4}\p{L}?)?(?![\p{N}]))"));
    static const Part parts[] = {{&street, true, false},       {&russianStreetAfter, true, true},
                                 {&labelled, true, true},      {&russianHouse, true, true},
                                 {&postal, true, true},        {&russianTown, false, false},
                                 {&nameAndNumber, false, true}};
    const bool digits = hasAsciiDigit(text);

    struct Found
    {
        qsizetype begin;
        qsizetype end;
        bool strong;
    };
    std::vector<Found> found;
    // Strong parts first; a weak part that overlaps one is dropped, and weak parts are not looked
    // for when there is no strong one.
    for (bool strong : {true, false}) {
        if (!strong && found.empty())
            break;
        for (const Part &part : parts) {
            if (part.strong != strong || (part.digits && !digits))
                continue;
            for (auto it = part.pattern->globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const Found f{m.capturedStart(), m.capturedEnd(), strong};
                const bool overlaps = std::any_of(found.begin(), found.end(), [&f](const Found &other) {
                    return f.begin < other.end && other.begin < f.end;
                });
                if (!overlaps)
                    found.push_back(f);
            }
        }
    }
    if (found.empty())
        return text;
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.begin < b.begin; });
    std::vector<Span> spans;
    std::optional<Found> current;
    const auto flush = [&] {
        if (current && current->strong)
            spans.push_back({current->begin, current->end, RedactedKind::Address});
    };
    for (const Found &f : found) {
        if (current) {
            const QStringView gap = QStringView(text).mid(current->end, f.begin - current->end);
            const bool adjacent = gap.size() <= 3 &&
                                  std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u',' || c.isSpace(); });
            if (adjacent) {
                current->end = f.end;
                current->strong = current->strong || f.strong;
                continue;
            }
        }
        flush();
        current = f;
    }
    flush();
    return replaceSpans(text, spans, counts);
}

// --- names -----------------------------------------------------------------------------------

// Capitalised words that follow a title but are not a name: Polish "Pan/Pani" is also the formal
// "you" ("Pani nie rozumie", "Czy Pani Wie…" when written with a capital), Czech writes "Vy/Vám"
// with a capital, and a function ("Pan Dyrektor") may stand before the name.
bool notAName(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            // Polish pronouns, particles, verbs that follow the formal "Pan/Pani".
            "Nie Tak Jest Był Była Było Będzie Ma Może Mogę Chce Chciał Chciała Wie Rozumie Musi Powinien Powinna "
            "Się Sobie Mnie Mi Ja Ty On Ona Ono My Wy Oni One Go Jej Jego Ich Też Także Jeszcze Już Czy Co Kto "
            "Gdzie Kiedy Dlaczego Jak Proszę Dziękuję Bardzo Przepraszam Dzień Dobry Dobrze Mówi Powiedział "
            "Powiedziała Dzwoni Dzwonił Dzwoniła Zgłasza Prosi Twierdzi Uważa Sam Sama Pan Pani Panie Państwo "
            "Bóg Boże Jezus Chrystus "
            // Czech.
            "Vy Vám Vás Váš Vaše Vaši Je Není Má Může Chce Ví Rozumí Prosím Děkuji Ano Ne Už Ještě Také Bůh Bože "
            // Russian.
            "Вы Вам Вас Ваш Ваша Ваше Не Да Нет Бог Господи Спасибо Пожалуйста");
        for (const QString &w : list.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words.contains(word);
}

// Functions that may come between a title and the name, in any case: "Pan Dyrektor Wiśniewski",
// "z Panem Prezesem", "paní Učitelka".
bool isFunction(const QString &word)
{
    static const QRegularExpression function = compile(QStringLiteral(
        R"(^(?:Prezes|Dyrektor|Kierowni|Doktor|Mecenas|Minist|Premier|Prezydent|Profesor|Inżynier|Sędzi|Poseł|Posł|)"
        R"(Senator|Redaktor|Komisarz|Kapitan|Koleg|Koleżank|Konsultant|Klient|Kasjer|Menedżer|Manager|Ředitel|)"
        R"(Vedoucí|Premiér|Inženýr|Soudc|Advokát|Zákazní|Učitel|Pokladní|Директор|Президент|Министр|Судь|)"
        R"(Начальник|Клиент|Генерал|Полковник|Майор|Капитан|Лейтенант|Доктор|Профессор|Кассир|Менеджер|)"
        R"(Оператор|Консультант)\p{L}*$)"));
    return function.match(word).hasMatch();
}

// Surnames before a first name and patronymic ("Иванов Иван Иванович"): a capitalised word there
// may also start the sentence ("Звонил Иван Иванович"), so only typical surname endings count.
bool looksLikeRussianSurname(const QString &word)
{
    static const QRegularExpression surname = compile(
        QStringLiteral(R"((?:ов|ев|ёв|ин|ын|ск|цк|ко|ук|юк|ян|дзе|швили|их|ых)(?:а|у|ым|ой|ом|е|ий|ая|ого|ому|им)?$)"));
    return surname.match(word).hasMatch();
}

// Names are masked only where something marks them (a name alone cannot be told from a word):
// - after a courtesy or academic title or a label: Polish Pan, Pani, Pana, Panu, Panem, Panią,
//   Panie, Państwo, p.…; Czech pan, paní, pane, slečna…; Russian господин, госпожа, гражданин(ка),
//   г-н, г-жа; dr, mgr, inż., prof., Ing., Mgr., Bc., MUDr., JUDr.…; "nazywa się", "nazwisko",
//   "jmenuje se", "jméno", "příjmení", "зовут", "фамилия", "ФИО". Up to three capitalised words
//   right after it (on the same line, one space apart) are the name. Polish "Pan/Pani" is also the
//   formal "you" ("Pani nie rozumie"), so a title followed by a lower-case word, a pronoun or verb
//   written with a capital ("Pani Nie chce"), or a comma or full stop masks nothing; a function
//   ("Pan Dyrektor Wiśniewski") is kept and the name after it masked. Misses are accepted: "Jan
//   Kowalski" without a title stays.
// - Russian names with a patronymic: "Иван Иванович", "Мария Петровна Сидорова", "Иванов Иван
//   Иванович", in any case ("Петру Сергеевичу"), and with initials: "Петров П. П.", "И.И. Иванов".
// Initials after a name found either way are part of it ("pan Novák J.").
QString redactNames(const QString &text, RedactionCounts *counts)
{
    static const QString academic = QStringLiteral(
        R"((?:[Dd]r\.?|[Mm]gr\.?|[Ii]nż\.|[Pp]rof\.|[Mm]ec\.|Ing\.|Bc\.|MUDr\.|JUDr\.|PhDr\.|RNDr\.|MVDr\.|)"
        R"(PaedDr\.|[Dd]oc\.)(?![\p{L}\p{N}_]))");
    static const QRegularExpression title = compile(
        QStringLiteral(
            R"((?<![\p{L}\p{N}_])(?:)"
            R"((?:[Pp]an(?:a|u|em|ią|ie|i|í|e)?|[Pp]aństw(?:o|a|u|em)|[Ss]lečn(?:a|o|y|ě|u|ou))(?![\p{L}\p{N}_])|[Pp]\.|)"
            R"((?:[Гг]оспод(?:ин|ина|ину|ином|ине)|[Гг]оспож(?:а|и|е|у|ой)|[Гг]ражданин(?:а|у|ом|е)?|)"
            R"([Гг]ражданк(?:а|и|е|у|ой)|[Гг]-(?:н|на|ну|ном|жа|жи|же|жу|жой))(?![\p{L}\p{N}_])|)"
            R"((?i:nazywa\s+się|nazywam\s+się|imię\s+i\s+nazwisko|nazwisko|jmenuje\s+se|jmenuji\s+se|jméno|příjmení|)"
            R"(зовут|фамилия|фио|ф\.\s?и\.\s?о\.)(?![\p{L}\p{N}_])|)"
            R"({ACADEMIC}))")
            .replace(QStringLiteral("{ACADEMIC}"), academic));
    // More titles after the first: "panią dr Ewę Lis", "pan Ing. Novák".
    static const QRegularExpression moreTitles = compile(QStringLiteral(R"([ \x{00A0}]+)") + academic);
    static const QRegularExpression word =
        compile(QStringLiteral(R"(:?[ \x{00A0}]+(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}_]))"));
    static const QRegularExpression patronymic = compile(QStringLiteral(
        R"((?<![\p{L}])(?:(?<surname>[А-ЯЁ][а-яё]+) )?(?<first>[А-ЯЁ][а-яё]+) )"
        R"((?<patronymic>[А-ЯЁ][а-яё]+(?:ович|евич|ьич)(?:а|у|ем|е)?|[А-ЯЁ][а-яё]+(?:овн|евн|ичн)(?:а|ы|е|у|ой)))"
        R"((?: (?<after>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))?(?![\p{L}]))"));
    // Initials after a name ("Петров П. П.", "Kowalski J.") belong to it.
    static const QRegularExpression initials = compile(QStringLiteral(R"((?: ?\p{Lu}\.){1,2}(?![\p{L}]))"));
    // Russian surnames with initials: "Петров П.П.", "И. И. Иванов".
    static const QRegularExpression russianInitials = compile(QStringLiteral(
        R"((?<![\p{L}])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ]\. ?[А-ЯЁ]\.|[А-ЯЁ]\. ?[А-ЯЁ]\. ?[А-ЯЁ][а-яё]+)(?![\p{L}]))"));

    // A match starting exactly at `at`, looked for in the next 200 characters only: matching from an
    // offset in the whole text would check all of it each time. Its positions are from `at`.
    const auto matchAt = [&text](const QRegularExpression &pattern, qsizetype at) {
        return pattern.match(QStringView(text).mid(at, 200), 0, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
    };
    std::vector<Span> spans;
    for (auto it = title.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype at = m.capturedEnd();
        while (true) {
            const QRegularExpressionMatch more = matchAt(moreTitles, at);
            if (!more.hasMatch())
                break;
            at += more.capturedEnd();
        }
        qsizetype begin = -1;
        qsizetype end = -1;
        int words = 0;
        bool functionSeen = false;
        while (words < 3) {
            const QRegularExpressionMatch w = matchAt(word, at);
            if (!w.hasMatch() || (words > 0 && text.at(at) == u':'))
                break;
            const QString name = w.captured(u"word");
            if (words == 0 && !functionSeen && isFunction(name)) {
                functionSeen = true;
                at += w.capturedEnd();
                continue;
            }
            if (notAName(name) || isFunction(name))
                break;
            if (begin < 0)
                begin = at + w.capturedStart(u"word");
            end = at + w.capturedEnd();
            at = end;
            ++words;
        }
        if (words == 0)
            continue;
        const QRegularExpressionMatch i = matchAt(initials, end);
        if (i.hasMatch())
            end += i.capturedEnd();
        spans.push_back({begin, end, RedactedKind::Name});
    }
    QString result = replaceSpans(text, spans, counts);
    if (!hasCyrillic(result))
        return result;

    spans.clear();
    for (auto it = patronymic.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype begin = m.capturedStart();
        if (m.capturedLength(u"surname") > 0 && !looksLikeRussianSurname(m.captured(u"surname")))
            begin = m.capturedStart(u"first");
        qsizetype end = m.capturedEnd();
        if (m.capturedLength(u"after") > 0 && (notAName(m.captured(u"after")) || isFunction(m.captured(u"after"))))
            end = m.capturedEnd(u"patronymic");
        spans.push_back({begin, end, RedactedKind::Name});
    }
    result = replaceSpans(result, spans, counts);

    spans.clear();
    for (auto it = russianInitials.globalMatch(result); it.hasNext();)
        spans.push_back(wholeMatch(it.next(), RedactedKind::Name));
    return replaceSpans(result, spans, counts);
}

// --- phone numbers ---------------------------------------------------------------------------

// Whether a nine-digit number starts like a Polish or Czech phone number: Polish mobiles (45, 5x,
// 6x, 7x, 88) and area codes (12–18, 22–25, 29, 32–34, 41–48, 52–59, 61–68, 71–77, 81–87, 89, 91,
// 94, 95), Czech landlines (2–5) and mobiles (6, 7): every number starting with 2 to 8, with 1
// only 12–18, with 9 only 91, 94, 95; never 0, 10, 11, 19, 90, 92, 93 or 96–99.
bool startsLikeNineDigitPhone(QStringView digits)
{
    const QChar first = digits.at(0);
    const QChar second = digits.at(1);
    if (first >= u'2' && first <= u'8')
        return true;
    if (first == u'1')
        return second >= u'2' && second <= u'8';
    if (first == u'9')
        return second == u'1' || second == u'4' || second == u'5';
    return false;
}

QString redactPhones(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression phone = compile(
        QStringLiteral(
            // Not glued to a word, a '+', '(' or '/', nor the tail of a date, time, decimal or range.
            R"((?<![\p{L}\p{N}_+(/])(?<!\p{N}[.,:\-]))"
            "(?:"
            // International: +48 601 234 567, 0048601234567, +7 (495) 123-45-67.
            R"((?<intl>(?:\+|00)\d{1,3}(?:{S}?\(\d{1,4}\))?(?:{S}?\d{2,4}){1,5}))"
            // An area code in brackets: (22) 123 45 67, 8 (495) 123-45-67.
            R"(|(?<paren>(?:8{SP}?)?\(\d{2,4}\){S}?\d{2,4}(?:{S}\d{2,4}){1,3}))"
            // Russian with the trunk prefix: 8-912-345-67-89, 8 912 345 67 89, 89123456789.
            R"(|(?<ru>8{S}\d{3}{S}\d{3}{S}\d{2}{S}?\d{2})|(?<ru11>[78]\d{10})|(?<ru10>9\d{9}))"
            // Polish and Czech mobile 601 234 567, landline 22 123 45 67, Russian 495 123-45-67.
            R"(|(?<g333>\d{3}{S}\d{3}{S}\d{3})|(?<land>\d{2}{S}\d{3}{S}\d{2}{S}\d{2}|\d{3}{S}\d{3}{S}\d{2}{S}\d{2}))"
            R"(|(?<plain>\d{9}))"
            ")"
            // An alternate number with the last digits changed: 601 234 567/568.
            R"((?:{SP}?/{SP}?(?<alt>\d{1,4}))?)"
            // Not followed by more of a word or number, nor by a currency or unit (an amount or a
            // quantity, not a phone).
            R"((?![\p{L}\p{N}_])(?![.,:/\-]\p{N}))"
            R"((?!{SP}?(?:zł|zl\b|pln\b|gr\b|eur\b|€|usd\b|\$|kč|kc\b|czk\b|₽|руб|rub\b|sztuk|szt\b|ks\b|kus|)"
            R"(штук|шт\b|pcs\b|osób|osob\b|человек)))"),
        true);
    std::vector<Span> spans;
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype numberEnd = m.capturedEnd();
        if (m.capturedLength(u"alt") > 0) {
            for (const char16_t *group : {u"intl", u"paren", u"ru", u"ru11", u"ru10", u"g333", u"land", u"plain"})
                if (m.capturedLength(QStringView(group)) > 0)
                    numberEnd = m.capturedEnd(QStringView(group));
        }
        const QString number = digitsOnly(QStringView(text).mid(m.capturedStart(), numberEnd - m.capturedStart()));
        const qsizetype digits = number.size();
        const bool international = m.capturedLength(u"intl") > 0;
        const bool bracketed = m.capturedLength(u"paren") > 0;
        if (international ? (digits < 8 || digits > 15) : (digits < 9 || digits > 12))
            continue;
        if (m.capturedLength(u"ru10") > 0 && contextBefore(text, m.capturedStart()) != Context::Phone)
            continue; // 9123456789: a Russian mobile without the 8 only after a phone word
        // Part of a longer number written in groups ("1 500 000 000"): not a phone number.
        const bool spacedBefore =
            isSpace(charAt(text, m.capturedStart() - 1)) && charAt(text, m.capturedStart() - 2).isDigit();
        const bool spacedAfter = isSpace(charAt(text, m.capturedEnd())) && charAt(text, m.capturedEnd() + 1).isDigit();
        if (!international && !bracketed && (spacedBefore || spacedAfter))
            continue;
        const Context context = contextBefore(text, m.capturedStart());
        const bool phoneWord = context == Context::Phone;
        const bool otherWord = context != Context::None && !phoneWord;
        const QChar first = number.at(0);
        bool masked = false;
        if (international || bracketed) {
            masked = true;
        } else if (m.capturedLength(u"ru") > 0 || m.capturedLength(u"land") > 0) {
            masked = !otherWord;
        } else if (m.capturedLength(u"ru11") > 0) {
            masked = !otherWord && (phoneWord || (first == u'8' && number.at(1) == u'9'));
        } else {
            // Nine digits, in a row or 3-3-3: after a phone word any; after another word (an order,
            // an amount, …) none; without a word those that start like a phone number.
            masked = phoneWord ? first != u'0' : !otherWord && startsLikeNineDigitPhone(number);
        }
        if (!masked)
            continue;
        spans.push_back({m.capturedStart(), numberEnd, RedactedKind::Phone});
        if (m.capturedLength(u"alt") > 0)
            spans.push_back({m.capturedStart(u"alt"), m.capturedEnd(u"alt"), RedactedKind::Phone});
    }
    return replaceSpans(text, spans, counts);
}

} // namespace

int RedactionCounts::total() const
{
    int sum = 0;
    for (RedactedKind kind : kRedactedKinds)
        sum += of(kind);
    return sum;
}

int RedactionCounts::of(RedactedKind kind) const
{
    return const_cast<RedactionCounts *>(this)->of(kind);
}

int &RedactionCounts::of(RedactedKind kind)
{
    switch (kind) {
    case RedactedKind::Email: return emails;
    case RedactedKind::Iban: return ibans;
    case RedactedKind::Card: return cards;
    case RedactedKind::Pesel: return pesels;
    case RedactedKind::Phone: return phones;
    case RedactedKind::BirthNumber: return birthNumbers;
    case RedactedKind::Nip: return nips;
    case RedactedKind::Regon: return regons;
    case RedactedKind::Inn: return inns;
    case RedactedKind::Snils: return snils;
    case RedactedKind::IdCard: return idCards;
    case RedactedKind::Passport: return passports;
    case RedactedKind::Account: return accounts;
    case RedactedKind::Name: return names;
    case RedactedKind::Address: return addresses;
    case RedactedKind::BirthDate: return birthDates;
    }
    return phones;
}

RedactionCounts &RedactionCounts::operator+=(const RedactionCounts &other)
{
    for (RedactedKind kind : kRedactedKinds)
        of(kind) += other.of(kind);
    return *this;
}

QString redactionLabel(RedactedKind kind)
{
    switch (kind) {
    case RedactedKind::Email: return QStringLiteral("[e-mail]");
    case RedactedKind::Iban: return QStringLiteral("[IBAN]");
    case RedactedKind::Card: return QStringLiteral("[card]");
    case RedactedKind::Pesel: return QStringLiteral("[PESEL]");
    case RedactedKind::Phone: return QStringLiteral("[phone]");
    case RedactedKind::BirthNumber: return QStringLiteral("[birth number]");
    case RedactedKind::Nip: return QStringLiteral("[NIP]");
    case RedactedKind::Regon: return QStringLiteral("[REGON]");
    case RedactedKind::Inn: return QStringLiteral("[INN]");
    case RedactedKind::Snils: return QStringLiteral("[SNILS]");
    case RedactedKind::IdCard: return QStringLiteral("[ID card]");
    case RedactedKind::Passport: return QStringLiteral("[passport]");
    case RedactedKind::Account: return QStringLiteral("[account]");
    case RedactedKind::Name: return QStringLiteral("[name]");
    case RedactedKind::Address: return QStringLiteral("[address]");
    case RedactedKind::BirthDate: return QStringLiteral("[date of birth]");
    }
    return QStringLiteral("[redacted]");
}

QString redactionNotCovered()
{
    return QStringLiteral(
        "Names are found only after a title or label (Pan, Pani, pan, paní, господин, Ing., \"nazywa się\", "
        "\"ФИО\" and the like) or as a Russian name with a patronymic or initials; addresses only with a street "
        "word (ul., nám., ул., д. and the like), a postal code or after a word such as \"adres\", \"bydlí\", "
        "\"проживает\"; dates of birth only after ur., nar., род. or a similar word. Not masked: numbers that fail "
        "their checksum, nine-digit numbers without a phone word that do not start like a Polish or Czech phone "
        "number, identity documents other than Polish and Czech ID cards and passports and Russian passports, and "
        "anything written in other ways. Read the report before passing it on.");
}

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits[i]))
            return false;
        int d = digitValue(digits[i]);
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool ibanValid(QStringView compact)
{
    if (compact.size() < 15 || compact.size() > 34)
        return false;
    const QString upper = compact.toString().toUpper();
    if (ibanLength(QStringView(upper).left(2)) != upper.size())
        return false;
    if (!upper.at(0).isLetter() || !upper.at(1).isLetter() || !isAsciiDigit(upper.at(2)) || !isAsciiDigit(upper.at(3)))
        return false;
    // ISO 7064 mod 97-10: the first four characters move to the end, letters become 10–35.
    const QString rearranged = upper.mid(4) + upper.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c)) {
            remainder = (remainder * 10 + digitValue(c)) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool peselValid(QStringView digits)
{
    if (digits.size() != 11 || !allAsciiDigits(digits))
        return false;
    int d[11];
    for (int i = 0; i < 11; ++i)
        d[i] = digitValue(digits[i]);
    static const int weights[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += d[i] * weights[i];
    if ((10 - sum % 10) % 10 != d[10])
        return false;
    // The date of birth; the month carries the century (+80 1800s, +0 1900s, +20 2000s, …).
    int month = d[2] * 10 + d[3];
    int century = 1900;
    if (month > 80) {
        century = 1800;
        month -= 80;
    } else if (month > 60) {
        century = 2200;
        month -= 60;
    } else if (month > 40) {
        century = 2100;
        month -= 40;
    } else if (month > 20) {
        century = 2000;
        month -= 20;
    }
    return QDate::isValid(century + d[0] * 10 + d[1], month, d[4] * 10 + d[5]);
}

bool birthNumberValid(QStringView digits)
{
    if ((digits.size() != 9 && digits.size() != 10) || !allAsciiDigits(digits))
        return false;
    const int yy = digits.left(2).toInt();
    int month = digits.mid(2, 2).toInt();
    const int day = digits.mid(4, 2).toInt();
    int year = 0;
    if (digits.size() == 9) {
        // Without a check digit: issued until 1953.
        if (yy >= 54)
            return false;
        year = 1900 + yy;
    } else {
        year = yy >= 54 ? 1900 + yy : 2000 + yy;
        const qint64 number = digits.toLongLong();
        const bool exception = digits.left(9).toLongLong() % 11 == 10 && digits.at(9) == u'0' && year <= 1985;
        if (number % 11 != 0 && !exception)
            return false;
    }
    if (month > 70 && year >= 2004)
        month -= 70; // women, from 2004 when a day's numbers ran out
    else if (month > 50)
        month -= 50; // women
    else if (month > 20 && year >= 2004)
        month -= 20; // men, from 2004
    const QDate date(year, month, day);
    return date.isValid() && date <= QDate::currentDate();
}

bool nipValid(QStringView digits)
{
    if (digits.size() != 10 || !allAsciiDigits(digits))
        return false;
    static const int weights[9] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitValue(digits[i]) * weights[i];
    return sum % 11 != 10 && sum % 11 == digitValue(digits[9]);
}

bool regonValid(QStringView digits)
{
    static const int weights9[8] = {8, 9, 2, 3, 4, 5, 6, 7};
    static const int weights14[13] = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
    if ((digits.size() != 9 && digits.size() != 14) || !allAsciiDigits(digits))
        return false;
    const int *weights = digits.size() == 9 ? weights9 : weights14;
    int sum = 0;
    for (qsizetype i = 0; i + 1 < digits.size(); ++i)
        sum += digitValue(digits[i]) * weights[i];
    return sum % 11 % 10 == digitValue(digits.back());
}

bool innValid(QStringView digits)
{
    if ((digits.size() != 10 && digits.size() != 12) || !allAsciiDigits(digits))
        return false;
    const auto check = [&digits](std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (int w : weights)
            sum += digitValue(digits[i++]) * w;
        return sum % 11 % 10;
    };
    if (digits.size() == 10)
        return check({2, 4, 10, 3, 5, 9, 4, 6, 8}) == digitValue(digits[9]);
    return check({7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digitValue(digits[10]) &&
           check({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digitValue(digits[11]);
}

bool snilsValid(QStringView digits)
{
    if (digits.size() != 11 || !allAsciiDigits(digits))
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitValue(digits[i]) * (9 - i);
    int check = sum;
    if (sum == 100 || sum == 101)
        check = 0;
    else if (sum > 101)
        check = sum % 101 == 100 ? 0 : sum % 101;
    return check == digits.mid(9).toInt();
}

bool polishIdCardValid(QStringView compact)
{
    if (compact.size() != 9)
        return false;
    static const int weights[9] = {7, 3, 1, 9, 7, 3, 1, 7, 3};
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = compact[i];
        int value = 0;
        if (i < 3) {
            if (c < u'A' || c > u'Z')
                return false;
            value = c.unicode() - u'A' + 10;
        } else {
            if (!isAsciiDigit(c))
                return false;
            value = digitValue(c);
        }
        if (i != 3)
            sum += value * weights[i];
    }
    return sum % 10 == digitValue(compact[3]);
}

bool czechAccountValid(QStringView prefix, QStringView number)
{
    if (prefix.size() > 6 || number.size() < 2 || number.size() > 10 || !allAsciiDigits(prefix) ||
        !allAsciiDigits(number))
        return false;
    static const int weights[10] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6}; // from the right
    const auto mod11 = [](QStringView digits) {
        int sum = 0;
        for (qsizetype i = 0; i < digits.size(); ++i)
            sum += digitValue(digits[digits.size() - 1 - i]) * weights[i];
        return sum % 11 == 0;
    };
    const auto nonzero = std::count_if(number.begin(), number.end(), [](QChar c) { return c != u'0'; });
    return nonzero >= 2 && mod11(prefix) && mod11(number);
}

QString redact(const QString &text, RedactionCounts *counts)
{
    // Order matters: e-mail addresses and IBANs contain digit runs; identifiers with their own
    // shape or label (accounts, SNILS, INN, REGON, rodné číslo, NIP, passports) come before the
    // cards and PESEL numbers found in any run of digits, and those before phone numbers, which
    // would take part of any of them. Dates of birth and addresses before names, so that
    // "ul. Pana Tadeusza" is an address.
    // Each pass only runs when the text has enough digits for what it looks for (masking only
    // ever removes digits, so the first count is an upper bound).
    QString result = redactEmails(text, counts);
    const qsizetype digits = countAsciiDigits(result);
    if (digits >= 15)
        result = redactIbans(result, counts);
    if (digits >= 20)
        result = redactRussianAccounts(result, counts);
    if (digits >= 9)
        result = redactBirthNumbers(result, counts);
    if (digits >= 6)
        result = redactCzechAccounts(result, counts);
    if (digits >= 11)
        result = redactSnils(result, counts);
    if (digits >= 10)
        result = redactInns(result, counts);
    if (digits >= 9)
        result = redactRegons(result, counts);
    if (digits >= 10)
        result = redactNips(result, counts);
    if (digits >= 9)
        result = redactRussianPassports(result, counts);
    if (digits >= 6)
        result = redactDocuments(result, counts);
    if (digits >= 11)
        result = redactDigitRuns(result, counts);
    if (digits >= 4)
        result = redactBirthDates(result, counts);
    result = redactAddresses(result, counts);
    result = redactNames(result, counts);
    return digits >= 8 ? redactPhones(result, counts) : result;
}

} // namespace steadyline::journal
