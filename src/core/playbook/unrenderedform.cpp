#include "unrenderedform.h"

#include <QSet>

namespace steadyline {

namespace {

// Units and periods that are written with a slash on purpose: "Kč/měsíc", "zł/min", "руб/мес".
bool isUnitWord(const QString &word)
{
    static const QSet<QString> units{
        // energy, money, size
        QStringLiteral("kwh"), QStringLiteral("wh"), QStringLiteral("kw"), QStringLiteral("mwh"), QStringLiteral("gj"),
        QStringLiteral("kč"), QStringLiteral("czk"), QStringLiteral("zł"), QStringLiteral("pln"), QStringLiteral("eur"),
        QStringLiteral("usd"), QStringLiteral("руб"), QStringLiteral("₽"), QStringLiteral("km"), QStringLiteral("kg"),
        QStringLiteral("mb"), QStringLiteral("gb"), QStringLiteral("ks"), QStringLiteral("szt"), QStringLiteral("шт"),
        // periods: cs, pl, ru, en
        QStringLiteral("měsíc"), QStringLiteral("měs"), QStringLiteral("rok"), QStringLiteral("den"),
        QStringLiteral("hod"), QStringLiteral("hodinu"), QStringLiteral("min"), QStringLiteral("týden"),
        QStringLiteral("miesiąc"), QStringLiteral("mies"), QStringLiteral("dzień"), QStringLiteral("godz"),
        QStringLiteral("godzinę"), QStringLiteral("tydzień"), QStringLiteral("месяц"), QStringLiteral("мес"),
        QStringLiteral("год"), QStringLiteral("день"), QStringLiteral("час"), QStringLiteral("сутки"),
        QStringLiteral("неделю"), QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("day"),
        QStringLiteral("hour"), QStringLiteral("week"), QStringLiteral("h"), QStringLiteral("s")};
    return units.contains(word.toLower());
}

// The run of non-space characters around `i`.
QString tokenAround(const QString &text, qsizetype i)
{
    qsizetype start = i;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    qsizetype end = i;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return text.mid(start, end - start);
}

bool looksLikeAddress(const QString &token)
{
    if (token.contains(QStringLiteral("://")) || token.startsWith(QStringLiteral("www."), Qt::CaseInsensitive))
        return true;
    // "energie.cz/samoodecet": a dot between letters before the first slash.
    const qsizetype slash = token.indexOf(QLatin1Char('/'));
    const qsizetype dot = token.lastIndexOf(QLatin1Char('.'), slash);
    return dot > 0 && dot + 1 < slash && token.at(dot - 1).isLetterOrNumber() && token.at(dot + 1).isLetter();
}

// A number, possibly with a space, right before `wordStart`: "250 Kč/měsíc".
bool followsNumber(const QString &text, qsizetype wordStart)
{
    qsizetype i = wordStart;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return i > 0 && text.at(i - 1).isDigit();
}

bool isMeantSlash(const QString &text, qsizetype slash, const QString &left, const QString &right, qsizetype leftStart)
{
    const QString token = tokenAround(text, slash);
    return looksLikeAddress(token) || isUnitWord(left) || isUnitWord(right) || followsNumber(text, leftStart);
}

} // namespace

UnrenderedForm findUnrenderedForm(const QString &text)
{
    const qsizetype n = text.size();
    const auto wordStart = [&](qsizetype i) {
        while (i > 0 && text.at(i - 1).isLetter())
            --i;
        return i;
    };
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const QChar c = text.at(i);
        if (!text.at(i - 1).isLetter())
            continue;
        if (c == u'/' && text.at(i + 1).isLetter()) {
            const qsizetype start = wordStart(i - 1);
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            if (isMeantSlash(text, i, text.mid(start, i - start), text.mid(i + 1, end - i - 1), start))
                continue;
            return {start, text.mid(start, end - start)};
        }
        if (c == u'(') {
            qsizetype end = i + 1;
            while (end < n && end - i <= 3 && text.at(end).isLetter())
                ++end;
            if (end > i + 1 && end - i <= 4 && end < n && text.at(end) == u')') {
                const qsizetype start = wordStart(i - 1);
                return {start, text.mid(start, end + 1 - start)};
            }
        }
    }
    return {};
}

DiagnosticText placeholderExamples(const QString &locale)
{
    // The examples are in the file's language, the word between them in the reader's.
    const auto either = [](const char *first, const char *second) {
        return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "%1 or %2"))
            .arg(QString::fromUtf8(first), QString::fromUtf8(second));
    };
    const QString language = locale.left(2);
    if (language == u"cs")
        return either("{address:ho|ji}", "{agent:nucen|nucena}");
    if (language == u"ru")
        return either("{address:господин|госпожа}", "{agent:вынужден|вынуждена}");
    if (language == u"en")
        return DiagnosticText::verbatim(QStringLiteral("{address:sir|madam}"));
    return either("{address:Panu|Pani}", "{agent:zmuszony|zmuszona}");
}

} // namespace steadyline
