// SPDX-License-Identifier: GPL-3.0-or-later
// Every record's compact JSON, ready to send (the server's own table feed_json), so that a page is put
// together by concatenation instead of reading each record into the domain types and writing it out
// again through QJsonObject (most of a page's time before; docs/feed-protocol.md "Serving a page").
//
// A row is the JSON of one change of the change log (its seq). Any write to a record moves the record
// to a new seq, so a row can never be served for a newer state of its record: it is no longer reached
// (and a trigger on the change log removes it). Two things change a record without a new seq, both by
// the deletion of another record: a comparison loses a deleted tool, and a tally goes with its tool or
// comparison. So a comparison's row keeps how many tools it was written with, a tally's row is used
// only while the tally exists, and the page checks both as it reads. A change without a usable row
// (written since the last fill, or changed as above) is read from the catalog and written out as
// before: the table makes a page faster, never different.
//
// The SQLite backend (SqliteBackend.h) fills it after each of its writes (an import, a vote, a
// scorecard) and when it starts; a full fill (rows dropped, every gap written) runs after an import that
// deletes. The PostgreSQL backend has no such cache: it writes each record's JSON with the record.
#pragma once

#include <store/ServerTables.h>
#include <store/Store.h>

#include <QByteArray>
#include <QHash>
#include <QList>

namespace sos::server {

class FeedJson final
{
public:
    explicit FeedJson(Store& store);

    // Creates the table in a store that does not have it yet (a store of an older server too).
    Result<void> migrate();

    enum class Scope
    {
        Newer, // the changes after the newest row: enough after a vote or a scorecard
        All    // also drops the rows no change reaches any more and writes every missing one
    };
    // Writes the JSON of the changes that lack it, in short transactions of a page's worth each;
    // returns how many rows it wrote.
    Result<qint64> fill(Scope scope);

    // A change of the log with its ready JSON, if it has one that is still right (empty otherwise).
    struct Change
    {
        ServerTables::Change change;
        QByteArray json;
    };
    // At most limit changes after since, in order.
    Result<QList<Change>> changesAfter(qint64 since, int limit) const;

    // The JSON of records read from the catalog now, by key(); a record that is gone has none. (A
    // tally's comparison's other tallies may come too.)
    using Record = std::pair<RecordKind, QString>;
    struct Written
    {
        QByteArray json;
        int parts = 0; // a comparison's tools
    };
    QHash<QString, Written> read(const QList<Record>& records) const;
    static QString key(RecordKind kind, const QString& id);

    // The compact bytes of a JSON object, exactly as QJsonDocument writes them inside a page.
    static QByteArray compact(const QJsonObject& object);

private:
    Store& m_store;
};

} // namespace sos::server
