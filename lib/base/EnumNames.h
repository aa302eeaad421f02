// SPDX-License-Identifier: GPL-3.0-or-later
// The one way an enum of ours becomes text and back: a constexpr table beside the enum, listing each
// value with its stable name (the name of the feed, the JSON, the store and the command line), and
// two functions that read every table alike. One case rule: a name is written as the table has it
// and read back whatever its case.
//
//   enum class Verdict { Ship, Skip };
//   template <> inline constexpr auto enumNames<Verdict> =
//       std::array{std::pair{Verdict::Ship, "ship"}, std::pair{Verdict::Skip, "skip"}};
//
//   enumName(Verdict::Ship) == u"ship";  enumFromName<Verdict>(u"SKIP") == Verdict::Skip
//
// The words a person reads are not here: they are translated, and live beside the widgets or in
// *Label() functions.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <type_traits>
#include <utility>

namespace sos {

// Specialised beside each enum with its table of {value, name} pairs, every value once.
template <typename Enum> inline constexpr auto enumNames = nullptr;

template <typename Enum>
concept NamedEnum =
    std::is_enum_v<Enum> && !std::is_null_pointer_v<std::remove_cvref_t<decltype(enumNames<Enum>)>>;

// The stable name of value; empty only for a value missing from its table.
template <NamedEnum Enum> QString enumName(Enum value)
{
    for (const auto& [candidate, name] : enumNames<Enum>) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// The value whose name is text, in any case; nothing when no name is.
template <NamedEnum Enum> std::optional<Enum> enumFromName(QStringView text)
{
    for (const auto& [value, name] : enumNames<Enum>) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// Every value of the enum, in the order of its table.
template <NamedEnum Enum> constexpr auto enumValues()
{
    std::array<Enum, enumNames<Enum>.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = enumNames<Enum>[i].first;
    return values;
}

} // namespace sos
