#pragma once

#include "diagnostic.h"
#include "json/jsonreader.h"

#include <string_view>

namespace steadyline {

// Collects diagnostics for one file, turning JSON Pointers into line and column.
class DiagnosticSink
{
public:
    DiagnosticSink(QString file, const json::PositionIndex *positions)
        : m_file(std::move(file))
        , m_positions(positions)
    {}

    // At the value `pointer` names.
    void error(const QString &code, std::string_view pointer, const DiagnosticText &message)
    {
        add(Severity::Error, code, position(pointer, false), message);
    }
    void warning(const QString &code, std::string_view pointer, const DiagnosticText &message)
    {
        add(Severity::Warning, code, position(pointer, false), message);
    }
    // At the member name rather than its value (unknown or duplicate members).
    void errorAtKey(const QString &code, std::string_view pointer, const DiagnosticText &message)
    {
        add(Severity::Error, code, position(pointer, true), message);
    }
    void warningAtKey(const QString &code, std::string_view pointer, const DiagnosticText &message)
    {
        add(Severity::Warning, code, position(pointer, true), message);
    }
    // At a character inside a string value (`utf16Offset` as QString counts).
    void addInString(Severity severity, const QString &code, std::string_view pointer, qsizetype utf16Offset,
                     const DiagnosticText &message)
    {
        add(severity, code, m_positions ? m_positions->positionInString(pointer, utf16Offset) : json::SourcePosition{},
            message);
    }
    void add(Severity severity, const QString &code, json::SourcePosition at, const DiagnosticText &message)
    {
        m_diagnostics.push_back({severity, code, message.english(), m_file, at.line, at.column, message});
    }

    // Where the value (or, with `key`, the member name) at `pointer` is; 0:0 without positions.
    [[nodiscard]] json::SourcePosition positionOf(std::string_view pointer, bool key = false) const
    {
        return position(pointer, key);
    }

    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] Diagnostics &diagnostics() { return m_diagnostics; }
    [[nodiscard]] bool hasErrors() const { return steadyline::hasErrors(m_diagnostics); }

private:
    json::SourcePosition position(std::string_view pointer, bool key) const
    {
        if (!m_positions)
            return {};
        return key ? m_positions->keyPosition(pointer) : m_positions->valuePosition(pointer);
    }

    QString m_file;
    const json::PositionIndex *m_positions;
    Diagnostics m_diagnostics;
};

} // namespace steadyline
