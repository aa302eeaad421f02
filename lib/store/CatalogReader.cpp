// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogReader.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace sos {

// Lives in the reader's thread: its store's connection belongs to that thread.
class CatalogReaderWorker final : public QObject
{
    Q_OBJECT

public:
    CatalogReaderWorker(QString path, std::shared_ptr<CatalogReader::Shared> shared)
        : m_path(std::move(path))
        , m_shared(std::move(shared))
    {}

    void run(quint64 generation, const sos::CatalogRequest& request);
    // Reads the rows asked for by the last fetchMore(), if any still waits.
    void serveMoreRows();

Q_SIGNALS:
    void pageReady(const sos::CatalogPage& page);
    void countReady(quint64 generation, int total);
    void facetsReady(const sos::CatalogFacets& facets);
    void snippetsReady(const sos::CatalogSnippets& snippets);
    void failed(const QString& message);

private:
    void snippetsFor(quint64 generation, const ToolQuery& query, const QList<ToolSummary>& rows);
    bool stale(quint64 generation) const { return generation != m_shared->latest.load(); }
    // Before each query: the tests' hook, then whether the request is still current.
    bool proceed(quint64 generation, CatalogReader::Step step)
    {
        serveMoreRows();
        if (m_shared->stepHook)
            m_shared->stepHook(generation, step);
        return !stale(generation);
    }
    // Marks generation as running and opens the store; false when stale or the store cannot open.
    bool begin(quint64 generation);
    // Opens the store on first use, in this thread; false (and failed() once) when it cannot.
    bool openStore();
    // SQLite's progress handler: a non-zero answer stops the running statement.
    static int stopWhenStale(void* worker);

    QString m_path;
    std::shared_ptr<CatalogReader::Shared> m_shared;
    std::unique_ptr<Store> m_store;
    bool m_failed = false;
    std::atomic<quint64> m_running{0};
    std::pair<quint64, int> m_counted{0, -1}; // the last request counted, and its count
};

int CatalogReaderWorker::stopWhenStale(void* worker)
{
    const auto* self = static_cast<const CatalogReaderWorker*>(worker);
    if (self->m_shared->stepHook)
        self->m_shared->stepHook(self->m_running.load(), CatalogReader::Step::Running);
    if (!self->stale(self->m_running.load()))
        return 0;
    ++self->m_shared->stopped;
    return 1;
}

bool CatalogReaderWorker::begin(quint64 generation)
{
    if (stale(generation))
        return false;
    m_running = generation;
    return openStore();
}

bool CatalogReaderWorker::openStore()
{
    if (m_store || m_failed)
        return m_store != nullptr;
    auto opened = Store::open(m_path);
    if (!opened) {
        m_failed = true;
        Q_EMIT failed(opened.errorMessage());
        return false;
    }
    m_store = std::move(opened).value();
    // This connection reads the same pages over and over as the user types: a page cache of up to
    // 64 MiB keeps a large catalog's tools, figures and index in memory between queries (SQLite's
    // default is 2 MiB). It writes nothing to the store, only the search's matches to a temporary
    // table of its own (Catalog::holdSearch), kept in memory.
    for (const char* pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"})
        (void)exec(m_store->database().connection(), QString::fromLatin1(pragma), "configuring the reader");
    // Every 2,000 steps of SQLite's virtual machine: well under a millisecond.
    if (sqlite3* db = sqliteHandle(m_store->database().connection()))
        sqlite3_progress_handler(db, 2000, &CatalogReaderWorker::stopWhenStale, this);
    return true;
}

void CatalogReaderWorker::run(quint64 generation, const CatalogRequest& request)
{
    if (!begin(generation))
        return;
    // The search's matches are read once, for the count, the rows and the facets that follow.
    const std::optional<int> held = m_store->catalog().holdSearch(request.query);
    if (stale(generation))
        return;
    // A search alone is counted first (its held matches are its count), and the count tells the store
    // how best to read the first page; other queries show their rows before they are counted. A count
    // the asker already knows is not read again.
    int total = request.knownTotal;
    if (total < 0 && held && Catalog::isSearchOnly(request.query))
        total = *held;
    if (total < 0 && Catalog::isSearchOnly(request.query)) {
        if (!proceed(generation, CatalogReader::Step::Count))
            return;
        total = m_store->catalog().countTools(request.query);
    }
    if (!proceed(generation, CatalogReader::Step::Page))
        return;
    CatalogPage page{generation, 0, m_store->catalog().fetchTools(request.query, 0, request.limit, total), -1,
                     true};
    if (stale(generation))
        return;
    if (!request.keepToolId.isEmpty()) {
        const auto found = std::find_if(page.rows.cbegin(), page.rows.cend(), [&](const ToolSummary& row) {
            return row.tool.id == request.keepToolId;
        });
        page.keptRow = found == page.rows.cend() ? -1 : static_cast<int>(found - page.rows.cbegin());
        // Not on the first page and the page is full: the tool may be further on.
        page.keptResolved = page.keptRow >= 0 || page.rows.size() < request.limit;
    }
    Q_EMIT pageReady(page);

    if (total < 0) {
        if (!proceed(generation, CatalogReader::Step::Count))
            return;
        const bool shortPage = page.rows.size() < request.limit;
        total = shortPage ? static_cast<int>(page.rows.size()) : m_store->catalog().countTools(request.query);
        if (stale(generation))
            return;
    }
    m_counted = {generation, total};
    Q_EMIT countReady(generation, total);

    if (!page.keptResolved) {
        // Where the tool is, then the rows up to it, so that the window can select it.
        CatalogPage rest{generation, static_cast<int>(page.rows.size()), {}, -1, true};
        if (!proceed(generation, CatalogReader::Step::Position))
            return;
        const int position = m_store->catalog().positionOfTool(request.query, request.keepToolId);
        if (stale(generation))
            return;
        if (position >= rest.offset) {
            const int pages = (position - rest.offset) / request.limit + 1;
            rest.rows =
                m_store->catalog().fetchTools(request.query, rest.offset, pages * request.limit, total);
            if (stale(generation))
                return;
            rest.keptRow = position;
        }
        Q_EMIT pageReady(rest);
    }

    if (!request.withFacets)
        return;
    CatalogFacets facets;
    facets.generation = generation;
    if (!proceed(generation, CatalogReader::Step::Facets))
        return;
    facets.counts = m_store->catalog().facetCounts(request.query, total);
    if (stale(generation))
        return;
    facets.toolCount = m_store->catalog().toolCount();
    if (stale(generation))
        return;
    Q_EMIT facetsReady(facets);
    snippetsFor(generation, request.query, page.rows);
}

void CatalogReaderWorker::snippetsFor(quint64 generation, const ToolQuery& query,
                                      const QList<ToolSummary>& rows)
{
    const QStringList terms =
        readSearch(query.search, m_store->catalog().searchContext(query.search).lenses).highlightTerms();
    if (terms.isEmpty() || rows.isEmpty())
        return;
    QStringList ids;
    for (const ToolSummary& row : rows)
        ids << row.tool.id;
    CatalogSnippets snippets{
        generation, m_store->catalog().reviewSnippets(terms, ids, snippetMarkOpen, snippetMarkClose)};
    if (!stale(generation) && !snippets.byToolId.isEmpty())
        Q_EMIT snippetsReady(snippets);
}

void CatalogReaderWorker::serveMoreRows()
{
    std::optional<CatalogReader::MoreRows> more;
    {
        const QMutexLocker lock(&m_shared->mutex);
        more.swap(m_shared->more);
    }
    if (!more || stale(more->generation) || !openStore())
        return;
    const quint64 running = m_running.exchange(more->generation);
    const int total = m_counted.first == more->generation ? m_counted.second : -1;
    CatalogPage page{more->generation,
                     more->offset,
                     m_store->catalog().fetchTools(more->query, more->offset, more->limit, total),
                     -1,
                     true,
                     true};
    if (!stale(more->generation)) {
        Q_EMIT pageReady(page);
        snippetsFor(more->generation, more->query, page.rows);
    }
    m_running = running;
}

CatalogReader::CatalogReader(const QString& path, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<sos::CatalogPage>();
    qRegisterMetaType<sos::CatalogFacets>();
    qRegisterMetaType<sos::CatalogSnippets>();
    qRegisterMetaType<sos::CatalogRequest>();
    qRegisterMetaType<sos::ToolQuery>();
    m_thread.setObjectName(QStringLiteral("CatalogReader"));
    m_worker = new CatalogReaderWorker(path, m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CatalogReaderWorker::pageReady, this, &CatalogReader::pageReady);
    connect(m_worker, &CatalogReaderWorker::countReady, this, &CatalogReader::countReady);
    connect(m_worker, &CatalogReaderWorker::facetsReady, this, &CatalogReader::facetsReady);
    connect(m_worker, &CatalogReaderWorker::snippetsReady, this, &CatalogReader::snippetsReady);
    connect(m_worker, &CatalogReaderWorker::failed, this, &CatalogReader::failed);
    m_thread.start();
}

CatalogReader::~CatalogReader()
{
    ++m_shared->latest; // whatever runs is stale: it stops at its next progress check
    m_thread.quit();
    m_thread.wait();
}

quint64 CatalogReader::request(const CatalogRequest& request)
{
    const quint64 generation = ++m_shared->latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, request] { worker->run(generation, request); },
        Qt::QueuedConnection);
    return generation;
}

void CatalogReader::fetchMore(quint64 generation, const ToolQuery& query, int offset, int limit)
{
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->more = MoreRows{generation, query, offset, limit};
    }
    QMetaObject::invokeMethod(m_worker, &CatalogReaderWorker::serveMoreRows, Qt::QueuedConnection);
}

} // namespace sos

#include "CatalogReader.moc"
