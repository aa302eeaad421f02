// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFloor.h"

#include "ChildProcess.h"
#include <store/Database.h>
#include <store/Store.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

namespace sos::bench {

namespace {

const QString sqlite = QStringLiteral("/usr/bin/sqlite3");

void removeFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The store made as the app makes it, then stripped to what a sync's shadows are: no triggers, no rows.
QString prepareStore(const QString& path)
{
    auto opened = sos::Store::open(path);
    if (!opened)
        return opened.errorMessage();
    const QSqlDatabase db = opened.value()->database().connection();
    QStringList statements{QStringLiteral("PRAGMA foreign_keys = OFF")};
    QSqlQuery triggers(db);
    if (!triggers.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'")))
        return QStringLiteral("cannot list the triggers");
    while (triggers.next())
        statements << QStringLiteral("DROP TRIGGER %1").arg(triggers.value(0).toString());
    for (const char* table : {"comparison_tools", "vote_tallies", "tally_history", "reviews", "comparisons",
                              "tool_figures", "search_stale", "tools", "lenses"})
        statements << QStringLiteral("DELETE FROM %1").arg(QLatin1String(table));
    statements << QStringLiteral("INSERT INTO tool_search (tool_search) VALUES ('delete-all')");
    for (const QString& statement : statements) {
        if (auto done = sos::exec(db, statement, "preparing the floor's store"); !done)
            return done.errorMessage();
    }
    return {};
}

// The same rows as the feed's records, keys looked up by id as the sync does.
const char* const writeScript = R"(PRAGMA foreign_keys = OFF;
BEGIN;
INSERT INTO lenses (id, name, summary, position, updated_at)
  SELECT id, name, summary, position, updated_at FROM csv.lenses;
INSERT INTO tools (id, name, vendor, category, tagline, description, pricing, pricing_note, license,
                   deployment, parameter_sizes, updated_at)
  SELECT id, name, vendor, category, tagline, description, pricing, pricing_note, license, deployment,
         parameter_sizes, updated_at FROM csv.tools;
INSERT INTO reviews (id, tool_pk, lens_pk, verdict, text, author, created_at, updated_at)
  SELECT r.id, t.pk, l.pk, r.verdict, r.text, r.author, r.created_at, r.updated_at
  FROM csv.reviews r JOIN tools t ON t.id = r.tool_id JOIN lenses l ON l.id = r.lens_id;
INSERT INTO comparisons (id, title, updated_at) SELECT id, title, updated_at FROM csv.comparisons;
INSERT INTO comparison_tools (comparison_pk, tool_pk, position)
  SELECT c.pk, t.pk, j.key FROM csv.comparisons cc JOIN comparisons c ON c.id = cc.id,
         json_each('["' || replace(cc.tool_ids, ',', '","') || '"]') j JOIN tools t ON t.id = j.value;
INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)
  SELECT c.pk, t.pk, v.votes, v.updated_at
  FROM csv.tallies v JOIN comparisons c ON c.id = v.comparison_id JOIN tools t ON t.id = v.tool_id;
INSERT INTO tally_history (comparison_pk, tool_pk, recorded_at, votes)
  SELECT comparison_pk, tool_pk, updated_at, votes FROM vote_tallies;
INSERT INTO tool_figures (tool_pk, panel_ships, panel_reviews, community_votes, community_total)
  SELECT t.pk,
         (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship'),
         (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk),
         (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = t.pk),
         (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk IN
           (SELECT ct.comparison_pk FROM comparison_tools ct WHERE ct.tool_pk = t.pk))
  FROM tools t;
INSERT INTO search_stale (tool_pk) SELECT pk FROM tools;
COMMIT;
)";

} // namespace

SqliteFloor measureSqliteFloor(const QString& work, const QList<std::pair<QString, QString>>& csvFiles,
                               qint64 tools)
{
    SqliteFloor floor;
    const QDir dir(work);
    const QString store = dir.filePath(QStringLiteral("floor.db"));
    const QString csv = dir.filePath(QStringLiteral("floor-csv.db"));
    const QString script = dir.filePath(QStringLiteral("floor-write.sql"));
    auto cleanUp = [&] {
        removeFiles(store);
        removeFiles(csv);
        QFile::remove(script);
    };
    cleanUp();
    auto fail = [&](const QString& why) {
        cleanUp();
        floor.error = why;
        return floor;
    };

    if (const QString prepared = prepareStore(store); !prepared.isEmpty())
        return fail(prepared);
    QStringList importArguments{QStringLiteral("-cmd"), QStringLiteral(".mode csv"), csv};
    for (const auto& [table, file] : csvFiles)
        importArguments << QStringLiteral(".import %1 %2").arg(file, table);
    if (const ChildResult imported = runChild(sqlite, importArguments); !imported.ok())
        return fail(QStringLiteral("sqlite3 .import: %1").arg(imported.describe()));
    QFile scriptFile(script);
    if (!scriptFile.open(QIODevice::WriteOnly) ||
        scriptFile.write(QStringLiteral("ATTACH '%1' AS csv;\n").arg(csv).toUtf8() + writeScript) < 0)
        return fail(QStringLiteral("cannot write %1").arg(script));
    scriptFile.close();

    const ChildResult written = runChild(sqlite, {store, QStringLiteral(".read %1").arg(script)});
    if (!written.ok())
        return fail(QStringLiteral("sqlite3 writing the rows: %1").arg(written.describe()));
    const ChildResult indexed =
        runChild(sqlite, {store, QStringLiteral("INSERT INTO tool_search (tool_search) VALUES ('rebuild')")});
    if (!indexed.ok())
        return fail(QStringLiteral("sqlite3 building the index: %1").arg(indexed.describe()));
    // The floor counts only if it did the whole work.
    const ChildResult counted = runChild(
        sqlite, {store, QStringLiteral(
                            "SELECT count(*) FROM tools WHERE pk IN (SELECT id FROM tool_search_docsize)")});
    if (!counted.ok() || counted.out.trimmed().toLongLong() != tools)
        return fail(QStringLiteral("the floor's store holds %1 indexed tools, not %2")
                        .arg(QString::fromUtf8(counted.out.trimmed()))
                        .arg(tools));
    floor.ok = true;
    floor.writeMs = written.wallMs;
    floor.indexMs = indexed.wallMs;
    cleanUp();
    return floor;
}

} // namespace sos::bench
