// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's queries, run on a thread of their own with a connection of their own, so that the
// window's thread never waits on SQLite while the user types or clicks (issue #8: a broad search over
// 100,000 tools takes SQLite tens of milliseconds, more than a frame).
//
// Each request gets a generation number and supersedes every earlier one: the thread skips requests
// that are already stale, and a statement of a stale request still running is stopped by SQLite's
// progress handler (checked every few thousand virtual-machine steps, in the reading thread itself, so
// a current request is never stopped by mistake). Results are streamed in the order a person needs
// them: the table's rows first, then how many there are, then the facets' counts. Each result carries
// its generation; a receiver drops those older than the last request it made.
//
// The store file is read through SQLite's write-ahead log, so the reading connection sees every commit
// of the window's own connection, and a long write (a sync's apply) never blocks it.
#pragma once

#include "Store.h"
#include "ToolQuery.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sos {

class CatalogReaderWorker;

struct CatalogRequest
{
    ToolQuery query;
    int limit = 256;    // rows of the first page (more when keepToolId needs them)
    QString keepToolId; // when set, the page reaches far enough to hold this tool, if it is shown
    bool withFacets = true;
    int knownTotal = -1; // the query's count when the asker knows it (a new sort of the same rows)
};

struct CatalogPage
{
    quint64 generation = 0;
    int offset = 0;
    QList<ToolSummary> rows;
    int keptRow = -1;         // the row of the request's keepToolId, or -1 when not (yet) found
    bool keptResolved = true; // false: not on this page, and a later page says where it is
    // An answer to fetchMore(): only such a page, empty, says the rows end here (the rows up to a
    // tool to keep are empty when the query leaves the tool out, however many rows follow).
    bool more = false;
};

// Where in its reviews each tool of a page matched the search: FTS5's snippet, the matches between
// snippetMarkOpen and snippetMarkClose; only the tools whose reviews hold a searched word.
inline constexpr QChar snippetMarkOpen = QChar(0x2);
inline constexpr QChar snippetMarkClose = QChar(0x3);
struct CatalogSnippets
{
    quint64 generation = 0;
    QHash<QString, QString> byToolId;
};

struct CatalogFacets
{
    quint64 generation = 0;
    Catalog::AllFacetCounts counts{};
    int toolCount = 0; // every tool of the store, for "Showing N of M"
};

class CatalogReader final : public QObject
{
    Q_OBJECT

public:
    // Reads the store file at path (opened, and migrated, by the caller's Store first).
    explicit CatalogReader(const QString& path, QObject* parent = nullptr);
    ~CatalogReader() override;

    // Asks for the first page of a query, then its count, then (withFacets) the facets' counts.
    // Returns the request's generation; every earlier request is stale from now on.
    quint64 request(const CatalogRequest& request);
    // Asks for more rows of the query of generation (stale when a newer request was made since). Served
    // before the facets' counts still to come for that request: a scrolling view waits for nothing else.
    void fetchMore(quint64 generation, const ToolQuery& query, int offset, int limit);
    quint64 latestGeneration() const { return m_shared->latest.load(); }

    // How many statements were stopped midway because their request had gone stale.
    int statementsStopped() const { return m_shared->stopped.load(); }
    // Tests: called on the reader's thread before each query of a request, and from inside a running
    // statement at each progress check (Running); set before any request.
    enum class Step
    {
        Page,
        Count,
        Position,
        Facets,
        Running
    };
    void setStepHookForTesting(std::function<void(quint64 generation, Step step)> hook)
    {
        m_shared->stepHook = std::move(hook);
    }

Q_SIGNALS:
    void pageReady(const sos::CatalogPage& page);
    void countReady(quint64 generation, int total);
    void facetsReady(const sos::CatalogFacets& facets);
    // After the facets (or the rows fetched later): the page's snippets, when the search has words.
    void snippetsReady(const sos::CatalogSnippets& snippets);
    // The reading connection could not be opened (the path is shown in the message).
    void failed(const QString& message);

public:
    // What the reader and its thread share.
    struct MoreRows
    {
        quint64 generation = 0;
        ToolQuery query;
        int offset = 0;
        int limit = 0;
    };
    struct Shared
    {
        std::atomic<quint64> latest{0};
        QMutex mutex; // guards more
        std::optional<MoreRows> more;
        std::atomic<int> stopped{0};
        std::function<void(quint64, Step)> stepHook;
    };

private:
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    CatalogReaderWorker* m_worker = nullptr;
};

} // namespace sos

Q_DECLARE_METATYPE(sos::CatalogPage)
Q_DECLARE_METATYPE(sos::CatalogFacets)
Q_DECLARE_METATYPE(sos::CatalogSnippets)
Q_DECLARE_METATYPE(sos::CatalogRequest)
Q_DECLARE_METATYPE(sos::ToolQuery)
