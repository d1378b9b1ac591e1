#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace steadyline {

// A fixed table of an enum's values and the names files use for them ("in_person", "advanced"):
// the one way the format's enums are written and read. Names are ASCII.
template<typename Enum, std::size_t N> using EnumNameTable = std::array<std::pair<Enum, const char *>, N>;

// The name of `value`; empty when the table lacks it.
template<typename Enum, std::size_t N> [[nodiscard]] QString enumName(const EnumNameTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// The value named `text` (exactly, case and all); nothing for an unknown name.
template<typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> enumFromName(const EnumNameTable<Enum, N> &table, const QString &text)
{
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace steadyline
