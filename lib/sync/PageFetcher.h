// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's next page, fetched and parsed on a thread of its own while the sync writes the page
// before it (docs/ARCHITECTURE.md "The sync's apply"). On the sync's own thread a reply's body only
// moves while that thread's event loop runs, so a page asked for ahead arrived no sooner than one
// asked for after the write; here it does: the network, the server and the parse overlap the write.
#pragma once

#include "HttpJob.h"
#include <feed/Feed.h>

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace sos {

// A page as fetched: the answer, and for a JSON answer that is ok, the parsed document.
struct FetchedPage
{
    HttpResult result;
    std::optional<Result<FeedDocument>> feed; // parsed when the answer was ok and JSON
    QJsonObject page;                         // its top level (next, hasMore, since…)
};

class PageFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit PageFetcher(QObject* parent = nullptr);
    ~PageFetcher() override; // stops the thread; a page still coming is dropped

    // Fetches request (up to maxBytes) and parses it, then calls done on this object's thread. One
    // page at a time: a fetch drops the one before it, whose done is never called.
    void fetch(const QNetworkRequest& request, qint64 maxBytes, std::function<void(FetchedPage)> done);
    // Stops the page coming, if any; its done is never called.
    void cancel();

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint64 m_generation = 0; // of the last fetch or cancel: older answers are dropped
};

} // namespace sos
