// SPDX-License-Identifier: GPL-3.0-or-later
// Saved searches and the shortlist (issue #19; 013_saved_searches.sql). A saved search is the search
// box's text as typed, the facets' selections and the sort, under a name unique whatever its case; the
// shortlist is the tools put aside to compare, each once, in the order added. The window and the
// command line read and write both through the store, so a change by one shows in the other.
//
//   store->savedSearches().save(SavedSearch::fromQuery("Free coding", query));
//   if (auto saved = store->savedSearches().find("free coding"))  catalog.fetchTools(saved->toQuery(), 0,
//   50); store->shortlist().add("cursor");
#pragma once

#include "ToolQuery.h"
#include <base/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sos {

class Database;

struct SavedSearch
{
    QString name;
    QString query;                            // the search text as the user typed it
    std::array<QStringList, 5> facetValues{}; // per Facet, as ToolQuery has them
    ToolSort sort = ToolSort::Name;
    bool descending = false;
    QDateTime createdAt; // set by the store
    QDateTime updatedAt;

    QStringList& values(Facet facet) { return facetValues[static_cast<std::size_t>(facet)]; }
    const QStringList& values(Facet facet) const { return facetValues[static_cast<std::size_t>(facet)]; }

    // The search as the catalog runs it (no comparison, not only the watched tools).
    ToolQuery toQuery() const;
    // What of query a saved search keeps: its text, facets and sort.
    static SavedSearch fromQuery(const QString& name, const ToolQuery& query);

    friend bool operator==(const SavedSearch&, const SavedSearch&) = default;
};

class SavedSearches final
{
    Q_DECLARE_TR_FUNCTIONS(sos::SavedSearches)

public:
    static constexpr int maximumNameLength = 200;

    explicit SavedSearches(Database& database);

    // Saves search under its name (trimmed). A search of that name already saved, in any case, is an
    // error of kind Conflict unless replace is true: then it is replaced, keeping its creation time
    // and taking the new name's case.
    Result<void> save(const SavedSearch& search, bool replace = false);
    // NotFound when there is no search of that name, Conflict when newName belongs to another.
    Result<void> rename(const QString& name, const QString& newName);
    // True when there was one of that name.
    Result<bool> remove(const QString& name);
    QList<SavedSearch> list() const; // by name case-folded, letter by letter (Z before É)
    QStringList names() const;
    // Whatever the name's case.
    std::optional<SavedSearch> find(const QString& name) const;

    // The error for a name that cannot be one, or nothing ("", only spaces, too long).
    static std::optional<Error> checkName(const QString& name);

private:
    Database& m_database;
};

struct ShortlistEntry
{
    QString toolId;
    QDateTime addedAt;

    friend bool operator==(const ShortlistEntry&, const ShortlistEntry&) = default;
};

class Shortlist final
{
public:
    explicit Shortlist(Database& database);

    // True when it was not on the shortlist before (it goes last).
    Result<bool> add(const QString& toolId);
    // True when it was on it.
    Result<bool> remove(const QString& toolId);
    Result<void> clear();
    bool contains(const QString& toolId) const;
    QList<ShortlistEntry> entries() const; // in the order added
    QStringList toolIds() const;           // the same order

private:
    Database& m_database;
};

} // namespace sos
