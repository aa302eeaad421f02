// SPDX-License-Identifier: GPL-3.0-or-later
// One row reader per type: the columns a SELECT names for it, the tables they come from, and their
// mapping onto the struct, written once (as Strawberry's Song has its columns beside it). Every read
// of the type, the store's and the feed server's, goes through it:
//
//   "SELECT " + RowReader<Lens>::columns() + " FROM " + RowReader<Lens>::from() + " WHERE l.id = ?"
//   ... RowReader<Lens>::read(query)
//
// The tables keep fixed aliases (l lenses, t tools, r reviews, c comparisons, v vote_tallies,
// h tally_history, o vote_outbox), so a query can add its own conditions and joins. read() starts at
// column `first`: a query may put two types side by side (a review, then its lens).
#pragma once

#include <domain/Domain.h>

#include <QString>

class QSqlQuery;

namespace sos {

template <typename Row> struct RowReader; // specialised for each type below

template <> struct RowReader<Lens>
{
    static constexpr int width = 5;
    static QString columns();
    static QString from();
    static Lens read(const QSqlQuery& query, int first = 0);
};

// The whole tool, from its table.
template <> struct RowReader<Tool>
{
    static constexpr int width = 12;
    static QString columns();
    static QString from();
    static Tool read(const QSqlQuery& query, int first = 0);
};

// A catalog row: the tool without its long texts (description, pricing note), with its figures, from
// the view tool_summary (not aliased: a catalog query's own SQL names its columns unqualified).
template <> struct RowReader<ToolSummary>
{
    static constexpr int width = 15;
    static QString columns();
    static QString from();
    static ToolSummary read(const QSqlQuery& query, int first = 0);
};

// A review with the ids of its tool and lens (r joined to t and l).
template <> struct RowReader<Review>
{
    static constexpr int width = 8;
    static QString columns();
    static QString from();
    static Review read(const QSqlQuery& query, int first = 0);
};

// A tally with the ids of its comparison and tool (v joined to c and t).
template <> struct RowReader<Tally>
{
    static constexpr int width = 4;
    static QString columns();
    static QString from();
    static Tally read(const QSqlQuery& query, int first = 0);
};

// A point of a comparison's vote history (h joined to c and t).
template <> struct RowReader<TallyPoint>
{
    static constexpr int width = 3;
    static QString columns();
    static QString from();
    static TallyPoint read(const QSqlQuery& query, int first = 0);
};

// The user's vote in the outbox (o joined to c and t).
template <> struct RowReader<MyVote>
{
    static constexpr int width = 8;
    static QString columns();
    static QString from();
    static MyVote read(const QSqlQuery& query, int first = 0);
};

// Comparisons are read with their tools, a row per tool: Catalog's readComparisons groups them.

// A read of whole rows of one type: "SELECT <its columns> FROM <its tables> <rest>".
template <typename Row> QString selectRowsOf(const QString& rest)
{
    return QStringLiteral("SELECT ") + RowReader<Row>::columns() + QStringLiteral(" FROM ") +
           RowReader<Row>::from() + QLatin1Char(' ') + rest;
}

} // namespace sos
