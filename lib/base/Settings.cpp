// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

#include <map>

namespace sos {

namespace {

struct Entry
{
    const char* path;
    QVariant defaultValue;
};

const std::map<Settings::Key, Entry>& entries()
{
    static const std::map<Settings::Key, Entry> table{
        {Settings::Key::WindowGeometry, {"window/geometry", QByteArray()}},
        {Settings::Key::WindowState, {"window/state", QByteArray()}},
        {Settings::Key::MainSplitter, {"window/mainSplitter", QByteArray()}},
        {Settings::Key::SideSplitter, {"window/sideSplitter", QByteArray()}},
        {Settings::Key::CatalogHeader, {"catalog/header", QByteArray()}},
        {Settings::Key::CatalogSortColumn, {"catalog/sortColumn", 0}},
        {Settings::Key::CatalogSortDescending, {"catalog/sortDescending", false}},
        {Settings::Key::SelectedToolId, {"catalog/selectedTool", QString()}},
        {Settings::Key::OpenComparisons, {"comparisons/open", QStringList()}},
        {Settings::Key::CurrentTab, {"comparisons/currentTab", 0}},
        {Settings::Key::ExportCharts, {"export/charts", true}},
        {Settings::Key::ExportScorecards, {"export/scorecards", true}},
        {Settings::Key::ExportVoteHistory, {"export/voteHistory", true}},
        {Settings::Key::ExportPageSize, {"export/pageSize", QString()}}, // empty: from the locale
        {Settings::Key::ExportFolder, {"export/folder", QString()}},
        {Settings::Key::FeedUrl,
         {"feed/url", QString()}}, // the token is never here: it lives in the keychain
        {Settings::Key::SyncOnStart, {"feed/syncOnStart", false}},
        {Settings::Key::EditorDraftId, {"editor/draft", QString()}},
        {Settings::Key::EditorSplitter, {"editor/splitter", QByteArray()}},
        {Settings::Key::ReviewerName, {"editor/reviewer", QString()}},
        {Settings::Key::Language, {"appearance/language", QString()}},
        {Settings::Key::Theme, {"appearance/theme", QStringLiteral("system")}},
        {Settings::Key::RankingProfile, {"decisions/profile", QString()}},
        {Settings::Key::DecidedBy, {"decisions/by", QString()}},
        {Settings::Key::BackgroundSync, {"feed/backgroundSync", true}},
        {Settings::Key::SyncIntervalHours, {"feed/syncIntervalHours", 6}},
        {Settings::Key::SyncFailures, {"feed/syncFailures", 0}},
        {Settings::Key::NextSyncAttemptAt, {"feed/nextSyncAttemptAt", QString()}},
        {Settings::Key::NotifyWatchedChanges, {"notifications/watchedChanges", true}},
    };
    return table;
}

} // namespace

std::unique_ptr<Settings> Settings::createDefault(QObject* parent)
{
    return std::unique_ptr<Settings>(
        new Settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                 QStringLiteral("ShipOrSkip"), QStringLiteral("ShipOrSkip")),
                     parent));
}

std::unique_ptr<Settings> Settings::createForFile(const QString& path, QObject* parent)
{
    return std::unique_ptr<Settings>(
        new Settings(std::make_unique<QSettings>(path, QSettings::IniFormat), parent));
}

Settings::Settings(std::unique_ptr<QSettings> settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{}

Settings::~Settings() = default;

QString Settings::keyPath(Key key)
{
    return QString::fromLatin1(entries().at(key).path);
}
QVariant Settings::defaultValue(Key key)
{
    return entries().at(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant stored = m_settings->value(keyPath(key), fallback);
    // INI files keep everything as text: hand values back in the type of their default.
    if (fallback.isValid() && stored.metaType() != fallback.metaType() &&
        stored.canConvert(fallback.metaType()))
        stored.convert(fallback.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(keyPath(key)) == value)
        return;
    m_settings->setValue(keyPath(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyPath(key));
    Q_EMIT changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}
void Settings::sync()
{
    m_settings->sync();
}

} // namespace sos
