// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWorker.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace sos {

namespace {

// What lives on the worker's thread: made there, used there, deleted there.
class SyncContext final : public QObject
{
public:
    explicit SyncContext(QString storePath)
        : m_storePath(std::move(storePath))
    {}

    // On the worker's thread: the store opened (its own connection), then the sync started.
    void run(SyncWorker* worker, const SyncOptions& options)
    {
        if (!m_engine) {
            auto store = Store::open(m_storePath);
            if (!store) {
                QMetaObject::invokeMethod(worker, [worker, error = store.error()] {
                    Q_EMIT worker->finished(Result<SyncSummary>(error));
                });
                return;
            }
            m_store = std::move(store.value());
            m_network = std::make_unique<QNetworkAccessManager>();
            m_engine = std::make_unique<SyncEngine>(*m_store, *m_network);
            // Queued to the worker's own thread (the one that made it).
            connect(m_engine.get(), &SyncEngine::progress, worker, &SyncWorker::progress);
            connect(m_engine.get(), &SyncEngine::published, worker, &SyncWorker::published);
            connect(m_engine.get(), &SyncEngine::finished, worker, &SyncWorker::finished);
        }
        m_engine->start(options);
    }

    // On the engine's thread, where SyncEngine::cancel runs: between two of the sync's steps, each a
    // short transaction at most, so a cancel waits for one step.
    void cancel()
    {
        if (m_engine)
            m_engine->cancel();
    }

    ~SyncContext() override
    {
        // The engine before the network and the store it uses.
        m_engine.reset();
        m_network.reset();
        m_store.reset();
    }

private:
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

SyncWorker::SyncWorker(QString storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<Result<SyncSummary>>();
    connect(this, &SyncWorker::finished, this, [this] { m_running = false; });
}

SyncWorker::~SyncWorker()
{
    if (!m_thread)
        return;
    cancel();
    // The context is deleted on its own thread when the thread's loop ends.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SyncWorker::start(const SyncOptions& options)
{
    Q_ASSERT(!m_running);
    m_running = true;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("sync"));
        auto* context = new SyncContext(m_storePath);
        context->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
        m_context = context;
        m_thread->start();
    }
    QMetaObject::invokeMethod(m_context, [context = static_cast<SyncContext*>(m_context), this, options] {
        context->run(this, options);
    });
}

void SyncWorker::cancel()
{
    if (!m_running || !m_context)
        return;
    QMetaObject::invokeMethod(m_context,
                              [context = static_cast<SyncContext*>(m_context)] { context->cancel(); });
}

} // namespace sos
