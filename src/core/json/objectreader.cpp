#include "objectreader.h"

#include <algorithm>

namespace steadyline::jsonread {

namespace {

bool isLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString qs(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

DiagnosticText typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object: return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "an object"));
    case Json::value_t::array: return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "an array"));
    case Json::value_t::string: return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a string"));
    case Json::value_t::boolean: return DiagnosticText::verbatim(QStringLiteral("true/false"));
    case Json::value_t::null: return DiagnosticText::verbatim(QStringLiteral("null"));
    case Json::value_t::number_float:
        return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a decimal number"));
    default: return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a number"));
    }
}

bool identifierPattern(QStringView text)
{
    if (text.isEmpty() || !(text.front() >= u'a' && text.front() <= u'z'))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isLowerOrDigit(c) || c == u'_'; });
}

bool playbookIdPattern(QStringView text)
{
    if (text.isEmpty() || !isLowerOrDigit(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isLowerOrDigit(c) || c == u'.' || c == u'_' || c == u'-'; });
}

// ^[a-z]{2,3}(-[A-Z]{2})?$
bool localePattern(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    const QStringView language = dash < 0 ? text : text.left(dash);
    if (language.size() < 2 || language.size() > 3)
        return false;
    if (!std::all_of(language.begin(), language.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return false;
    if (dash < 0)
        return true;
    const QStringView region = text.mid(dash + 1);
    return region.size() == 2 &&
           std::all_of(region.begin(), region.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace steadyline::jsonread
