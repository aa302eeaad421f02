// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ComparisonListModel.h"
#include "FacetPanel.h"
#include "Settings.h"
#include "Store.h"
#include "ToolDetailsView.h"
#include "ToolTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
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

} // namespace

MainWindow::MainWindow(Store& store, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("ShipOrSkip"));

    m_toolModel = new ToolTableModel(m_store, this);
    m_comparisonModel = new ComparisonListModel(m_store, this);

    // Search field in a toolbar that spans the window.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search tools, taglines and reviews (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    // Enter runs the search at once and moves to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            applyFilters();
        }
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_toolModel->rowCount() > 0)
            m_table->setCurrentIndex(m_toolModel->index(0, 0));
    });

    auto* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_search);

    // Left: facets above the comparisons.
    m_facets = new FacetPanel(this);
    auto* facetScroll = new QScrollArea(this);
    facetScroll->setWidget(m_facets);
    facetScroll->setWidgetResizable(true);
    facetScroll->setFrameShape(QFrame::NoFrame);
    connect(m_facets, &FacetPanel::selectionChanged, this, &MainWindow::applyFilters);

    m_comparisonList = new QListView(this);
    m_comparisonList->setObjectName(QStringLiteral("comparisonList"));
    m_comparisonList->setModel(m_comparisonModel);
    m_comparisonList->setWordWrap(true);
    m_comparisonList->setSpacing(3);
    m_comparisonList->setTextElideMode(Qt::ElideNone);
    m_comparisonList->setResizeMode(QListView::Adjust);
    m_comparisonList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonList->setAccessibleName(tr("Comparisons"));
    connect(m_comparisonList, &QListView::activated, this, [this](const QModelIndex& index) {
        showComparisonTools(index.data(ComparisonListModel::ComparisonIdRole).toString());
    });

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(titled(tr("&Filters"), facetScroll, m_sideSplitter));
    m_sideSplitter->addWidget(titled(tr("C&omparisons"), m_comparisonList, m_sideSplitter));
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 1);

    // Centre: the catalog table, with a bar that says when it shows one comparison's tools.
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
    m_table->setAccessibleName(tr("Tools"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ToolTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(ToolTableModel::NameColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentToolChanged(current); });

    m_comparisonFilterBar = new QWidget(this);
    auto* filterLayout = new QHBoxLayout(m_comparisonFilterBar);
    filterLayout->setContentsMargins(4, 2, 4, 2);
    m_comparisonFilterLabel = new QLabel(m_comparisonFilterBar);
    m_comparisonFilterLabel->setTextFormat(Qt::PlainText);
    auto* showAll = new QToolButton(m_comparisonFilterBar);
    showAll->setObjectName(QStringLiteral("showAllTools"));
    showAll->setText(tr("Show all tools"));
    connect(showAll, &QToolButton::clicked, this, [this] { showComparisonTools({}); });
    filterLayout->addWidget(m_comparisonFilterLabel, 1);
    filterLayout->addWidget(showAll);
    m_comparisonFilterBar->hide();

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_comparisonFilterBar);
    centreLayout->addWidget(m_table, 1);

    m_details = new ToolDetailsView(this);
    m_details->setObjectName(QStringLiteral("toolDetails"));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(centre);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({240, 680, 360});
    setCentralWidget(m_mainSplitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    // Tab order follows the screen: search, facets, comparisons, table, details.
    setTabOrder(m_search, m_facets->listFor(allFacets.front()));
    QWidget* previous = m_facets->listFor(allFacets.front());
    for (Facet facet : allFacets) {
        if (facet == allFacets.front())
            continue;
        setTabOrder(previous, m_facets->listFor(facet));
        previous = m_facets->listFor(facet);
    }
    setTabOrder(previous, m_comparisonList);
    setTabOrder(m_comparisonList, m_table);
    setTabOrder(m_table, m_details);

    createActions();
    restoreState();
    refreshFacetCounts();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find = editMenu->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* clear = editMenu->addAction(tr("&Clear Search and Filters"), this, &MainWindow::clearFilters);
    clear->setObjectName(QStringLiteral("clearFiltersAction"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

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

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ShipOrSkip"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Escape in the search field clears it, as in every search box.
    auto* clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
}

void MainWindow::applyFilters()
{
    const QString selected = m_details->toolId();
    ToolQuery query;
    query.search = m_search->text();
    query.comparisonId = m_comparisonId;
    for (Facet facet : allFacets)
        query.values(facet) = m_facets->selection(facet);
    m_toolModel->setQuery(query);
    refreshFacetCounts();
    updateStatus();
    // Keep the selected tool selected when it still matches.
    if (!selected.isEmpty() && m_toolModel->rowOfTool(selected) >= 0)
        selectTool(selected);
    else if (m_toolModel->rowCount() == 0)
        m_details->showTool(std::nullopt);
}

void MainWindow::refreshFacetCounts()
{
    for (Facet facet : allFacets)
        m_facets->setCounts(facet, m_store.facetCounts(facet, m_toolModel->query()));
}

void MainWindow::updateStatus()
{
    const int total = m_store.toolCount();
    const int shown = m_toolModel->totalCount();
    m_countLabel->setText(shown == total ? tr("%n tool(s)", nullptr, total)
                                         : tr("%1 of %n tool(s)", nullptr, total).arg(shown));
    if (shown == 0 && total > 0)
        statusBar()->showMessage(tr("No tool matches. Clear the search and filters with Ctrl+Shift+L."));
    else
        statusBar()->clearMessage();
}

void MainWindow::onCurrentToolChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const QString toolId = current.data(ToolTableModel::ToolIdRole).toString();
    if (toolId == m_details->toolId())
        return;
    m_details->showTool(m_store.toolDetails(toolId));
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

void MainWindow::showComparisonTools(const QString& comparisonId)
{
    m_comparisonId = comparisonId;
    const QModelIndex index = m_comparisonModel->indexOfComparison(comparisonId);
    m_comparisonFilterBar->setVisible(!comparisonId.isEmpty());
    m_comparisonFilterLabel->setText(tr("Showing the tools of \u201c%1\u201d").arg(index.data().toString()));
    if (comparisonId.isEmpty())
        m_comparisonList->clearSelection();
    applyFilters();
    if (!comparisonId.isEmpty() && m_toolModel->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_toolModel->index(0, 0));
}

void MainWindow::clearFilters()
{
    m_comparisonId.clear();
    m_comparisonFilterBar->hide();
    m_comparisonList->clearSelection();
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_searchDelay->stop();
    const QSignalBlocker blockFacets(m_facets);
    m_facets->clearSelection();
    applyFilters();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, up to a comfortable reading size.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    QMainWindow::restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    m_mainSplitter->restoreState(m_settings.value(Settings::Key::MainSplitter).toByteArray());
    m_sideSplitter->restoreState(m_settings.value(Settings::Key::SideSplitter).toByteArray());
    if (!m_table->horizontalHeader()->restoreState(
            m_settings.value(Settings::Key::CatalogHeader).toByteArray())) {
        // First start: fit the narrow columns to their contents and give the rest to the name.
        for (int column = ToolTableModel::VendorColumn; column < ToolTableModel::ColumnCount; ++column)
            m_table->resizeColumnToContents(column);
    }
    const int column = std::clamp(m_settings.value(Settings::Key::CatalogSortColumn).toInt(), 0,
                                  static_cast<int>(ToolTableModel::ColumnCount) - 1);
    const Qt::SortOrder order = m_settings.value(Settings::Key::CatalogSortDescending).toBool()
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_table->horizontalHeader()->setSortIndicator(column, order); // sorts the model through the view
    const QString toolId = m_settings.value(Settings::Key::SelectedToolId).toString();
    if (!toolId.isEmpty())
        selectTool(toolId);
    if (!m_table->currentIndex().isValid() && m_toolModel->rowCount() > 0)
        selectTool(m_toolModel->index(0, 0).data(ToolTableModel::ToolIdRole).toString());
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::Key::MainSplitter, m_mainSplitter->saveState());
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

} // namespace sos
