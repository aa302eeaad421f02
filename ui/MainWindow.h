// SPDX-License-Identifier: GPL-3.0-or-later
// The application shell: search, facets, the catalog table, the tool details and the comparisons.
#pragma once

#include <comparison/ComparisonModel.h>
#include <store/ChangeLog.h>

#include <QMainWindow>
#include <QSet>

#include <functional>

class QCheckBox;
class QDockWidget;
class QKeySequence;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTableView;
class QTimer;
class QToolButton;

namespace sos {

struct ToolQuery;
class CatalogReader;
struct CatalogFacets;
class ComparisonListModel;
class ComparisonView;
class ReportExporter;
class SavedSearchesPanel;
class ShortlistPanel;
struct SavedSearch;
class ScorecardEditor;
class SyncController;
class TokenStore;
class FacetPanel;
class Notifier;
class WhatChangedPanel;
class Settings;
class Store;
class ToolDetailsView;
class ToolTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // tokens: where the feed token lives; the system keychain when none is given.
    MainWindow(Store& store, Settings& settings, TokenStore* tokens = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTableView* toolTable() const { return m_table; }
    // In the table's place when the search and filters leave no tool: what they are, and a button
    // that clears them (as Ctrl+Shift+L does).
    QWidget* emptyResult() const { return m_emptyResult; }

    void selectTool(const QString& toolId);

    // Opens a comparison in a tab of its own, or switches to the tab that already shows it.
    ComparisonView* openComparison(Result<ComparisonModel> model, bool makeCurrent = true);
    void compareSelectedTools();
    QList<ComparisonView*> comparisonViews() const;
    SyncController* syncController() const { return m_sync; }
    ScorecardEditor* scorecardEditor() const { return m_editor; }
    QDockWidget* scorecardEditorDock() const { return m_editorDock; }
    // Shows the editor pane with a draft for the tool; through the lens when one is given.
    void draftScorecard(const QString& toolId, const QString& lensId = {});
    void showEditorDock();
    // Re-reads everything shown from the store (after a sync).
    void reloadFromStore();

    // What changed since the user last looked, in a pane below the catalog (issue #18).
    WhatChangedPanel* whatChangedPanel() const { return m_whatChanged; }
    QDockWidget* whatChangedDock() const { return m_changesDock; }
    // Shows the pane, raises the window and puts the focus on the list.
    void showWhatChanged();
    // Desktop notifications, or the status bar where there is no system tray.
    Notifier* notifier() const { return m_notifier; }
    // Watches (or stops watching) a tool or a comparison, and shows it everywhere.
    void setWatched(WatchKind kind, const QString& id, bool watch);
    // Ctrl+B: the comparison of the current tab, or else the tool in the details.
    void toggleWatchCurrent();
    // The sidebar's saved searches and shortlist (issue #19).
    SavedSearchesPanel* savedSearchesPanel() const { return m_savedSearches; }
    ShortlistPanel* shortlistPanel() const { return m_shortlist; }
    // Ctrl+Shift+S: asks a name and saves the search text, the facets and the sort under it.
    void saveCurrentSearch();
    // Puts the search's text, facets and sort back, in the catalog tab.
    void applySavedSearch(const SavedSearch& search);
    // Ctrl+L: the tools selected in the table, or the tool in the details, onto the shortlist.
    void addSelectionToShortlist();
    void setShortlisted(const QString& toolId, bool onShortlist);
    // Opens the shortlist's tools side by side, the first four when it holds more.
    void compareShortlist();
    // How often the window looks for changes another process made to the store (a CLI sync, a watch,
    // changes marked seen): also whenever the window is activated.
    static constexpr int storeCheckMs = 60000;

    // The editor beside the catalog takes at most this share of the window's width (in fifths)...
    static constexpr int editorShareFifths = 2;
    // ...and the table keeps at least this width: its name column whole and the vendor and category
    // beside it; the columns that do not fit scroll.
    static constexpr int minimumTableWidth = 420;
    // The name column fills what the other columns leave, but never narrower than this many letters
    // "n": the bundled catalog's longest name, "Code Llama 4 (70B & 400B)" (25 characters, many of
    // them narrow), reads whole.
    static constexpr int nameColumnCharacters = 24;
    // Narrower than this, the details pane steps aside while the editor is docked: the filters, a
    // table at its minimum, the details and a two-fifths editor do not fit side by side.
    static constexpr int detailsBesideEditorWidth = 1700;

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The constructor's steps and their parts, in the order they run.
    void buildSync(TokenStore* tokens);
    void buildSearchBar();
    void buildSidePane();
    QWidget* buildFacetPane();
    void buildSavedSearches();
    void buildShortlist();
    void refreshShortlist();
    void showTableContextMenu(const QPoint& at);
    void buildComparisonList();
    void buildCatalogTable();
    void buildEmptyResult();
    void updateEmptyResult();
    void refreshFacetValues();
    void buildDetailsPane();
    void buildCatalogTab();
    void buildTabs();
    void buildCentralWidget();
    void buildStatusBar();
    void orderCatalogTabStops();
    void buildEditorDock();
    bool editorDockedBeside() const;
    void buildChangesDock();
    void updateChangesBadge(int unseenWatched);
    void refreshWatches();
    void updateComparisonStars();
    void checkStoreChanges(bool mayNotify);
    void notifyWatchedChanges();
    void revealTool(const QString& toolId);
    void updateDetailsPane();
    void buildMenus();
    QAction* buildFileMenu();
    void buildReportActions(QMenu* fileMenu);
    void updateComparisonActions();
    void addComparisonAction(QMenu* menu, const QString& text, const QString& name,
                             const QKeySequence& shortcut,
                             std::function<void(const ComparisonModel&)> handler);
    void buildEditMenu();
    void buildViewMenu();
    void buildTabActions(QMenu* viewMenu);
    void buildEditorToggle(QMenu* viewMenu);
    void buildScorecardMenu();
    void buildHelpMenu();
    void buildClearSearchAction();
    void followTheme();
    void startCatalogReader();

    void searchNowAndShowResults();
    // Reads the search text as a query: its error shown beside the field, its words marked in the
    // details.
    void checkSearchQuery(const QString& text);
    void applyFilters();
    void onRowsShown();
    void onSelectionResolved(const QString& toolId, int row);
    void onFacetsReady(const CatalogFacets& facets);
    void updateStatus();
    void onCurrentToolChanged(const QModelIndex& current);
    // The details pane empties: no tool is selected.
    void showNoTool();
    void restoreState();
    void restoreCatalogColumns();
    void fitNameColumn();
    void saveState();
    void clearFilters();
    // The sentence of an empty result: the search and the filters that leave no tool.
    static QString emptyResultSentence(const ToolQuery& query);
    void showAbout();
    ComparisonView* currentComparisonView() const;
    ComparisonView* comparisonView(int index) const;
    void closeComparisonTab(int index);
    void saveOpenComparisons();
    void restoreOpenComparisons();

    Store& m_store;
    Settings& m_settings;
    ToolTableModel* m_toolModel = nullptr;
    CatalogReader* m_reader = nullptr;
    int m_toolCount = -1; // every tool of the store, as last counted
    bool m_selectFirstWhenShown = false;
    bool m_startAtTop = false;      // the next rows shown are a new search, filter or sort
    bool m_currentRowBlank = false; // the current row's page is on its way (after Ctrl+End)
    ComparisonListModel* m_comparisonModel = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchError = nullptr;             // what the query language cannot read, and where
    QAction* m_searchErrorAction = nullptr;      // m_searchError in the search toolbar
    class QueryCompleter* m_completer = nullptr; // field names and values in the search field
    QTimer* m_searchDelay = nullptr;
    FacetPanel* m_facets = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_emptyResult = nullptr;
    QLabel* m_emptyResultText = nullptr;
    ToolDetailsView* m_details = nullptr;
    QListView* m_comparisonList = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    QLabel* m_countLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QToolBar* m_searchToolbar = nullptr;
    bool m_restoring = false;
    ReportExporter* m_exporter = nullptr;
    std::unique_ptr<TokenStore> m_ownTokens;
    SyncController* m_sync = nullptr;
    QList<QAction*> m_comparisonActions; // enabled while a comparison tab is current
    ScorecardEditor* m_editor = nullptr;
    QDockWidget* m_editorDock = nullptr;
    QCheckBox* m_watchedOnly = nullptr;
    SavedSearchesPanel* m_savedSearches = nullptr;
    ShortlistPanel* m_shortlist = nullptr;
    WhatChangedPanel* m_whatChanged = nullptr;
    QDockWidget* m_changesDock = nullptr;
    QAction* m_whatChangedAction = nullptr;
    Notifier* m_notifier = nullptr;
    QTimer* m_storeCheck = nullptr;
    QSet<QString> m_watchedTools;
    qint64 m_notifiedUpTo = 0;        // the newest change the user was told of, or saw the badge count
    QString m_revealing;              // a tool asked for from What Changed, while the table looks for it
    QByteArray m_splitterWithDetails; // the catalog's splitter as it was before the details stepped aside
};

} // namespace sos
