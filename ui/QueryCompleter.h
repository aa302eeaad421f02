// SPDX-License-Identifier: GPL-3.0-or-later
// Completion of the query language in the search field: field names ("lic" → "license:"), then a
// field's values ("category:" → category:"Developer Tools", "lens:" → lens:buyer=skip), for the term
// under the cursor only; choosing one replaces that term and leaves the rest of the query as it was.
#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace sos {

class QueryCompleter final : public QObject
{
    Q_OBJECT

public:
    explicit QueryCompleter(QLineEdit* field);

    // The values the catalog has, for the fields that take them.
    void setValues(const QStringList& categories, const QStringList& licenses, const QStringList& deployments,
                   const QStringList& lensShortNames);

    // What completes the term ending at cursor in text, best first (empty: nothing to offer).
    QStringList candidates(const QString& text, int cursor) const;
    // The text once the term ending at cursor is replaced by completion, and where the cursor goes.
    static std::pair<QString, int> completed(const QString& text, int cursor, const QString& completion);

    QCompleter* completer() const { return m_completer; }

private:
    void offer();
    void insert(const QString& completion);
    static int termStart(const QString& text, int cursor);

    QLineEdit* m_field;
    QCompleter* m_completer;
    QStringListModel* m_model;
    QStringList m_values; // every "field:value" the catalog offers
};

} // namespace sos
