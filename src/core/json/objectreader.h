#pragma once

#include "common/diagnosticsink.h"
#include "common/suggestion.h"

#include <QString>
#include <QStringView>

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>

// Reading JSON documents a person wrote (playbooks, scenarios): every missing, mistyped or unknown
// member becomes a diagnostic at its position, so one run reports every mistake.
namespace steadyline::jsonread {

using Json = nlohmann::json;

[[nodiscard]] QString qs(const std::string &utf8);
// "an object", "a string", … for messages.
[[nodiscard]] DiagnosticText typeName(const Json &value);

// The id and locale rules, written out: they run on every id of a big playbook, where a
// regular expression engine would dominate the time.
using Pattern = bool (*)(QStringView);
// ^[a-z][a-z0-9_]*$
[[nodiscard]] bool identifierPattern(QStringView text);
// ^[a-z0-9][a-z0-9._-]*$
[[nodiscard]] bool playbookIdPattern(QStringView text);
// "pl", "en-GB"
[[nodiscard]] bool localePattern(QStringView text);

// Decodes one object at a time; every accessor reports its own mistakes.
class ObjectReader
{
public:
    // `describe` names the object in messages ("step 'boundary'"); it is called only when
    // there is something to report, so a valid file pays nothing for it.
    ObjectReader(DiagnosticSink &sink, const Json &object, std::string pointer,
                 std::function<DiagnosticText()> describe)
        : m_sink(sink)
        , m_object(object)
        , m_pointer(std::move(pointer))
        , m_describe(std::move(describe))
    {}
    ObjectReader(DiagnosticSink &sink, const Json &object, std::string pointer, DiagnosticText what)
        : ObjectReader(sink, object, std::move(pointer), [what = std::move(what)] { return what; })
    {}

    [[nodiscard]] const std::string &pointer() const { return m_pointer; }
    [[nodiscard]] std::string member(const char *key) const { return json::appendPointer(m_pointer, key); }

    // Reports members that are not in `allowed` ("$schema" is always allowed).
    void rejectUnknown(std::initializer_list<const char *> allowed)
    {
        for (const auto &item : m_object.items()) {
            const std::string &key = item.key();
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&](const char *name) { return key == name; });
            if (known || (m_pointer.empty() && key == "$schema"))
                continue;
            QStringList names;
            for (const char *name : allowed)
                names << QString::fromLatin1(name);
            const QString name = qs(key);
            m_sink.errorAtKey(QStringLiteral("unknown-field"), json::appendPointer(m_pointer, key),
                              DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                               "%1 has no member '%2'.%3 Allowed members: %4."))
                                  .arg(what(), name, didYouMean(name, names), names.join(QStringLiteral(", "))));
        }
    }

    const Json *find(const char *key, bool required)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                m_sink.error(QStringLiteral("missing-field"), m_pointer,
                             DiagnosticText(
                                 QT_TRANSLATE_NOOP("steadyline::Diagnostic", "%1 is missing the required member '%2'."))
                                 .arg(what(), QString::fromLatin1(key)));
            return nullptr;
        }
        return &*it;
    }

    bool wrongType(const char *key, const Json &value, const DiagnosticText &expected)
    {
        m_sink.error(QStringLiteral("wrong-type"), member(key),
                     DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'%1' of %2 must be %3, not %4."))
                         .arg(QString::fromLatin1(key), what(), expected, typeName(value)));
        return false;
    }

    std::optional<QString> string(const char *key, bool required)
    {
        const Json *value = find(key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_string()) {
            wrongType(key, *value, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a string")));
            return std::nullopt;
        }
        return qs(value->get_ref<const std::string &>());
    }

    // A string that must match `pattern`; `rule` explains the pattern to a person.
    std::optional<QString> identifier(const char *key, bool required, Pattern pattern, const DiagnosticText &rule)
    {
        auto value = string(key, required);
        if (value && !pattern(*value)) {
            m_sink.error(QStringLiteral("invalid-value"), member(key),
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'%1' of %2 is \"%3\"; %4."))
                             .arg(QString::fromLatin1(key), what(), *value, rule));
            return std::nullopt;
        }
        return value;
    }

    std::optional<qint64> integer(const char *key, bool required)
    {
        const Json *value = find(key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer()) {
            wrongType(key, *value, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a whole number")));
            return std::nullopt;
        }
        return value->get<qint64>();
    }

    std::optional<bool> boolean(const char *key, bool required)
    {
        const Json *value = find(key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            wrongType(key, *value, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "true or false")));
            return std::nullopt;
        }
        return value->get<bool>();
    }

    const Json *array(const char *key, bool required)
    {
        const Json *value = find(key, required);
        if (value && !value->is_array()) {
            wrongType(key, *value, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "an array ([…])")));
            return nullptr;
        }
        return value;
    }

    const Json *object(const char *key, bool required)
    {
        const Json *value = find(key, required);
        if (value && !value->is_object()) {
            wrongType(key, *value, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "an object ({…})")));
            return nullptr;
        }
        return value;
    }

    [[nodiscard]] DiagnosticText what() const { return m_describe(); }

private:
    DiagnosticSink &m_sink;
    const Json &m_object;
    std::string m_pointer;
    std::function<DiagnosticText()> m_describe;
};

} // namespace steadyline::jsonread
