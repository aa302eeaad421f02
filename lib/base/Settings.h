// SPDX-License-Identifier: GPL-3.0-or-later
// Typed access to the user's settings, with one table of keys and defaults. Widgets never build a
// QSettings of their own.
#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace sos {

class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        MainSplitter,
        SideSplitter,
        CatalogHeader,
        CatalogSortColumn,
        CatalogSortDescending,
        SelectedToolId,
        OpenComparisons,
        CurrentTab,
        ExportCharts,
        ExportScorecards,
        ExportVoteHistory,
        ExportPageSize,
        ExportFolder,
        FeedUrl,
        SyncOnStart,
        EditorDraftId,
        EditorSplitter,
        ReviewerName,
        Language,       // a language code ("fr"), or empty for the system's; read once at start
        Theme,          // "system", "light" or "dark"; applied at once
        RankingProfile, // the criteria profile last chosen for ranking; empty for the store's default
        DecidedBy,      // the name last given to a recorded decision
        // The background sync (lib/sync/SyncSchedule): on by default, working once a feed is set.
        BackgroundSync,    // sync every SyncIntervalHours while the app runs, and at start when due
        SyncIntervalHours, // 1 to 168
        SyncFailures,      // background syncs failed in a row, for the backoff; 0 after a success
        NextSyncAttemptAt, // when the backoff allows the next attempt (ISO 8601, UTC); empty without
        // A desktop notification when a sync changes what the user watches (issue #18).
        NotifyWatchedChanges,
    };
    Q_ENUM(Key)

    // The settings file of the platform's usual place (an INI file on every platform).
    static std::unique_ptr<Settings> createDefault(QObject* parent = nullptr);
    // A given file, for tests and for a --settings option.
    static std::unique_ptr<Settings> createForFile(const QString& path, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    QString fileName() const;
    void sync();

    static QString keyPath(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(sos::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> settings, QObject* parent);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sos
