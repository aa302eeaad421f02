// SPDX-License-Identifier: GPL-3.0-or-later
// A SyncEngine on a thread of its own, with its own connection to the store's file and its own network
// access: the thread that starts it (the window's) only receives signals, and is never held by a page's
// write or a step of the search index. One sync at a time per worker.
//
//   SyncWorker worker(store.path());
//   connect(&worker, &SyncWorker::finished, ...);  worker.start(options);
#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QString>

class QThread;

namespace sos {

class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString storePath, QObject* parent = nullptr);
    // Cancels a sync still running and waits for its thread to end.
    ~SyncWorker() override;
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    void start(const SyncOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const sos::SyncProgress& progress);
    void published();
    void finished(const sos::Result<sos::SyncSummary>& result);

private:
    QString m_storePath;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; // lives on m_thread; owns the store, the network and the engine
    bool m_running = false;
};

} // namespace sos
