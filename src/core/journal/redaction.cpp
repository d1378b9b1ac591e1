#include "redaction.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

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

void count(RedactionCounts *counts, RedactedKind kind)
{
    if (!counts)
        return;
    switch (kind) {
    case RedactedKind::Email: ++counts->emails; break;
    case RedactedKind::Iban: ++counts->ibans; break;
    case RedactedKind::Card: ++counts->cards; break;
    case RedactedKind::Pesel: ++counts->pesels; break;
    case RedactedKind::Phone: ++counts->phones; break;
    }
}

// Replaces each span (in order, not overlapping) with its label.
QString replaceSpans(const QString &text, const std::vector<Span> &spans, RedactionCounts *counts)
{
    if (spans.empty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    for (const Span &span : spans) {
        result += QStringView(text).mid(at, span.begin - at);
        result += redactionLabel(span.kind);
        count(counts, span.kind);
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

// The separators people put inside long numbers: spaces (also the no-break ones Steadyline
// itself writes into numbers) and dashes.
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u2007' || c == u'\u2009' || c == u'\u202F' || c == u'-';
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

// --- e-mail addresses ------------------------------------------------------------------------

QString redactEmails(const QString &text, RedactionCounts *counts)
{
    static const QRegularExpression email(
        QStringLiteral(R"([\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})"),
        QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Span> spans;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.push_back({m.capturedStart(), m.capturedEnd(), RedactedKind::Email});
    }
    return replaceSpans(text, spans, counts);
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
    static const QRegularExpression start(QStringLiteral(R"((?<![\p{L}\p{N}_])[A-Za-z]{2}[ \x{00A0}]?[0-9]{2})"),
                                          QRegularExpression::UseUnicodePropertiesOption);
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
// (13–19 digits, Luhn) and PESEL numbers (one group of 11), leftmost first. A card number fills
// the run or starts or ends it ("4111 1111 1111 1111 2026-11-23"): a window in the middle of a
// long run of digits passes Luhn one time in ten by chance.
void findInRun(const QString &text, const std::vector<Group> &groups, std::size_t first, std::size_t last,
               std::vector<Span> &spans)
{
    auto digitCount = [&](std::size_t from, std::size_t to) {
        qsizetype n = 0;
        for (std::size_t g = from; g <= to; ++g)
            n += groups[g].end - groups[g].begin;
        return n;
    };
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
        if (!found && i == first) {
            for (std::size_t j = i; j <= last; ++j) {
                const qsizetype total = digitCount(i, j);
                if (total > 19)
                    break;
                if (total >= 13 && luhnValid(digitsOf(text, groups, i, j)))
                    found = Span{groups[i].begin, groups[j].end, RedactedKind::Card}; // the longest wins
            }
        }
        if (!found) {
            const qsizetype total = digitCount(i, last);
            if (total >= 13 && total <= 19 && luhnValid(digitsOf(text, groups, i, last)))
                found = Span{groups[i].begin, groups[last].end, RedactedKind::Card};
        }
        if (!found && groups[i].end - groups[i].begin == 11 && peselValid(digitsOf(text, groups, i, i)))
            found = Span{groups[i].begin, groups[i].end, RedactedKind::Pesel};
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
        findInRun(text, groups, 0, groups.size() - (endOk ? 1 : 2), spans);
    }
    return replaceSpans(text, spans, counts);
}

// --- phone numbers ---------------------------------------------------------------------------

QString redactPhones(const QString &text, RedactionCounts *counts)
{
    // {S}: a separator between groups; {SP}: a space.
    static const QString S = QStringLiteral(R"([ \x{00A0}\x{2007}\x{2009}\x{202F}\-])");
    static const QString SP = QStringLiteral(R"([ \x{00A0}\x{2007}\x{2009}\x{202F}])");
    static const QString pattern =
        QStringLiteral(
            // Not glued to a word, a '+', '(' or '/', nor the tail of a date, time, decimal or range.
            R"((?<![\p{L}\p{N}_+(/])(?<!\p{N}[.,:\-]))"
            "(?:"
            // International: +48 601 234 567, 0048601234567, +7 (495) 123-45-67.
            R"((?<intl>(?:\+|00)\d{1,3}(?:{S}?\(\d{1,4}\))?(?:{S}?\d{2,4}){1,5}))"
            // An area code in brackets: (22) 123 45 67, 8 (495) 123-45-67.
            R"(|(?<paren>(?:8{SP}?)?\(\d{2,4}\){S}?\d{2,4}(?:{S}\d{2,4}){1,3}))"
            // Polish and Czech mobile 601 234 567, landline 22 123 45 67, Russian 495 123-45-67.
            R"(|\d{3}{S}\d{3}{S}\d{3}|\d{2}{S}\d{3}{S}\d{2}{S}\d{2}|\d{3}{S}\d{3}{S}\d{2}{S}\d{2}|\d{9})"
            ")"
            // Not followed by more of a word or number, nor by a currency (an amount, not a phone).
            R"((?![\p{L}\p{N}_])(?![.,:/\-]\p{N}))"
            R"((?!{SP}?(?:zł|zl\b|pln\b|gr\b|eur\b|€|usd\b|\$|kč|kc\b|czk\b|₽|руб|rub\b)))")
            .replace(QStringLiteral("{SP}"), SP)
            .replace(QStringLiteral("{S}"), S);
    static const QRegularExpression phone(pattern, QRegularExpression::UseUnicodePropertiesOption |
                                                       QRegularExpression::CaseInsensitiveOption);
    std::vector<Span> spans;
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString matched = m.captured();
        qsizetype digits = 0;
        for (QChar c : matched)
            digits += isAsciiDigit(c) ? 1 : 0;
        const bool international = m.capturedStart(QStringLiteral("intl")) >= 0;
        if (international ? (digits < 8 || digits > 15) : (digits < 9 || digits > 12))
            continue;
        spans.push_back({m.capturedStart(), m.capturedEnd(), RedactedKind::Phone});
    }
    return replaceSpans(text, spans, counts);
}

} // namespace

RedactionCounts &RedactionCounts::operator+=(const RedactionCounts &other)
{
    emails += other.emails;
    ibans += other.ibans;
    cards += other.cards;
    pesels += other.pesels;
    phones += other.phones;
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
    }
    return QStringLiteral("[redacted]");
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
        int d = digits[i].unicode() - u'0';
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
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
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
    if (digits.size() != 11)
        return false;
    int d[11];
    for (int i = 0; i < 11; ++i) {
        if (!isAsciiDigit(digits[i]))
            return false;
        d[i] = digits[i].unicode() - u'0';
    }
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

QString redact(const QString &text, RedactionCounts *counts)
{
    // Order matters: e-mail addresses and IBANs contain digit runs; cards and account numbers
    // contain what could look like a phone number.
    QString result = redactEmails(text, counts);
    result = redactIbans(result, counts);
    result = redactDigitRuns(result, counts);
    return redactPhones(result, counts);
}

} // namespace steadyline::journal
