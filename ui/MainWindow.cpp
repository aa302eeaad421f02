// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Appearance.h"
#include "ComparisonListModel.h"
#include "ComparisonView.h"
#include "FacetPanel.h"
#include "Notifier.h"
#include "QueryCompleter.h"
#include "ReportExporter.h"
#include "SavedSearchesPanel.h"
#include "ScorecardEditor.h"
#include "ShortcutsDialog.h"
#include "ShortlistPanel.h"
#include "SyncController.h"
#include "ToolDetailsView.h"
#include "ToolTableModel.h"
#include "WhatChangedPanel.h"
#include <base/Settings.h>
#include <store/CatalogReader.h>
#include <store/Store.h>
#include <sync/TokenStore.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDataStream>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sos {

namespace {

// Search-as-you-type waits this long after the last key, so fast typing runs one query, not ten.
constexpr int searchDelayMs = 150;

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

// How many sections a QSplitter::saveState() holds (its magic number, version, then the sizes); -1 when
// it is not one. A side pane saved before Saved Searches and the Shortlist joined it (issue #19) would
// collapse them: it is not restored.
int splitterSections(const QByteArray& state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_5_0);
    qint32 magic = 0;
    qint32 version = 0;
    QList<int> sizes;
    stream >> magic >> version >> sizes;
    return stream.status() == QDataStream::Ok ? static_cast<int>(sizes.size()) : -1;
}

} // namespace

MainWindow::MainWindow(Store& store, Settings& settings, TokenStore* tokens, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
{
    // The order of these steps is the order the widgets are made in, which Tab follows wherever no
    // explicit order is set, and the order slots run in on a shared signal: keep it.
    buildSync(tokens);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("ShipOrSkip"));
    m_toolModel = new ToolTableModel(m_store, this);
    m_toolModel->setObjectName(QStringLiteral("toolModel"));
    m_comparisonModel = new ComparisonListModel(m_store, this);
    buildSearchBar();
    buildSidePane();
    buildCatalogTable();
    buildDetailsPane();
    buildCatalogTab();
    buildTabs();
    buildCentralWidget();
    buildStatusBar();
    orderCatalogTabStops();
    buildEditorDock();
    buildChangesDock();
    buildMenus();
    followTheme();
    restoreState();
    m_toolCount = m_store.catalog().toolCount();
    refreshFacetValues();
    updateStatus();
    startCatalogReader();
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the panes and the table after this body: by then the layout these handlers read
    // is gone, and they must not run.
    m_editorDock->disconnect(this);
    m_table->horizontalHeader()->disconnect(this);
    m_table->viewport()->removeEventFilter(this);
}

void MainWindow::buildSync(TokenStore* tokens)
{
    if (!tokens) {
        m_ownTokens = std::make_unique<KeychainTokenStore>();
        tokens = m_ownTokens.get();
    }
    m_sync = new SyncController(m_store, m_settings, *tokens, this);
    m_sync->setObjectName(QStringLiteral("syncController"));
    connect(m_sync, &SyncController::synced, this, &MainWindow::reloadFromStore);
}

// The search field in a toolbar that spans the window.
void MainWindow::buildSearchBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(
        tr("Search tools, taglines and reviews, or ask: license:MIT ship:>=75 -pricing:paid (%1)")
            .arg(shortcutText(QKeySequence::Find)));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchNowAndShowResults);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::checkSearchQuery);
    m_completer = new QueryCompleter(m_search);
    QStringList lensNames;
    for (const Lens& lens : m_store.catalog().lenses())
        lensNames << lensShortName(lens.id);
    m_completer->setValues({}, {}, {}, lensNames);

    m_searchError = new QLabel(this);
    m_searchError->setObjectName(QStringLiteral("searchError"));
    m_searchError->setTextFormat(Qt::PlainText);
    m_searchError->setWordWrap(true);
    m_searchError->setMaximumWidth(520);
    m_searchError->setContentsMargins(8, 0, 4, 0);
    QPalette warning = m_searchError->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_searchError->setPalette(warning);
    m_searchError->hide();

    m_searchToolbar = addToolBar(tr("Search"));
    m_searchToolbar->setObjectName(QStringLiteral("searchToolbar"));
    m_searchToolbar->setMovable(false);
    m_searchToolbar->addWidget(m_search);
    m_searchErrorAction = m_searchToolbar->addWidget(m_searchError);
    m_searchErrorAction->setVisible(false);
}

void MainWindow::checkSearchQuery(const QString& text)
{
    QList<QueryLens> lenses;
    if (text.contains(QLatin1String("lens:"), Qt::CaseInsensitive)) {
        for (const Lens& lens : m_store.catalog().lenses())
            lenses << QueryLens{lens.id, lens.name};
    }
    const ParsedQuery parsed = parseQuery(text, lenses);
    // While a query cannot be read, its words alone are searched (readSearch) and the error says why.
    const QString message = parsed.error ? parsed.error->message : QString();
    m_searchError->setText(message);
    m_searchErrorAction->setVisible(parsed.error.has_value());
    m_search->setToolTip(message);
    m_details->setHighlightTerms(readSearch(text, lenses).highlightTerms());
}

// Enter runs the search at once and moves to the results.
void MainWindow::searchNowAndShowResults()
{
    if (m_searchDelay->isActive()) {
        m_searchDelay->stop();
        applyFilters();
    }
    m_table->setFocus();
    // The first result becomes current, once the rows of this search are in.
    m_selectFirstWhenShown = true;
    if (m_toolModel->isCurrent())
        onRowsShown();
}

// Left: the facets above the comparisons.
void MainWindow::buildSidePane()
{
    QWidget* facets = buildFacetPane();
    buildSavedSearches();
    buildShortlist();
    buildComparisonList();
    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    QWidget* filters = titled(tr("F&ilters"), facets, m_sideSplitter);
    filters->findChild<QLabel*>()->setBuddy(m_watchedOnly); // its first control
    m_sideSplitter->addWidget(filters);
    // Every letter of its title is another's access key on this tab: View > Go to Saved Searches
    // (Ctrl+5) reaches it instead.
    QWidget* saved = titled(tr("Saved Searches"), m_savedSearches, m_sideSplitter);
    saved->findChild<QLabel*>()->setBuddy(m_savedSearches->list());
    m_sideSplitter->addWidget(saved);
    QWidget* shortlist = titled(tr("Shortlis&t"), m_shortlist, m_sideSplitter);
    shortlist->findChild<QLabel*>()->setBuddy(m_shortlist->list());
    m_sideSplitter->addWidget(shortlist);
    m_sideSplitter->addWidget(titled(tr("C&omparisons"), m_comparisonList, m_sideSplitter));
    m_sideSplitter->setStretchFactor(0, 8);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setStretchFactor(2, 1);
    m_sideSplitter->setStretchFactor(3, 2);
}

QWidget* MainWindow::buildFacetPane()
{
    m_facets = new FacetPanel(this);
    m_facets->setObjectName(QStringLiteral("facetPanel"));
    auto* facetScroll = new QScrollArea(this);
    facetScroll->setWidget(m_facets);
    facetScroll->setWidgetResizable(true);
    facetScroll->setFrameShape(QFrame::NoFrame);
    facetScroll->setAccessibleName(tr("Filters"));
    connect(m_facets, &FacetPanel::selectionChanged, this, &MainWindow::applyFilters);
    // Above the facets: only the tools the user watches.
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_watchedOnly = new QCheckBox(tr("&Watched tools only"), pane);
    m_watchedOnly->setObjectName(QStringLiteral("watchedOnlyFilter"));
    m_watchedOnly->setIcon(starIcon(true));
    m_watchedOnly->setToolTip(
        tr("Show only the tools you watch (%1 watches the selected tool)").arg(shortcutText(watchKeys())));
    connect(m_watchedOnly, &QCheckBox::toggled, this, &MainWindow::applyFilters);
    layout->addWidget(m_watchedOnly);
    layout->addWidget(facetScroll, 1);
    return pane;
}

void MainWindow::buildSavedSearches()
{
    m_savedSearches = new SavedSearchesPanel(m_store, this);
    m_savedSearches->setObjectName(QStringLiteral("savedSearchesPanel"));
    connect(m_savedSearches, &SavedSearchesPanel::searchActivated, this, &MainWindow::applySavedSearch);
    connect(m_savedSearches, &SavedSearchesPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::buildShortlist()
{
    m_shortlist = new ShortlistPanel(m_store, this);
    m_shortlist->setObjectName(QStringLiteral("shortlistPanel"));
    connect(m_shortlist, &ShortlistPanel::toolRequested, this, &MainWindow::revealTool);
    connect(m_shortlist, &ShortlistPanel::compareRequested, this, &MainWindow::compareShortlist);
    connect(m_shortlist, &ShortlistPanel::changed, this, &MainWindow::refreshShortlist);
    connect(m_shortlist, &ShortlistPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::buildComparisonList()
{
    m_comparisonList = new QListView(this);
    m_comparisonList->setObjectName(QStringLiteral("comparisonList"));
    m_comparisonList->setModel(m_comparisonModel);
    m_comparisonList->setWordWrap(true);
    m_comparisonList->setSpacing(3);
    m_comparisonList->setTextElideMode(Qt::ElideNone);
    m_comparisonList->setResizeMode(QListView::Adjust);
    // Tens of thousands of word-wrapped titles in a large feed: laid out a batch at a time, after the
    // first paint, not all before it.
    m_comparisonList->setLayoutMode(QListView::Batched);
    m_comparisonList->setBatchSize(200);
    m_comparisonList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonList->setAccessibleName(tr("Comparisons"));
    connect(m_comparisonList, &QListView::activated, this, [this](const QModelIndex& index) {
        openComparison(ComparisonModel::loadComparison(
            m_store, index.data(ComparisonListModel::ComparisonIdRole).toString()));
    });
}

// Centre: the catalog table.
void MainWindow::buildCatalogTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("toolTable"));
    m_table->setModel(m_toolModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumWidth(minimumTableWidth); // the editor pane beside it never crushes it
    m_table->setAccessibleName(tr("Tools"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Sized by fitNameColumn as the table and the other columns change.
    m_table->horizontalHeader()->setSectionResizeMode(ToolTableModel::NameColumn, QHeaderView::Fixed);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ToolTableModel::NameColumn)
            fitNameColumn();
    });
    m_table->horizontalHeader()->setSortIndicator(ToolTableModel::NameColumn, Qt::AscendingOrder);
    // Rows in a new order start at the top, or at the selected tool (onSelectionResolved).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { m_startAtTop = true; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentToolChanged(current); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    // The current row was blank (Ctrl+End before its page came): its tool now shows.
    connect(m_toolModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const QModelIndex current = m_table->currentIndex();
                if (m_currentRowBlank && current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row())
                    onCurrentToolChanged(current);
            });
    buildEmptyResult();
}

// The table's context menu: what the menus do with the selected tools.
void MainWindow::showTableContextMenu(const QPoint& at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("toolTableMenu"));
    for (const char* name : {"addToShortlistAction", "compareAction", "watchAction"}) {
        if (auto* action = findChild<QAction*>(QLatin1String(name)))
            menu.addAction(action);
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

// Over the table's rows, below its header: shown only when the search and filters leave no tool.
void MainWindow::buildEmptyResult()
{
    m_emptyResult = new QWidget(m_table);
    m_emptyResult->setObjectName(QStringLiteral("emptyResult"));
    m_emptyResult->setAutoFillBackground(true);
    m_emptyResult->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(m_emptyResult);
    layout->setContentsMargins(24, 24, 24, 24);
    m_emptyResultText = new QLabel(m_emptyResult);
    m_emptyResultText->setObjectName(QStringLiteral("emptyResultText"));
    m_emptyResultText->setTextFormat(Qt::PlainText); // the search and the feed's values, as typed
    m_emptyResultText->setWordWrap(true);
    m_emptyResultText->setAlignment(Qt::AlignCenter);
    m_emptyResultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QKeySequence clearKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    auto* clear = new QPushButton(tr("Clear the Filters (%1)").arg(shortcutText(clearKeys)), m_emptyResult);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setToolTip(tr("Clear the search and every filter"));
    connect(clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    layout->addStretch(1);
    layout->addWidget(m_emptyResultText);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_emptyResult->hide();
}

void MainWindow::updateEmptyResult()
{
    const int shown = m_toolModel->totalCount();
    if (shown < 0)
        return; // still counting: what was shown stays until the count is in
    const bool empty = shown == 0 && m_toolCount > 0;
    if (empty) {
        m_emptyResultText->setText(emptyResultSentence(m_toolModel->query()));
        m_emptyResult->setGeometry(m_table->viewport()->geometry());
        m_emptyResult->raise();
    }
    m_emptyResult->setVisible(empty);
}

QString MainWindow::emptyResultSentence(const ToolQuery& query)
{
    QStringList filters;
    for (Facet facet : allFacets) {
        QStringList labels;
        for (const QString& value : query.values(facet))
            labels << FacetPanel::valueLabel(facet, value);
        if (!labels.isEmpty())
            filters << tr("%1: %2", "a filter and its checked values")
                           .arg(FacetPanel::facetTitle(facet),
                                labels.join(tr(" or ", "between the checked values of one filter")));
    }
    if (query.watchedOnly)
        filters << tr("Watched only");
    const QString list = filters.join(tr("; ", "between filters"));
    // A pasted page of text is named by its start.
    constexpr int searchShown = 80;
    QString search = query.search.simplified();
    if (search.size() > searchShown)
        search = search.left(searchShown) + QChar(0x2026);
    if (!search.isEmpty() && !filters.isEmpty())
        return tr("No tool matches \u201c%1\u201d with %2.").arg(search, list);
    if (!search.isEmpty())
        return tr("No tool matches \u201c%1\u201d.").arg(search);
    if (!filters.isEmpty())
        return tr("No tool matches these filters: %1.").arg(list);
    return tr("No tool matches.");
}

// Every value of each facet, for the values a query leaves with no tool: read at the start and after
// each sync, never per query (one read of the facets' index).
void MainWindow::refreshFacetValues()
{
    const Catalog::AllFacetValues values = m_store.catalog().facetValues();
    for (std::size_t i = 0; i < allFacets.size(); ++i)
        m_facets->setValues(allFacets[i], values[i]);
}

// Right: the selected tool.
void MainWindow::buildDetailsPane()
{
    m_details = new ToolDetailsView(this);
    m_details->setObjectName(QStringLiteral("toolDetails"));
    connect(m_details, &ToolDetailsView::draftRequested, this,
            [this](const QString& toolId) { draftScorecard(toolId); });
    connect(m_details, &ToolDetailsView::watchToggled, this,
            [this](const QString& toolId, bool watch) { setWatched(WatchKind::Tool, toolId, watch); });
    connect(m_details, &ToolDetailsView::shortlistToggled, this, &MainWindow::setShortlisted);
}

// The side pane, the table and the details side by side.
void MainWindow::buildCatalogTab()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_table);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({240, 680, 360});
}

// The catalog is the first tab; every comparison opens in a tab of its own.
void MainWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_mainSplitter, tr("Catalog"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeComparisonTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { saveOpenComparisons(); });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, [this] { saveOpenComparisons(); });
}

// The sync's error banner sits above everything, without hiding the data.
void MainWindow::buildCentralWidget()
{
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sync->banner());
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    statusBar()->addPermanentWidget(m_countLabel);
}

// Tab order follows the screen: search, facets, comparisons, table, details.
void MainWindow::orderCatalogTabStops()
{
    setTabOrder(m_search, m_watchedOnly);
    setTabOrder(m_watchedOnly, m_facets->listFor(allFacets.front()));
    QWidget* previous = m_facets->listFor(allFacets.front());
    for (Facet facet : allFacets) {
        if (facet == allFacets.front())
            continue;
        setTabOrder(previous, m_facets->listFor(facet));
        previous = m_facets->listFor(facet);
    }
    setTabOrder(previous, m_savedSearches->list());
    setTabOrder(m_savedSearches->list(), m_shortlist->list());
    setTabOrder(m_shortlist->list(),
                m_shortlist->findChild<QPushButton*>(QStringLiteral("compareShortlistButton")));
    setTabOrder(m_shortlist->findChild<QPushButton*>(QStringLiteral("compareShortlistButton")),
                m_comparisonList);
    setTabOrder(m_comparisonList, m_table);
    setTabOrder(m_table, m_details);
}

// The scorecard editor: a dock beside the catalog or a comparison, hidden until asked for.
void MainWindow::buildEditorDock()
{
    m_editor = new ScorecardEditor(m_store, m_settings, this);
    connect(m_editor, &ScorecardEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_editorDock = new QDockWidget(tr("Scorecard Editor"), this);
    m_editorDock->setObjectName(QStringLiteral("scorecardEditorDock"));
    m_editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    m_editorDock->hide();
    // Switching tabs stores the draft, as leaving a field does.
    connect(m_tabs, &QTabWidget::currentChanged, m_editor, &ScorecardEditor::saveNow);
    connect(m_editorDock, &QDockWidget::visibilityChanged, this, &MainWindow::updateDetailsPane);
    connect(m_editorDock, &QDockWidget::topLevelChanged, this, &MainWindow::updateDetailsPane);
    connect(m_editorDock, &QDockWidget::dockLocationChanged, this, &MainWindow::updateDetailsPane);
}

// Docked left or right of the catalog and the comparisons, not floating or below them.
bool MainWindow::editorDockedBeside() const
{
    return !m_editorDock->isFloating() &&
           (dockWidgetArea(m_editorDock) & (Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea));
}

// In a window too narrow for everything, the docked editor takes the details pane's room, and gives it
// back when it closes, floats or the window widens.
void MainWindow::updateDetailsPane()
{
    const bool stepAside =
        !m_editorDock->isHidden() && editorDockedBeside() && width() < detailsBesideEditorWidth;
    if (stepAside == m_details->isHidden())
        return;
    if (stepAside) {
        m_splitterWithDetails = m_mainSplitter->saveState();
        m_details->hide();
    } else {
        m_details->show();
        m_mainSplitter->restoreState(m_splitterWithDetails);
        m_splitterWithDetails.clear();
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    updateDetailsPane();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitNameColumn();
        m_emptyResult->setGeometry(m_table->viewport()->geometry());
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        // Ctrl+End selects the real last row: the model counts every row in and reads the last page
        // (not the pages between). Ctrl+Home the first. (The table's own Ctrl+End moved to the last
        // row read so far, and only the current cell, not the selection.)
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::ControlModifier &&
            (key->key() == Qt::Key_End || key->key() == Qt::Key_Home)) {
            const bool end = key->key() == Qt::Key_End;
            if (end)
                m_toolModel->showEnd();
            const int row = end ? m_toolModel->rowCount() - 1 : 0;
            if (row >= 0) {
                const QModelIndex index =
                    m_toolModel->index(row, std::max(0, m_table->currentIndex().column()));
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
                m_table->scrollTo(index);
            }
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease) {
        // A click on a name's star watches the tool, or stops watching it.
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint at = mouse->position().toPoint();
        const QModelIndex index = m_table->indexAt(at);
        if (mouse->button() == Qt::LeftButton && index.column() == ToolTableModel::NameColumn &&
            mouse->modifiers() == Qt::NoModifier) {
            const QRect cell = m_table->visualRect(index);
            const int starEnd = cell.left() + m_table->iconSize().width() + 8;
            if (at.x() < starEnd && at.x() >= cell.left()) {
                const QString toolId = index.data(ToolTableModel::ToolIdRole).toString();
                setWatched(WatchKind::Tool, toolId, !index.data(ToolTableModel::WatchedRole).toBool());
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// Like a stretched column, with a floor: in a narrow table the other columns scroll, the names stay whole.
void MainWindow::fitNameColumn()
{
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ToolTableModel::NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int floor =
        m_table->fontMetrics().horizontalAdvance(QString(nameColumnCharacters, QLatin1Char('n')));
    header->resizeSection(ToolTableModel::NameColumn, std::max(floor, m_table->viewport()->width() - others));
}

void MainWindow::buildMenus()
{
    QAction* compare = buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildScorecardMenu();
    // The compare button sits beside the search field.
    m_searchToolbar->addAction(compare);
    buildHelpMenu();
    buildClearSearchAction();
}

// Returns the Compare action, which the search toolbar shows too.
QAction* MainWindow::buildFileMenu()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* compare =
        fileMenu->addAction(tr("&Compare Selected Tools"), this, &MainWindow::compareSelectedTools);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    compare->setStatusTip(tr("Open the tools selected in the table side by side"));
    QAction* closeTab = fileMenu->addAction(tr("Close Compa&rison"), this,
                                            [this] { closeComparisonTab(m_tabs->currentIndex()); });
    closeTab->setObjectName(QStringLiteral("closeComparisonAction"));
    closeTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    QAction* compareShortlist =
        fileMenu->addAction(tr("Co&mpare Shortlist"), this, &MainWindow::compareShortlist);
    compareShortlist->setObjectName(QStringLiteral("compareShortlistAction"));
    compareShortlist->setStatusTip(tr("Open the shortlist's tools side by side (the first four)"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_sync->syncAction());
    fileMenu->addAction(m_sync->settingsAction());
    m_searchToolbar->addAction(m_sync->syncAction());
    fileMenu->addSeparator();
    buildReportActions(fileMenu);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    return compare;
}

// Export and print: each acts on the current comparison tab and is enabled only while there is one.
void MainWindow::buildReportActions(QMenu* fileMenu)
{
    m_exporter = new ReportExporter(m_store, m_settings, this);
    connect(m_exporter, &ReportExporter::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    addComparisonAction(
        fileMenu, tr("&Export PDF…"), QStringLiteral("exportPdfAction"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this](const ComparisonModel& model) { m_exporter->exportOne(model, ReportFormat::Pdf); });
    addComparisonAction(
        fileMenu, tr("Export &HTML…"), QStringLiteral("exportHtmlAction"), {},
        [this](const ComparisonModel& model) { m_exporter->exportOne(model, ReportFormat::Html); });
    addComparisonAction(
        fileMenu, tr("Export CS&V…"), QStringLiteral("exportCsvAction"), {},
        [this](const ComparisonModel& model) { m_exporter->exportOne(model, ReportFormat::Csv); });
    QAction* exportAll = fileMenu->addAction(tr("Export &All Open Comparisons…"), this, [this] {
        QList<const ComparisonModel*> models;
        for (ComparisonView* view : comparisonViews())
            models << &view->model();
        m_exporter->exportAll(models);
    });
    exportAll->setObjectName(QStringLiteral("exportAllAction"));
    fileMenu->addSeparator();
    addComparisonAction(fileMenu, tr("Record &Decision…"), QStringLiteral("recordDecisionAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this](const ComparisonModel&) {
                            if (ComparisonView* view = currentComparisonView())
                                view->recordDecision();
                        });
    fileMenu->addSeparator();
    addComparisonAction(fileMenu, tr("&Print…"), QStringLiteral("printAction"), QKeySequence::Print,
                        [this](const ComparisonModel& model) { m_exporter->print(model); });
    addComparisonAction(fileMenu, tr("Print Previe&w…"), QStringLiteral("printPreviewAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                        [this](const ComparisonModel& model) { m_exporter->printPreview(model); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateComparisonActions);
    updateComparisonActions();
}

void MainWindow::updateComparisonActions()
{
    const bool comparison = currentComparisonView() != nullptr;
    for (QAction* action : m_comparisonActions)
        action->setEnabled(comparison);
}

void MainWindow::addComparisonAction(QMenu* menu, const QString& text, const QString& name,
                                     const QKeySequence& shortcut,
                                     std::function<void(const ComparisonModel&)> handler)
{
    QAction* action = menu->addAction(text, this, [this, handler = std::move(handler)] {
        if (ComparisonView* view = currentComparisonView())
            handler(view->model());
    });
    action->setObjectName(name);
    action->setShortcut(shortcut);
    m_comparisonActions << action;
}

void MainWindow::buildEditMenu()
{
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find = editMenu->addAction(tr("&Find…"), this, [this] {
        // In the editor pane, Find looks through the draft; elsewhere it searches the catalog.
        if (m_editorDock->isVisible() && m_editorDock->isAncestorOf(QApplication::focusWidget())) {
            m_editor->showFind();
            return;
        }
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* clear = editMenu->addAction(tr("&Clear Search and Filters"), this, &MainWindow::clearFilters);
    clear->setObjectName(QStringLiteral("clearFiltersAction"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* saveSearch = editMenu->addAction(tr("&Save Search…"), this, &MainWindow::saveCurrentSearch);
    saveSearch->setObjectName(QStringLiteral("saveSearchAction"));
    saveSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveSearch->setStatusTip(tr("Save the search text, the filters and the sort under a name, in the Saved "
                                "Searches list"));
    editMenu->addSeparator();
    QAction* shortlist =
        editMenu->addAction(tr("Add to Short&list"), this, &MainWindow::addSelectionToShortlist);
    shortlist->setObjectName(QStringLiteral("addToShortlistAction"));
    shortlist->setShortcut(shortlistKeys());
    shortlist->setStatusTip(tr("Put the selected tools on the shortlist, to compare them later"));
    QAction* watch =
        editMenu->addAction(tr("&Watch or Stop Watching"), this, &MainWindow::toggleWatchCurrent);
    watch->setObjectName(QStringLiteral("watchAction"));
    watch->setShortcut(watchKeys());
    watch->setStatusTip(tr("Watch the comparison of the current tab, or the selected tool: their changes "
                           "come first in What Changed"));
}

void MainWindow::buildViewMenu()
{
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* focusTable =
        viewMenu->addAction(tr("Go to &Tools"), this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    focusTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* focusComparisons = viewMenu->addAction(
        tr("Go to &Comparisons"), this, [this] { m_comparisonList->setFocus(Qt::ShortcutFocusReason); });
    focusComparisons->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* focusDetails = viewMenu->addAction(tr("Go to &Details"), this,
                                                [this] { m_details->setFocus(Qt::ShortcutFocusReason); });
    focusDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* focusSaved = viewMenu->addAction(tr("Go to &Saved Searches"), this, [this] {
        m_tabs->setCurrentWidget(m_mainSplitter);
        m_savedSearches->list()->setFocus(Qt::ShortcutFocusReason);
    });
    focusSaved->setObjectName(QStringLiteral("focusSavedSearchesAction"));
    focusSaved->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    viewMenu->addSeparator();
    buildTabActions(viewMenu);
    viewMenu->addSeparator();
    buildEditorToggle(viewMenu);
    viewMenu->addSeparator();
    m_whatChangedAction = viewMenu->addAction(tr("What C&hanged"), this, &MainWindow::showWhatChanged);
    m_whatChangedAction->setObjectName(QStringLiteral("whatChangedAction"));
    m_whatChangedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_searchToolbar->addAction(m_whatChangedAction);
    QAction* markSeen =
        viewMenu->addAction(tr("&Mark All Changes Seen"), m_whatChanged, &WhatChangedPanel::markAllSeen);
    markSeen->setObjectName(QStringLiteral("markAllSeenAction"));
    markSeen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    updateChangesBadge(m_whatChanged->unseenWatchedCount());
}

void MainWindow::buildTabActions(QMenu* viewMenu)
{
    QAction* nextTab = viewMenu->addAction(tr("&Next Tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction* previousTab = viewMenu->addAction(tr("&Previous Tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    QAction* differing = viewMenu->addAction(tr("Only Lenses Where Verdicts Di&ffer"), this, [this] {
        if (ComparisonView* view = comparisonView(m_tabs->currentIndex()))
            view->setOnlyDifferingLenses(!view->onlyDifferingLenses());
    });
    differing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
}

void MainWindow::buildEditorToggle(QMenu* viewMenu)
{
    QAction* toggleEditor = m_editorDock->toggleViewAction();
    toggleEditor->setText(tr("Scorecard &Editor"));
    toggleEditor->setObjectName(QStringLiteral("toggleEditorAction"));
    toggleEditor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    viewMenu->addAction(toggleEditor);
    connect(toggleEditor, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        showEditorDock();
        m_editor->focusEditor();
    });
}

void MainWindow::buildScorecardMenu()
{
    QMenu* scorecardMenu = menuBar()->addMenu(tr("&Scorecards"));
    QAction* draft = scorecardMenu->addAction(tr("&Draft a Scorecard for the Selected Tool"), this,
                                              [this] { draftScorecard(m_details->toolId()); });
    draft->setObjectName(QStringLiteral("draftScorecardAction"));
    draft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    scorecardMenu->addSeparator();
    scorecardMenu->addActions(m_editor->menuActions());
}

void MainWindow::buildHelpMenu()
{
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About ShipOrSkip"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// Escape in the search field clears it, as in every search box.
void MainWindow::buildClearSearchAction()
{
    auto* clearSearch = new QAction(tr("Clear the Search Field"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
}

// The theme of the settings, now and whenever it changes.
void MainWindow::followTheme()
{
    const auto settingsTheme = [this] {
        return enumFromName<Theme>(m_settings.value(Settings::Key::Theme).toString()).value_or(Theme::System);
    };
    applyTheme(settingsTheme());
    connect(&m_settings, &Settings::changed, this, [settingsTheme](Settings::Key key) {
        if (key == Settings::Key::Theme)
            applyTheme(settingsTheme());
    });
}

// From here on the catalog's queries run on the reader's thread; the facets' counts are the first of
// them, so the window paints its first rows without waiting for them.
void MainWindow::startCatalogReader()
{
    m_reader = new CatalogReader(m_store.path(), this);
    connect(m_reader, &CatalogReader::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The catalog cannot be searched: %1").arg(message));
    });
    m_toolModel->attachReader(m_reader);
    connect(m_toolModel, &ToolTableModel::rowsShown, this, &MainWindow::onRowsShown);
    connect(m_toolModel, &ToolTableModel::totalKnown, this, &MainWindow::updateStatus);
    connect(m_toolModel, &ToolTableModel::selectionResolved, this, &MainWindow::onSelectionResolved);
    connect(m_toolModel, &ToolTableModel::facetsReady, this, &MainWindow::onFacetsReady);
    m_toolModel->reload(m_details->toolId());
}

void MainWindow::applyFilters()
{
    ToolQuery query;
    query.search = m_search->text();
    query.watchedOnly = m_watchedOnly->isChecked();
    for (Facet facet : allFacets)
        query.values(facet) = m_facets->selection(facet);
    // Answered by the reader's thread: the rows, then their count, then the facets' counts; the new
    // rows start at the top, and the selected tool stays selected (and in view) when they still show
    // it (onSelectionResolved).
    m_startAtTop = true;
    m_toolModel->setQuery(query, m_details->toolId());
}

void MainWindow::onRowsShown()
{
    if (std::exchange(m_startAtTop, false))
        m_table->scrollToTop();
    if (m_toolModel->rowCount() == 0)
        showNoTool();
    else
        m_emptyResult->hide();
    if (std::exchange(m_selectFirstWhenShown, false) && !m_table->currentIndex().isValid() &&
        m_toolModel->rowCount() > 0)
        m_table->setCurrentIndex(m_toolModel->index(0, 0));
}

void MainWindow::onSelectionResolved(const QString& toolId, int row)
{
    if (row >= 0 && toolId == m_details->toolId())
        selectTool(toolId);
    if (toolId == m_revealing && toolId == m_details->toolId()) {
        // A tool opened from What Changed that the search or filters leave out: they are cleared.
        m_revealing.clear();
        if (row < 0)
            clearFilters();
    } else if (row < 0 && toolId == m_details->toolId()) {
        showNoTool(); // the search or filters leave the selected tool out: nothing is selected
    }
}

void MainWindow::showNoTool()
{
    m_details->showTool(std::nullopt);
    m_toolModel->setCurrentToolId({});
}

void MainWindow::onFacetsReady(const CatalogFacets& facets)
{
    // An answer for the whole catalog holds every value: what the search field completes.
    const ToolQuery& query = m_toolModel->query();
    if (query.search.trimmed().isEmpty() && !query.watchedOnly &&
        std::all_of(query.facetValues.cbegin(), query.facetValues.cend(),
                    [](const QStringList& values) { return values.isEmpty(); })) {
        const auto values = [&](Facet facet) {
            QStringList list;
            for (const FacetCount& count : facets.counts[static_cast<std::size_t>(facet)])
                list << count.value;
            return list;
        };
        QStringList lensNames;
        for (const Lens& lens : m_store.catalog().lenses())
            lensNames << lensShortName(lens.id);
        m_completer->setValues(values(Facet::Category), values(Facet::License), values(Facet::Deployment),
                               lensNames);
    }
    for (std::size_t i = 0; i < allFacets.size(); ++i)
        m_facets->setCounts(allFacets[i], facets.counts[i]);
    m_toolCount = facets.toolCount;
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int total = m_toolCount;
    const int shown = m_toolModel->totalCount();
    if (shown < 0 || total < 0)
        return; // still counting: the last figures stay until the new ones are in
    m_countLabel->setText(shown == total ? tr("Tools: %L1").arg(total)
                                         : tr("Showing %L1 of %Ln tool(s)", nullptr, total).arg(shown));
    updateEmptyResult();
    if (shown == 0 && total > 0)
        statusBar()->showMessage(tr("No tool matches. Clear the search and filters with %1.")
                                     .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))));
    else
        statusBar()->clearMessage();
}

void MainWindow::onCurrentToolChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const QString toolId = current.data(ToolTableModel::ToolIdRole).toString();
    // Empty: a row whose page is on its way (the model's dataChanged brings it here again).
    m_currentRowBlank = toolId.isEmpty();
    if (toolId.isEmpty() || toolId == m_details->toolId())
        return;
    m_details->showTool(m_store.catalog().toolDetails(toolId));
    m_toolModel->setCurrentToolId(toolId);
    m_settings.setValue(Settings::Key::SelectedToolId, toolId);
}

void MainWindow::selectTool(const QString& toolId)
{
    const int row = m_toolModel->rowOfTool(toolId);
    if (row < 0)
        return;
    const QModelIndex index = m_toolModel->index(row, ToolTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

ComparisonView* MainWindow::currentComparisonView() const
{
    return comparisonView(m_tabs->currentIndex());
}

ComparisonView* MainWindow::comparisonView(int index) const
{
    return qobject_cast<ComparisonView*>(m_tabs->widget(index));
}

QList<ComparisonView*> MainWindow::comparisonViews() const
{
    QList<ComparisonView*> views;
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (ComparisonView* view = comparisonView(index))
            views << view;
    }
    return views;
}

ComparisonView* MainWindow::openComparison(Result<ComparisonModel> model, bool makeCurrent)
{
    if (!model) {
        statusBar()->showMessage(model.errorMessage(), 10000);
        return nullptr;
    }
    const QString key = ComparisonView::stateKeyFor(model.value());
    for (ComparisonView* view : comparisonViews()) {
        if (view->stateKey() == key) {
            if (makeCurrent)
                m_tabs->setCurrentWidget(view);
            return view;
        }
    }
    auto* view = new ComparisonView(m_store, std::move(model).value(), m_tabs);
    view->setSettings(&m_settings);
    // A tab's text makes "&" an access key: a title's own ampersand ("70B & 400B") is doubled to stay one.
    const auto tabText = [](QString title) {
        return title.replace(QLatin1Char('&'), QLatin1String("&&"));
    };
    const int index = m_tabs->addTab(view, tabText(view->model().title()));
    m_tabs->setTabToolTip(index, view->model().title());
    if (const QString comparisonId = view->model().comparisonId(); !comparisonId.isEmpty()) {
        // A star on a published comparison's tab watches it.
        auto* star = new QToolButton(m_tabs->tabBar());
        star->setObjectName(QStringLiteral("watchComparison-") + comparisonId);
        star->setAutoRaise(true);
        star->setCheckable(true);
        star->setFocusPolicy(Qt::NoFocus); // Ctrl+B from the keyboard
        connect(star, &QToolButton::toggled, this,
                [this, comparisonId](bool watch) { setWatched(WatchKind::Comparison, comparisonId, watch); });
        m_tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, star);
        updateComparisonStars();
    }
    connect(view, &ComparisonView::titleChanged, this, [this, view, tabText](const QString& title) {
        const int at = m_tabs->indexOf(view);
        m_tabs->setTabText(at, tabText(title));
        m_tabs->setTabToolTip(at, title);
    });
    connect(view, &ComparisonView::columnsChanged, this, &MainWindow::saveOpenComparisons);
    connect(view, &ComparisonView::draftRequested, this, &MainWindow::draftScorecard);
    connect(view, &ComparisonView::voteCast, this, [this, view](const QString& comparisonId) {
        // Other tabs showing the same comparison show the same vote.
        for (ComparisonView* other : comparisonViews()) {
            if (other != view && other->model().comparisonId() == comparisonId)
                other->reload();
        }
    });
    if (makeCurrent)
        m_tabs->setCurrentWidget(view);
    // Tab goes through the comparison before it reaches the editor pane on its right.
    moveInFocusChain(lastFocusableIn(view), m_editorDock);
    saveOpenComparisons();
    return view;
}

void MainWindow::compareSelectedTools()
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(ToolTableModel::ToolIdRole).toString();
    if (ids.size() < ComparisonModel::minimumTools || ids.size() > ComparisonModel::maximumTools) {
        statusBar()->showMessage(
            tr("Select two to four tools to compare (Ctrl+click or Shift+click in the table), "
               "then press %1.")
                .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_Return))),
            10000);
        return;
    }
    openComparison(ComparisonModel::loadTools(m_store, ids));
}

void MainWindow::closeComparisonTab(int index)
{
    ComparisonView* view = comparisonView(index);
    if (!view)
        return; // the catalog stays
    m_tabs->removeTab(index);
    view->deleteLater();
    saveOpenComparisons();
}

void MainWindow::saveOpenComparisons()
{
    if (m_restoring)
        return;
    QStringList keys;
    for (ComparisonView* view : comparisonViews())
        keys << view->stateKey();
    m_settings.setValue(Settings::Key::OpenComparisons, keys);
    m_settings.setValue(Settings::Key::CurrentTab, m_tabs->currentIndex());
}

void MainWindow::restoreOpenComparisons()
{
    m_restoring = true;
    for (const QString& key : m_settings.value(Settings::Key::OpenComparisons).toStringList())
        openComparison(ComparisonView::loadStateKey(m_store, key), false); // a vanished one is skipped
    m_tabs->setCurrentIndex(
        std::clamp(m_settings.value(Settings::Key::CurrentTab).toInt(), 0, m_tabs->count() - 1));
    m_restoring = false;
}

void MainWindow::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_searchDelay->stop();
    const QSignalBlocker blockFacets(m_facets);
    m_facets->clearSelection();
    const QSignalBlocker blockWatched(m_watchedOnly);
    m_watchedOnly->setChecked(false);
    applyFilters();
}

void MainWindow::reloadFromStore()
{
    const QString selected = m_details->toolId();
    m_comparisonModel->reload();
    refreshFacetValues();
    m_toolModel->reload(selected);
    if (!selected.isEmpty()) {
        if (auto details = m_store.catalog().toolDetails(selected))
            m_details->showTool(std::move(details));
    }
    for (ComparisonView* view : comparisonViews())
        view->reload();
    m_editor->reloadFromStore();
    refreshWatches();
    refreshShortlist();
    m_whatChanged->reload();
    notifyWatchedChanges();
}

void MainWindow::showEditorDock()
{
    const bool opening = m_editorDock->isHidden();
    m_editorDock->show();
    m_editorDock->raise();
    if (!editorDockedBeside())
        return;          // its share is a width beside the catalog
    updateDetailsPane(); // before the share is taken: the details' room is part of it
    // Opening, the pane takes its share: two fifths of the window, or less when that is already room
    // for the form and its preview side by side. A width the reviewer chose within that share stays.
    const int share = width() * editorShareFifths / 5;
    const int wanted = std::min(share, ScorecardEditor::sideBySideWidth);
    const int now = m_editorDock->width();
    if (opening && (now > share || now < wanted * 3 / 4))
        resizeDocks({m_editorDock}, {wanted}, Qt::Horizontal);
}

void MainWindow::draftScorecard(const QString& toolId, const QString& lensId)
{
    if (toolId.isEmpty()) {
        statusBar()->showMessage(tr("Select a tool first, then press %1 to draft a scorecard for it.")
                                     .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
                                 10000);
        return;
    }
    showEditorDock();
    m_editor->draftFor(toolId, lensId);
    m_editor->focusEditor();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a laptop's screen (1280x800, 1440x900) whole, for the comparison and the editor
        // side by side; a larger one mostly, up to a comfortable reading size.
        const QRect available = screen()->availableGeometry();
        constexpr QSize comfortable(1600, 1000);
        if (available.width() <= comfortable.width())
            setGeometry(available);
        else
            resize(std::min(comfortable.width(), available.width() * 9 / 10),
                   std::min(comfortable.height(), available.height() * 9 / 10));
    }
    QMainWindow::restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    m_mainSplitter->restoreState(m_settings.value(Settings::Key::MainSplitter).toByteArray());
    const QByteArray sideState = m_settings.value(Settings::Key::SideSplitter).toByteArray();
    if (splitterSections(sideState) == m_sideSplitter->count())
        m_sideSplitter->restoreState(sideState);
    restoreCatalogColumns();
    const QString toolId = m_settings.value(Settings::Key::SelectedToolId).toString();
    if (!toolId.isEmpty())
        selectTool(toolId);
    if (!m_table->currentIndex().isValid() && m_toolModel->rowCount() > 0)
        selectTool(m_toolModel->index(0, 0).data(ToolTableModel::ToolIdRole).toString());
    restoreOpenComparisons();
    if (m_settings.value(Settings::Key::SyncOnStart).toBool() &&
        !m_settings.value(Settings::Key::FeedUrl).toString().isEmpty())
        QTimer::singleShot(0, m_sync, &SyncController::sync);
}

// The catalog's column widths and sort, as the last session left them.
void MainWindow::restoreCatalogColumns()
{
    if (!m_table->horizontalHeader()->restoreState(
            m_settings.value(Settings::Key::CatalogHeader).toByteArray())) {
        // First start: fit the narrow columns to their contents and give the rest to the name.
        for (int column = ToolTableModel::VendorColumn; column < ToolTableModel::ColumnCount; ++column)
            m_table->resizeColumnToContents(column);
    }
    // A header stored before the name column was fitted here had it stretched.
    m_table->horizontalHeader()->setSectionResizeMode(ToolTableModel::NameColumn, QHeaderView::Fixed);
    fitNameColumn();
    const int column = std::clamp(m_settings.value(Settings::Key::CatalogSortColumn).toInt(), 0,
                                  static_cast<int>(ToolTableModel::ColumnCount) - 1);
    const Qt::SortOrder order = m_settings.value(Settings::Key::CatalogSortDescending).toBool()
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_table->horizontalHeader()->setSortIndicator(column, order); // sorts the model through the view
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, QMainWindow::saveState());
    // With the details pane stepped aside for the editor, the splitter as it was with them.
    m_settings.setValue(Settings::Key::MainSplitter, m_splitterWithDetails.isEmpty()
                                                         ? m_mainSplitter->saveState()
                                                         : m_splitterWithDetails);
    m_settings.setValue(Settings::Key::SideSplitter, m_sideSplitter->saveState());
    m_settings.setValue(Settings::Key::CatalogHeader, m_table->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::CatalogSortColumn,
                        m_table->horizontalHeader()->sortIndicatorSection());
    m_settings.setValue(Settings::Key::CatalogSortDescending,
                        m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_editor->saveNow();
    saveState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShipOrSkip"),
                       tr("<h3>ShipOrSkip %1</h3>"
                          "<p>Compare AI tools side by side: the panel's verdicts, the pricing read, the "
                          "reviewer split and the community vote, offline from a local store.</p>"
                          "<p>Database: %2</p><p>Built with Qt %3.</p>")
                           .arg(QStringLiteral(SHIPORSKIP_VERSION), m_store.path().toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

// What changed since the user last looked: a pane below the catalog and the comparisons, hidden until
// asked for; its badge (the unseen changes on watched items) on the pane's title and on its action.
void MainWindow::buildChangesDock()
{
    m_notifier = new Notifier(statusBar(), this);
    connect(m_notifier, &Notifier::clicked, this, &MainWindow::showWhatChanged);
    m_whatChanged = new WhatChangedPanel(m_store, this);
    m_whatChanged->setObjectName(QStringLiteral("whatChangedPanel"));
    m_changesDock = new QDockWidget(tr("What Changed"), this);
    m_changesDock->setObjectName(QStringLiteral("whatChangedDock"));
    m_changesDock->setWidget(m_whatChanged);
    // The editor pane on the right keeps the window's whole height; this pane spans what is left.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);
    m_changesDock->hide();
    connect(m_whatChanged, &WhatChangedPanel::toolRequested, this, &MainWindow::revealTool);
    connect(m_whatChanged, &WhatChangedPanel::comparisonRequested, this, [this](const QString& comparisonId) {
        openComparison(ComparisonModel::loadComparison(m_store, comparisonId));
    });
    connect(m_whatChanged, &WhatChangedPanel::unseenWatchedChanged, this, &MainWindow::updateChangesBadge);
    connect(m_whatChanged, &WhatChangedPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    // Another process (a CLI sync, watch or changes --mark-seen) may change the store: looked for when
    // the window is activated (changeEvent) and, cheaply, once a minute.
    m_storeCheck = new QTimer(this);
    m_storeCheck->setInterval(storeCheckMs);
    connect(m_storeCheck, &QTimer::timeout, this, [this] { checkStoreChanges(!isActiveWindow()); });
    m_storeCheck->start();
    m_notifiedUpTo = m_store.changes().newestId();
    refreshWatches();
    refreshShortlist();
}

void MainWindow::updateChangesBadge(int unseenWatched)
{
    if (!m_whatChangedAction)
        return;
    m_changesDock->setWindowTitle(unseenWatched > 0 ? tr("What Changed (%L1)").arg(unseenWatched)
                                                    : tr("What Changed"));
    m_whatChangedAction->setText(unseenWatched > 0 ? tr("What C&hanged (%L1)").arg(unseenWatched)
                                                   : tr("What C&hanged"));
    m_whatChangedAction->setToolTip(
        unseenWatched > 0
            ? tr("Unseen changes on what you watch: %1 (%2)")
                  .arg(QLocale().toString(unseenWatched), shortcutText(m_whatChangedAction->shortcut()))
            : tr("What changed since you last looked (%1)")
                  .arg(shortcutText(m_whatChangedAction->shortcut())));
}

void MainWindow::showWhatChanged()
{
    // What another process did since (a CLI sync while the window stayed in front) shows at once, not
    // at the next minute's check.
    checkStoreChanges(false);
    const bool opening = m_changesDock->isHidden();
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    m_notifier->dismiss();
    m_changesDock->show();
    m_changesDock->raise();
    // Opening, the pane takes the height of its changes, between a fifth and a third of the window's:
    // the catalog keeps the rest.
    const int wanted = std::clamp(m_whatChanged->preferredHeight() + m_changesDock->sizeHint().height() -
                                      m_whatChanged->sizeHint().height(),
                                  height() / 5, height() / 3);
    if (opening && !m_changesDock->isFloating())
        resizeDocks({m_changesDock}, {wanted}, Qt::Vertical);
    m_whatChanged->focusList();
}

void MainWindow::setWatched(WatchKind kind, const QString& id, bool watch)
{
    if (id.isEmpty())
        return;
    const auto nameOf = [this, kind, &id] {
        for (const WatchedItem& item : m_store.watches().items()) {
            if (item.kind == kind && item.id == id && !item.name.isEmpty())
                return item.name;
        }
        return id;
    };
    const QString before = watch ? QString() : nameOf();
    const Result<bool> done = watch ? m_store.watches().watch(kind, id) : m_store.watches().unwatch(kind, id);
    refreshWatches();
    if (!done) {
        statusBar()->showMessage(done.errorMessage(), 10000);
        return;
    }
    m_whatChanged->reload();
    statusBar()->showMessage(watch ? tr("Watching %1: its changes come first in What Changed, and a sync "
                                        "that changes it tells you.")
                                         .arg(nameOf())
                                   : tr("You no longer watch %1.").arg(before),
                             10000);
}

void MainWindow::toggleWatchCurrent()
{
    if (ComparisonView* view = currentComparisonView(); view && !view->model().comparisonId().isEmpty()) {
        const QString id = view->model().comparisonId();
        setWatched(WatchKind::Comparison, id, !m_store.watches().isWatched(WatchKind::Comparison, id));
        return;
    }
    const QString toolId = currentComparisonView() ? QString() : m_details->toolId();
    if (toolId.isEmpty()) {
        statusBar()->showMessage(
            tr("Select a tool or open a published comparison, then press %1 to watch it.")
                .arg(shortcutText(watchKeys())),
            10000);
        return;
    }
    setWatched(WatchKind::Tool, toolId, !m_store.watches().isWatched(WatchKind::Tool, toolId));
}

// The stars of the table, the details and the comparison tabs, and the "Watched" filter, as the store
// has them.
void MainWindow::refreshWatches()
{
    const QStringList tools = m_store.watches().ids(WatchKind::Tool);
    QSet<QString> watched(tools.cbegin(), tools.cend());
    const bool changed = watched != m_watchedTools;
    m_watchedTools = std::move(watched);
    m_toolModel->setWatchedTools(m_watchedTools);
    m_details->setWatchedTools(m_watchedTools);
    updateComparisonStars();
    if (changed && m_watchedOnly->isChecked())
        applyFilters();
}

void MainWindow::updateComparisonStars()
{
    for (int index = 0; index < m_tabs->count(); ++index) {
        const ComparisonView* view = comparisonView(index);
        auto* star = qobject_cast<QToolButton*>(m_tabs->tabBar()->tabButton(index, QTabBar::LeftSide));
        if (!view || !star)
            continue;
        const bool watched = m_store.watches().isWatched(WatchKind::Comparison, view->model().comparisonId());
        const QSignalBlocker quiet(star);
        star->setChecked(watched);
        star->setIcon(starIcon(watched));
        const QString keys = shortcutText(watchKeys());
        star->setToolTip(
            watched ? tr("You watch this comparison (%1 to stop)").arg(keys)
                    : tr("Watch this comparison: its changes come first in What Changed (%1)").arg(keys));
        star->setAccessibleName(watched ? tr("Watching this comparison") : tr("Watch this comparison"));
    }
}

// Re-reads what another process may have changed. mayNotify: the window is not in front, so a change on
// a watched item is told as after a sync of the window's own; in front, the badge tells it.
void MainWindow::checkStoreChanges(bool mayNotify)
{
    if (m_whatChanged->reloadIfChanged())
        refreshWatches();
    m_savedSearches->reloadIfChanged();
    if (m_shortlist->reloadIfChanged())
        refreshShortlist();
    if (mayNotify)
        notifyWatchedChanges();
    else
        m_notifiedUpTo = std::max(m_notifiedUpTo, m_store.changes().newestId());
}

// After a sync: a notification when it changed what the user watches (and the setting allows it).
void MainWindow::notifyWatchedChanges()
{
    const qint64 newest = m_store.changes().newestId();
    if (newest <= m_notifiedUpTo)
        return;
    ChangeFilter filter;
    filter.sinceLastSeen = true;
    filter.watchedOnly = true;
    QList<Change> fresh;
    for (const Change& change : m_store.changes().changes(filter)) {
        if (change.id > m_notifiedUpTo)
            fresh << change;
    }
    m_notifiedUpTo = newest;
    if (fresh.isEmpty() || !m_settings.value(Settings::Key::NotifyWatchedChanges).toBool())
        return;
    const int count = static_cast<int>(fresh.size());
    const QString newestSentence = changeSentence(fresh.first());
    m_notifier->notify(tr("What you watch changed"),
                       count == 1 ? newestSentence
                                  : tr("Changes on what you watch: %1. The newest: %2")
                                        .arg(QLocale().toString(count), newestSentence));
}

// A tool asked for from What Changed: in the details, and selected in the table, whose search and
// filters are cleared when they leave it out (onSelectionResolved).
void MainWindow::revealTool(const QString& toolId)
{
    std::optional<ToolDetails> details = m_store.catalog().toolDetails(toolId);
    if (!details) {
        statusBar()->showMessage(tr("That tool is no longer in the catalog."), 10000);
        return;
    }
    m_tabs->setCurrentWidget(m_mainSplitter); // the catalog, wherever its tab was moved
    m_details->showTool(details);
    m_toolModel->setCurrentToolId(toolId);
    m_settings.setValue(Settings::Key::SelectedToolId, toolId);
    m_revealing = toolId;
    m_toolModel->setQuery(m_toolModel->query(), toolId);
}

void MainWindow::saveCurrentSearch()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveSearchDialog"));
    dialog.setWindowTitle(tr("Save Search"));
    dialog.setLabelText(tr("Save the search text, the filters and the sort as:"));
    dialog.setTextValue(m_search->text().trimmed().left(SavedSearches::maximumNameLength));
    while (dialog.exec() == QDialog::Accepted) {
        ToolQuery query = m_toolModel->query(); // its sort and direction
        query.search = m_search->text();        // as typed, even before the search ran
        for (Facet facet : allFacets)
            query.values(facet) = m_facets->selection(facet);
        const SavedSearch search = SavedSearch::fromQuery(dialog.textValue(), query);
        auto saved = m_store.savedSearches().save(search);
        if (!saved && saved.error().kind == Error::Kind::Conflict) {
            QMessageBox ask(QMessageBox::Question, tr("Replace the Saved Search?"),
                            tr("%1 Replace it with this search?").arg(saved.errorMessage()),
                            QMessageBox::NoButton, this);
            ask.setObjectName(QStringLiteral("replaceSearchQuestion"));
            QPushButton* replace = ask.addButton(tr("&Replace"), QMessageBox::AcceptRole);
            ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
            ask.exec();
            if (ask.clickedButton() != replace)
                continue; // back to the name
            saved = m_store.savedSearches().save(search, true);
        }
        if (!saved) {
            QMessageBox::warning(this, tr("Save Search"), saved.errorMessage());
            continue;
        }
        m_savedSearches->reload();
        m_savedSearches->selectSearch(search.name.trimmed());
        statusBar()->showMessage(
            tr("Saved the search \"%1\": it is in the Saved Searches list.").arg(search.name.trimmed()),
            10000);
        return;
    }
}

void MainWindow::applySavedSearch(const SavedSearch& search)
{
    m_tabs->setCurrentWidget(m_mainSplitter);
    {
        const QSignalBlocker quiet(m_search);
        m_search->setText(search.query);
    }
    m_searchDelay->stop();
    {
        const QSignalBlocker quiet(m_facets);
        for (Facet facet : allFacets)
            m_facets->setSelection(facet, search.values(facet));
    }
    {
        const QSignalBlocker quiet(m_watchedOnly);
        m_watchedOnly->setChecked(false);
    }
    // The columns are in the order of the sorts; the view sorts the model when the indicator moves.
    m_table->horizontalHeader()->setSortIndicator(
        static_cast<int>(search.sort), search.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    applyFilters();
    statusBar()->showMessage(tr("Showing the saved search \"%1\".").arg(search.name), 10000);
}

void MainWindow::addSelectionToShortlist()
{
    QStringList ids;
    if (!currentComparisonView()) {
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            ids << index.data(ToolTableModel::ToolIdRole).toString();
        if (ids.isEmpty() && !m_details->toolId().isEmpty())
            ids << m_details->toolId();
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select tools in the table, then press %1 to put them on the shortlist.")
                                     .arg(shortcutText(shortlistKeys())),
                                 10000);
        return;
    }
    int added = 0;
    for (const QString& id : std::as_const(ids)) {
        auto result = m_store.shortlist().add(id);
        if (!result) {
            statusBar()->showMessage(result.errorMessage(), 10000);
            break;
        }
        added += result.value() ? 1 : 0;
    }
    refreshShortlist();
    const auto details = ids.size() == 1 ? m_store.catalog().toolDetails(ids.first()) : std::nullopt;
    const QString name = details ? details->summary.tool.name : QString();
    if (added == 0)
        statusBar()->showMessage(ids.size() == 1 ? tr("%1 is already on the shortlist.").arg(name)
                                                 : tr("These tools are already on the shortlist."),
                                 10000);
    else
        statusBar()->showMessage(ids.size() == 1 ? tr("Added %1 to the shortlist.").arg(name)
                                                 : tr("Added %n tool(s) to the shortlist.", nullptr, added),
                                 10000);
}

void MainWindow::setShortlisted(const QString& toolId, bool onShortlist)
{
    if (toolId.isEmpty())
        return;
    const auto done = onShortlist ? m_store.shortlist().add(toolId) : m_store.shortlist().remove(toolId);
    if (!done)
        statusBar()->showMessage(done.errorMessage(), 10000);
    refreshShortlist();
}

// The Shortlist list and the details' button, as the store has them.
void MainWindow::refreshShortlist()
{
    m_shortlist->reload();
    const QStringList ids = m_store.shortlist().toolIds();
    m_details->setShortlistedTools(QSet<QString>(ids.cbegin(), ids.cend()));
}

void MainWindow::compareShortlist()
{
    m_shortlist->reloadIfChanged();
    QStringList ids = m_shortlist->toolIds();
    if (ids.size() < ComparisonModel::minimumTools) {
        statusBar()->showMessage(tr("Put at least two tools on the shortlist (%1 adds the selected ones) to "
                                    "compare them.")
                                     .arg(shortcutText(shortlistKeys())),
                                 10000);
        return;
    }
    const bool more = ids.size() > ComparisonModel::maximumTools;
    const qsizetype total = ids.size();
    ids = ids.mid(0, ComparisonModel::maximumTools);
    if (openComparison(ComparisonModel::loadTools(m_store, ids)) && more) {
        statusBar()->showMessage(tr("A comparison takes four tools at most: it shows the first four of the "
                                    "%L1 on the shortlist.")
                                     .arg(total),
                                 10000);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_whatChanged)
        checkStoreChanges(false);
}

} // namespace sos
