// SPDX-License-Identifier: GPL-3.0-or-later
// What a translation says, read from the committed .ts file, and a check that a visible text is either
// one of its translations, catalog data, or something that has no words at all.
#pragma once

#include "ShortcutsDialog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace sos::test {

// The access keys' ampersands gone, as a menu or a label shows the text.
inline QString withoutMnemonic(const QString& text)
{
    return ShortcutsDialog::withoutMnemonic(text);
}

inline bool hasLetters(const QString& text)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return text.contains(letter);
}

class TranslationCatalog
{
public:
    // translations/shiporskip_<language>.ts of the source tree.
    static TranslationCatalog read(const QString& language)
    {
        TranslationCatalog catalog;
        QFile file(QStringLiteral(SHIPORSKIP_SOURCE_DIR "/translations/shiporskip_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList translations;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                translations.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation") && !numerus) {
                translations << xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                translations << xml.readElementText(); // one per plural form of the language
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                catalog.add(context, source, translations);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
        // Longer texts first, so "Panel verdict" goes before "Panel" could break it apart.
        std::sort(catalog.m_wholeTexts.begin(), catalog.m_wholeTexts.end(),
                  [](const QRegularExpression& a, const QRegularExpression& b) {
                      return a.pattern().size() > b.pattern().size();
                  });
        return catalog;
    }

    // The translation of a source text (the first plural form for a numerus one), or an empty string.
    QString translation(const QString& context, const QString& source) const
    {
        return m_translations.value(context + QLatin1Char('\x04') + source).value(0);
    }
    QStringList translations(const QString& context, const QString& source) const
    {
        return m_translations.value(context + QLatin1Char('\x04') + source);
    }
    // The texts given to these are as shown, without the mnemonics' ampersands (withoutMnemonic()
    // where the widget makes them access keys); the translations are compared without theirs.

    // Source texts whose translation reads differently.
    bool isEnglishSource(const QString& text) const { return m_differing.contains(text); }
    // Whether a text is one of the translations (in any letter case: "ADOPTER" on a badge), its
    // placeholders filled with anything.
    bool matchesTranslation(const QString& text) const
    {
        if (m_exact.contains(text.toCaseFolded()))
            return true;
        return std::any_of(m_patterns.begin(), m_patterns.end(),
                           [&](const QRegularExpression& pattern) { return pattern.match(text).hasMatch(); });
    }
    // Whether a text is made of this translation's words and catalog data (catalog: longest first), with
    // separators, numbers and symbols between: "Gratuit (3)", "Google · Developer Tools".
    bool isMadeOfTranslationsAndData(QString text, const QStringList& catalog) const
    {
        for (const QString& data : catalog)
            text.replace(data, QStringLiteral(" "));
        for (const QRegularExpression& word : m_wholeTexts)
            text.replace(word, QStringLiteral(" "));
        return !hasLetters(text);
    }
    int size() const { return static_cast<int>(m_translations.size()); }

private:
    void add(const QString& context, const QString& source, const QStringList& translations)
    {
        m_translations.insert(context + QLatin1Char('\x04') + source, translations);
        bool differs = false;
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|\\d{1,2})"));
        for (const QString& translation : translations) {
            const QString plain = withoutMnemonic(translation);
            differs = differs || plain != withoutMnemonic(source);
            QStringList pieces = plain.split(placeholder);
            if (pieces.size() == 1) {
                if (!m_exact.contains(plain.toCaseFolded()) && hasLetters(plain))
                    m_wholeTexts << QRegularExpression(
                        QStringLiteral("(?<!\\p{L})%1(?!\\p{L})").arg(QRegularExpression::escape(plain)),
                        QRegularExpression::UseUnicodePropertiesOption |
                            QRegularExpression::CaseInsensitiveOption);
                m_exact.insert(plain.toCaseFolded());
                continue;
            }
            // A pattern only when the words around the placeholders say something ("%1 (%2)" does not).
            if (!hasLetters(pieces.join(QString())))
                continue;
            for (QString& piece : pieces)
                piece = QRegularExpression::escape(piece);
            m_patterns << QRegularExpression(
                QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".+"))),
                QRegularExpression::DotMatchesEverythingOption);
        }
        if (differs && !source.contains(QLatin1Char('%')))
            m_differing.insert(withoutMnemonic(source));
    }

    QHash<QString, QStringList> m_translations; // context + \x04 + source
    QSet<QString> m_exact;
    QList<QRegularExpression> m_wholeTexts; // every translation without placeholders, as a whole word
    QSet<QString> m_differing;
    QList<QRegularExpression> m_patterns;
};

// Every text of the bundled catalog a window shows as it is: names, taglines, reviews, licenses...
inline QStringList catalogTexts()
{
    QFile file(QStringLiteral(SHIPORSKIP_SOURCE_DIR "/resources/feed/bundled-feed.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled feed missing");
    const QJsonObject feed = QJsonDocument::fromJson(file.readAll()).object();
    QStringList texts{feed.value(QLatin1String("feedId")).toString()};
    const QList<std::pair<const char*, QStringList>> shown{
        {"lenses", {"name", "summary"}},
        {"tools",
         {"name", "vendor", "category", "tagline", "description", "pricingNote", "license", "deployment",
          "parameterSizes"}},
        {"reviews", {"text", "author"}},
        {"comparisons", {"title"}},
    };
    for (const auto& [section, fields] : shown) {
        for (const QJsonValue record : feed.value(QLatin1String(section)).toArray()) {
            for (const QString& field : fields) {
                const QJsonValue value = record.toObject().value(field);
                if (value.isArray()) {
                    for (const QJsonValue item : value.toArray())
                        texts << item.toString();
                } else if (value.isString()) {
                    texts << value.toString();
                }
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    // Longest first, so a name inside a longer title does not break the title apart.
    std::sort(texts.begin(), texts.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return texts;
}

} // namespace sos::test
