// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFetcher.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace sos {

// Lives on the fetcher's thread, with the network access made there.
class PageFetcher::Worker final : public QObject
{
public:
    void fetch(const QNetworkRequest& request, qint64 maxBytes, std::function<void(FetchedPage)> done)
    {
        cancel();
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        auto* job = new HttpJob(*m_network, request, "GET", {}, maxBytes, this);
        m_job = job;
        connect(job, &HttpJob::finished, this, [job, done = std::move(done)](const HttpResult& result) {
            job->deleteLater();
            FetchedPage fetched{result, std::nullopt, {}};
            if (result.kind == HttpResult::Kind::Ok &&
                (result.contentType.isEmpty() || result.contentType.contains("json"))) {
                fetched.feed = FeedParser::parse(result.body, &fetched.page);
                fetched.result.body.clear(); // parsed: not needed twice
            }
            done(std::move(fetched));
        });
        job->start();
    }

    void cancel()
    {
        if (m_job) {
            m_job->disconnect(this);
            m_job->cancel();
            m_job->deleteLater();
        }
    }

private:
    QNetworkAccessManager* m_network = nullptr;
    QPointer<HttpJob> m_job;
};

PageFetcher::PageFetcher(QObject* parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("PageFetcher"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PageFetcher::~PageFetcher()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void PageFetcher::fetch(const QNetworkRequest& request, qint64 maxBytes,
                        std::function<void(FetchedPage)> done)
{
    const quint64 generation = ++m_generation;
    QPointer<PageFetcher> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, maxBytes, self, generation,
                                         done = std::move(done)]() mutable {
        worker->fetch(request, maxBytes,
                      [self, generation, done = std::move(done)](FetchedPage page) mutable {
                          if (!self)
                              return;
                          // Back on the fetcher's own thread, where a newer fetch or a cancel may have come
                          // since.
                          QMetaObject::invokeMethod(self.data(), [self, generation, done = std::move(done),
                                                                  page = std::move(page)]() mutable {
                              if (self && self->m_generation == generation)
                                  done(std::move(page));
                          });
                      });
    });
}

void PageFetcher::cancel()
{
    ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

} // namespace sos
