// SPDX-License-Identifier: GPL-3.0-or-later
// The language of the texts and the locale of numbers and dates. The translations themselves are
// embedded by the ui library (translations/); a program without them, such as the server, stays in
// English.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sos {

class Settings;

// The languages ShipOrSkip speaks, by code; English ("en") is the language of the source.
QStringList availableLanguages();
// A language's name in that language ("Français"), the same whatever language the app speaks.
QString nativeLanguageName(const QString& code);

// Installs the translations of a language: ShipOrSkip's own texts and Qt's (dialog buttons, standard
// menus), replacing any installed before. An empty code follows the system locale; a code given
// explicitly also becomes the default locale's language, so numbers and dates agree with the words.
// Returns the language the texts are now in ("en" when no translation matched).
QString installTranslations(const QString& language);
// The same, for the language the settings hold (Settings::Key::Language), as the GUI does at start.
QString installTranslations(const Settings& settings);
// What installTranslations() last returned ("en" before it ran).
QString currentLanguage();

// A date, and a date with its time, as the default locale writes them short, with a four-digit year.
QString localDate(const QDate& date);
QString localDateTime(const QDateTime& time);
QString localDateFormat(); // the format localDate() uses, for QDateTime::toString()-style formats

} // namespace sos
