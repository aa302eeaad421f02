// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sos {

namespace {

const QString resourceFolder = QStringLiteral(":/i18n");
const QString english = QStringLiteral("en");

struct Installed
{
    std::unique_ptr<QTranslator> own; // ShipOrSkip's texts, or English's plural forms
    std::unique_ptr<QTranslator> qt;  // Qt's own texts, from the system (qt6-translations-l10n)
    QString language = english;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadOwn(const QLocale& locale)
{
    auto translator = std::make_unique<QTranslator>();
    // English is the fallback: its file holds the plural forms of the source texts ("1 vote", "2 votes").
    if (translator->load(locale, QStringLiteral("shiporskip"), QStringLiteral("_"), resourceFolder) ||
        translator->load(QStringLiteral("shiporskip_") + english, resourceFolder))
        return translator;
    return nullptr;
}

// Short formats with two-digit years ("23.11.26") are ambiguous in a report that is kept for years.
QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QStringList availableLanguages()
{
    return {english, QStringLiteral("fr"), QStringLiteral("de")};
}

QString nativeLanguageName(const QString& code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == english)
        return QStringLiteral("English");
    return code;
}

QString installTranslations(const QString& language)
{
    Installed& state = installed();
    for (std::unique_ptr<QTranslator>* translator : {&state.own, &state.qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }

    // A chosen language keeps the system's country: English in Germany writes dates the German way.
    const QLocale system = QLocale::system();
    const QLocale locale =
        language.isEmpty() ? system : QLocale(QLocale::codeToLanguage(language), system.territory());
    QLocale::setDefault(locale);

    state.own = loadOwn(locale);
    state.language = state.own && !state.own->language().isEmpty() ? state.own->language() : english;
    if (state.own)
        QCoreApplication::installTranslator(state.own.get());
    if (state.language != english) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(state.language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return state.language;
}

QString installTranslations(const Settings& settings)
{
    return installTranslations(settings.value(Settings::Key::Language).toString());
}

QString currentLanguage()
{
    return installed().language;
}

QString localDateFormat()
{
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString localDate(const QDate& date)
{
    return QLocale().toString(date, localDateFormat());
}

QString localDateTime(const QDateTime& time)
{
    const QLocale locale;
    return locale.toString(time, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace sos
