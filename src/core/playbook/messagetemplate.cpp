#include "messagetemplate.h"

#include <QStringList>

#include <algorithm>

namespace steadyline {

namespace {

struct Placeholder
{
    QStringView name;
    QStringView forms; // "Panu|Pani"; empty for a plain value placeholder
    bool hasForms = false;
    qsizetype offset = 0; // of the '{'

    [[nodiscard]] QStringView form(int index) const { return forms.split(u'|').at(index); }
    [[nodiscard]] qsizetype formCount() const { return forms.count(u'|') + 1; }
    // "Panu/Pani": both forms, for a caller the text has no form for, or a picture of every call.
    [[nodiscard]] QString allForms() const
    {
        QString joined = forms.toString();
        joined.replace(QLatin1Char('|'), QLatin1Char('/'));
        return joined;
    }
};

// The form of `p` that `address` picks; both forms when the text has no third form for a couple,
// so the consultant sees the choice ("Panu/Pani") rather than a wrong or half sentence.
QString addressForm(const Placeholder &p, FormOfAddress address)
{
    switch (address) {
    case FormOfAddress::FormalMale: return p.form(0).toString();
    case FormOfAddress::FormalFemale: return p.form(1).toString();
    case FormOfAddress::FormalPlural: return p.formCount() == 3 ? p.form(2).toString() : p.allForms();
    }
    return p.allForms();
}

// "agent : a | b " → "agent:a|b": the placeholder as it must be written.
QString withoutInnerSpaces(QStringView body)
{
    const qsizetype colon = body.indexOf(u':');
    if (colon < 0)
        return body.trimmed().toString();
    QStringList forms;
    for (const QStringView form : body.mid(colon + 1).split(u'|'))
        forms << form.trimmed().toString();
    return body.left(colon).trimmed().toString() + QLatin1Char(':') + forms.join(QLatin1Char('|'));
}

// Walks `text` once; calls `literal` for plain text and `placeholder` for each {…}.
// Returns the first syntax error, if any.
template<typename LiteralFn, typename PlaceholderFn>
std::optional<MessageTemplate::Error> scan(const QString &text, LiteralFn literal, PlaceholderFn placeholder)
{
    const auto malformed = [](qsizetype offset, const DiagnosticText &message) {
        return MessageTemplate::Error{offset, QStringLiteral("malformed-placeholder"), message};
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'}') {
            if (i + 1 < n && text.at(i + 1) == u'}') {
                literal(QStringView(u"}"));
                i += 2;
                continue;
            }
            return malformed(
                i, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                    "a '}' has no matching '{'; write '}}' for a literal brace")));
        }
        if (c != u'{') {
            qsizetype end = i;
            while (end < n && text.at(end) != u'{' && text.at(end) != u'}')
                ++end;
            literal(QStringView(text).mid(i, end - i));
            i = end;
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == u'{') {
            literal(QStringView(u"{"));
            i += 2;
            continue;
        }
        // "{/}": a slash the author means ("24{/}7", "kWh{/}měsíc"), which the validator does not
        // take for unrendered alternatives such as "Pan/Pani".
        if (QStringView(text).mid(i, 3) == u"{/}") {
            literal(QStringView(u"/"));
            i += 3;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nestedOpen = text.indexOf(u'{', i + 1);
        if (close < 0)
            return malformed(i, DiagnosticText(QT_TRANSLATE_NOOP(
                                    "steadyline::Diagnostic", "a '{' is not closed; write '{{' for a literal brace")));
        if (nestedOpen >= 0 && nestedOpen < close)
            return malformed(
                i, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "placeholders cannot be nested")));
        const QStringView body = QStringView(text).mid(i + 1, close - i - 1);
        Placeholder p;
        if (const qsizetype colon = body.indexOf(u':'); colon >= 0) {
            p.name = body.left(colon).trimmed();
            p.forms = body.mid(colon + 1);
            p.hasForms = true;
        } else {
            p.name = body.trimmed();
        }
        const bool isSelect = p.name == u"address" || p.name == u"agent" || p.name == u"channel";
        const bool isValue = p.name == u"agentName" || p.name == u"caseRef";
        if (!isSelect && !isValue) {
            return MessageTemplate::Error{
                i, QStringLiteral("unknown-placeholder"),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "unknown placeholder '{%1}'; known are {address:…|…}, {agent:…|…}, "
                                                 "{channel:…|…}, {agentName} and {caseRef}"))
                    .arg(p.name)};
        }
        if (p.name == u"address" && (!p.hasForms || p.forms.count(u'|') < 1 || p.forms.count(u'|') > 2))
            return malformed(
                i, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                    "'{%1}' needs two or three forms separated by '|': the man's, "
                                                    "the woman's and, for a couple or a caller of unknown gender, "
                                                    "the plural, e.g. {address:Panu|Pani|Państwu}"))
                       .arg(body));
        if (isSelect && p.name != u"address" && (!p.hasForms || p.forms.count(u'|') != 1)) {
            if (p.name == u"channel")
                return malformed(i, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                                     "'{%1}' needs exactly two forms separated by "
                                                                     "'|', the phone's first, e.g. "
                                                                     "{channel:hovor|rozhovor}"))
                                        .arg(body));
            return malformed(
                i, DiagnosticText(
                       QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                         "'{%1}' needs exactly two forms separated by '|', male first, e.g. %2"))
                       .arg(body, QStringLiteral("{agent:zmuszony|zmuszona}")));
        }
        if (isValue && p.hasForms)
            return malformed(
                i, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'{%1}' takes no forms; write {%2}"))
                       .arg(body, p.name));
        // Spaces inside the braces would be read out: "abych vám  pomohl" (review §4.8).
        // Most placeholders hold no space at all; only those are rewritten to compare.
        const bool anySpace = std::any_of(body.begin(), body.end(), [](QChar ch) { return ch.isSpace(); });
        if (const QString tight = anySpace ? withoutInnerSpaces(body) : QString(); anySpace && tight != body)
            return malformed(
                i, DiagnosticText(
                       QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                         "'{%1}' has spaces inside the braces, which would show as extra spaces "
                                         "in the text; write {%2}"))
                       .arg(body, tight));
        p.offset = i;
        placeholder(p);
        i = close + 1;
    }
    return std::nullopt;
}

} // namespace

std::optional<MessageTemplate::Error> MessageTemplate::check(const QString &text)
{
    return scan(
        text, [](QStringView) {}, [](const Placeholder &) {});
}

QString MessageTemplate::render(const QString &text, const RenderContext &context)
{
    QString out;
    out.reserve(text.size());
    const auto error = scan(
        text, [&](QStringView literal) { out += literal; },
        [&](const Placeholder &p) {
            const qsizetype bar = p.forms.indexOf(u'|');
            if (p.name == u"address")
                out += addressForm(p, context.address);
            else if (p.name == u"agent")
                out += context.agentGender == Gender::Male ? p.forms.left(bar) : p.forms.mid(bar + 1);
            else if (p.name == u"channel")
                out += context.channel == Channel::Phone ? p.forms.left(bar) : p.forms.mid(bar + 1);
            else if (p.name == u"agentName")
                out += context.agentName;
            else
                out += context.caseReference;
        });
    return error ? text : out;
}

QString MessageTemplate::renderForAnyCall(const QString &text, std::optional<FormOfAddress> address,
                                          std::optional<Gender> agentGender, std::optional<Channel> channel)
{
    QString out;
    out.reserve(text.size());
    const auto error = scan(
        text, [&](QStringView literal) { out += literal; },
        [&](const Placeholder &p) {
            const qsizetype bar = p.forms.indexOf(u'|');
            const QStringView male = p.forms.left(bar);
            const QStringView female = p.forms.mid(bar + 1);
            if (p.name == u"address") {
                out += address ? addressForm(p, *address) : p.allForms();
                return;
            }
            std::optional<bool> maleForm;
            if (p.name == u"agent" && agentGender)
                maleForm = *agentGender == Gender::Male;
            else if (p.name == u"channel" && channel)
                maleForm = *channel == Channel::Phone; // the first form
            if (p.hasForms && maleForm)
                out += *maleForm ? male : female;
            else if (p.hasForms)
                out += male.toString() + QLatin1Char('/') + female.toString();
            else
                out += QStringLiteral("‹%1›").arg(p.name);
        });
    return error ? text : out;
}

qsizetype MessageTemplate::lacksPluralAddress(const QString &text)
{
    qsizetype found = -1;
    scan(
        text, [](QStringView) {},
        [&](const Placeholder &p) {
            if (found < 0 && p.name == u"address" && p.formCount() == 2)
                found = p.offset;
        });
    return found;
}

bool MessageTemplate::hasPluralAddress(const QString &text)
{
    bool found = false;
    scan(
        text, [](QStringView) {},
        [&](const Placeholder &p) { found = found || (p.name == u"address" && p.formCount() == 3); });
    return found;
}

bool everyAddressHasPluralForm(const Playbook &playbook)
{
    bool every = true;
    playbook.forEachText([&](const LocalizedText &text) {
        for (const QString &value : text.byLocale)
            every = every && MessageTemplate::lacksPluralAddress(value) < 0;
    });
    return every;
}

} // namespace steadyline
