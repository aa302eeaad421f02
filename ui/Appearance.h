// SPDX-License-Identifier: GPL-3.0-or-later
// The application's look: the system's style and palette, or Qt's Fusion style with a light or a dark
// palette. A change applies at once to every window; widgets that paint with colours of their own
// (the comparison charts) follow the palette when it changes.
#pragma once

#include <base/EnumNames.h>

#include <QPalette>
#include <QString>

#include <optional>

namespace sos {

enum class Theme
{
    System,
    Light,
    Dark,
};

// The stable names kept in the settings: "system", "light", "dark".
template <>
inline constexpr auto enumNames<Theme> = std::array{
    std::pair{Theme::System, "system"},
    std::pair{Theme::Light, "light"},
    std::pair{Theme::Dark, "dark"},
};

// Applies the theme to the whole application. The first call remembers the system's style and
// palette, so System can bring them back later.
void applyTheme(Theme theme);
// The theme applyTheme() last applied (System before any call).
Theme appliedTheme();

QPalette darkPalette();
// Whether a palette is dark: light text on a dark window.
bool isDarkPalette(const QPalette& palette);

} // namespace sos
