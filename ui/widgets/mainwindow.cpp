#include "ui/widgets/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QListWidget>
#include <QAbstractItemView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include "ui/dialogs/addarticles.h"
#include "ui/dialogs/reanalyse.h"
#include "ui/dialogs/exportrunner.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimstatusfilter.h"
#include "ui/models/searchtext.h"
#include "ui/timeline/timelinepanel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/claimactions.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/clusterspanel.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/notespanel.h"
#include "ui/widgets/speakerpanel.h"

namespace claimdesk::ui {
namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");

QDockWidget* makeDock(const QString& title, const QString& name, QMainWindow* window) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);  // saveState() finds docks by name
    dock->setAccessibleName(title);
    return dock;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_prompts(std::make_unique<Prompts>()),
      m_undoGroup(new QUndoGroup(this)),
      m_claimDock(makeDock(tr("Claims"), QStringLiteral("claims"), this)),
      m_libraryDock(makeDock(tr("Library"), QStringLiteral("library"), this)),
      m_speakerDock(makeDock(tr("Speakers"), QStringLiteral("speakers"), this)),
      m_timelineDock(makeDock(tr("Timeline"), QStringLiteral("timeline"), this)),
      m_clusterDock(makeDock(tr("Clusters"), QStringLiteral("clusters"), this)),
      m_notesDock(makeDock(tr("Notes"), QStringLiteral("notes"), this)) {
    setWindowTitle(tr("Claimdesk"));
    setDockNestingEnabled(true);
    auto* placeholder = new QLabel(tr("Open a project (File > Open Project...) or create one to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    setCentralWidget(placeholder);
    m_claimActions = new ClaimActions(this, m_prompts.get());
    connect(m_claimActions, &ClaimActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 3000);
    });
    createActions();
    createMenus();
    setAcceptDrops(true);
    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    resetLayout();
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() {
    // Widgets hold the workspace; let them go before it does.
    for (QDockWidget* dock : docks())
        delete dock->widget();
    delete takeCentralWidget();
}

QList<QDockWidget*> MainWindow::docks() const {
    return {m_libraryDock, m_claimDock, m_timelineDock, m_clusterDock, m_speakerDock, m_notesDock};
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts) {
    m_prompts = std::move(prompts);
    m_claimActions->setPrompts(m_prompts.get());
    if (m_speakers)
        m_speakers->setPrompts(m_prompts.get());
    if (m_clusters)
        m_clusters->setPrompts(m_prompts.get());
}

QAction* MainWindow::confirmAction() const { return m_claimActions->confirm(); }
QAction* MainWindow::rejectAction() const { return m_claimActions->reject(); }
QAction* MainWindow::resetAction() const { return m_claimActions->reset(); }
QAction* MainWindow::assessAction() const { return m_claimActions->assess(); }

// The default arrangement for the window's size: the library above the
// clusters, speakers and notes on the left; the claim table under the
// articles, a third of the height or more, with the timeline in its own
// dock beside it where the width allows (at 1280 pixels it would squeeze
// the table: it starts hidden there, a key away). Every column of the
// library and the table stays on screen (ColumnFit).
void MainWindow::resetLayout() {
    for (QDockWidget* dock : docks()) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_clusterDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_speakerDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_notesDock);
    tabifyDockWidget(m_clusterDock, m_speakerDock);
    tabifyDockWidget(m_speakerDock, m_notesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    splitDockWidget(m_claimDock, m_timelineDock, Qt::Horizontal);
    for (QDockWidget* dock : docks())
        dock->show();
    m_clusterDock->raise();
    const QSize size = this->size();
    const bool wide = size.width() >= 1500;
    m_timelineDock->setVisible(wide);
    const int left = std::clamp(size.width() * 24 / 100, 280, 420);
    resizeDocks({m_libraryDock}, {left}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_clusterDock}, {size.height() * 55 / 100, size.height() * 45 / 100}, Qt::Vertical);
    resizeDocks({m_claimDock}, {std::max(240, size.height() * 38 / 100)}, Qt::Vertical);
    if (wide)
        resizeDocks({m_claimDock, m_timelineDock}, {size.width() * 62 / 100, size.width() * 38 / 100}, Qt::Horizontal);
    for (QToolBar* bar : findChildren<QToolBar*>())
        bar->show();
    if (m_claims)
        m_claims->resetColumns();
    if (m_library)
        m_library->resetColumns();
    if (m_notes)
        m_notes->resetColumns();
    if (m_clusters)
        m_clusters->resetColumns();
}

void MainWindow::updateActions() {
    const bool open = m_workspace != nullptr;
    for (QAction* a : {m_addArticles, m_export, m_next, m_previous, m_note, m_newClaim, m_newEvent, m_compareCluster,
                       m_find, m_findNext, m_findPrevious, m_searchLibrary, m_filterClaims, m_documentDetails,
                       m_summary, m_verdictLabels, m_rejectReasons, m_dismiss, m_importAnnotations})
        if (a)
            a->setEnabled(open);
    for (QAction* a : m_claimActions->all())
        a->setEnabled(open);
    m_claimActions->verdictMenu()->setEnabled(open);
    m_claimActions->credibilityMenu()->setEnabled(open);
    if (m_reanalyse)
        m_reanalyse->setEnabled(open);
}

void MainWindow::createPanels(Workspace* ws) {
    m_compare = new CompareArea(ws, this);
    setCentralWidget(m_compare);
    m_claims = new ClaimTableView(ws, m_claimDock);
    m_claimDock->setWidget(m_claims);
    m_library = new LibraryPanel(ws, m_libraryDock);
    m_libraryDock->setWidget(m_library);
    m_speakers = new SpeakerPanel(ws, m_prompts.get(), m_speakerDock);
    m_speakerDock->setWidget(m_speakers);
    m_clusters = new ClustersPanel(ws, m_prompts.get(), m_clusterDock);
    m_clusterDock->setWidget(m_clusters);
    m_notes = new NotesPanel(ws, m_notesDock);
    m_notesDock->setWidget(m_notes);
    m_timeline = new TimelinePanel(ws, m_prompts.get(), m_timelineDock);
    m_timelineDock->setWidget(m_timeline);
    m_claims->textFilter()->setPlaceholderText(
        tr("Filter by claim, speaker or outlet (%1)").arg(m_filterClaims->shortcut().toString(QKeySequence::NativeText)));
    m_library->searchBox()->setPlaceholderText(
        tr("Search documents and claims (%1)").arg(m_searchLibrary->shortcut().toString(QKeySequence::NativeText)));
    m_claimActions->setWorkspace(ws);
    m_claimActions->setSelection([this] { return m_claims ? m_claims->selectedClaims() : QList<qint64>{}; });
    const auto menu = [this](QMenu* menu, const QList<qint64>& ids) {
        m_claimActions->fillMenu(menu, ids);
        menu->addSeparator();
        menu->addAction(m_compareCluster);
    };
    m_claims->setClaimMenu(menu);
    m_compare->setClaimMenu(menu);
}

void MainWindow::connectPanels(Workspace* ws) {
    connect(m_claims, &ClaimTableView::claimActivated, this, &MainWindow::showClaim);
    connect(m_compare, &CompareArea::claimClicked, m_claims, &ClaimTableView::selectClaim);
    connect(m_compare, &CompareArea::noteRequested, this, &MainWindow::annotateNote);
    connect(m_compare, &CompareArea::claimRequested, this, &MainWindow::annotateClaim);
    connect(m_compare, &CompareArea::eventRequested, this, &MainWindow::annotateEvent);
    connect(m_compare, &CompareArea::noteEditRequested, this, &MainWindow::editNote);
    connect(m_library, &LibraryPanel::documentActivated, m_compare, &CompareArea::openDocument);
    connect(m_library, &LibraryPanel::searchHitActivated, this, &MainWindow::openSearchHit);
    connect(m_library, &LibraryPanel::detailsRequested, this, &MainWindow::editDocumentDetails);
    connect(m_notes, &NotesPanel::annotationActivated, this, [this](qint64 documentId, qint64 start, qint64 end) {
        m_compare->openDocument(documentId)->showSpan({start, end});
    });
    connect(m_clusters, &ClustersPanel::clusterActivated, this, [this](qint64 clusterId) {
        store::ClaimQuery query;
        query.clusterId = clusterId;
        auto members = m_workspace->claims(query);
        if (members && !members->empty() && m_claims->selectClaim(members->front().id))
            compareCluster();
    });
    connect(m_timeline, &TimelinePanel::claimClicked, this, [this](qint64 claimId, qint64 documentId) {
        m_claims->selectClaim(claimId);
        showClaim(claimId, documentId);  // also when the table had it selected already
    });
    connect(m_timeline, &TimelinePanel::eventClicked, this, [this](qint64, qint64 documentId, Span evidence) {
        m_compare->showClaimDocument(documentId)->showSpan(evidence);
    });
    connect(m_claims, &ClaimTableView::claimActivated, m_timeline, [this](qint64 claimId) {
        m_timeline->view()->selectClaim(claimId);
    });
    // The claim table's status filter applies to the timeline too.
    auto syncFilter = [this] { m_timeline->setStatusFilter(m_claims->filter()->status()); };
    connect(m_claims->filter(), &QAbstractItemModel::layoutChanged, this, syncFilter);
    connect(m_claims->filter(), &QAbstractItemModel::modelReset, this, syncFilter);
    connect(m_claims->filter(), &QAbstractItemModel::rowsInserted, this, syncFilter);
    connect(m_claims->filter(), &QAbstractItemModel::rowsRemoved, this, syncFilter);
    syncFilter();
    connect(ws, &Workspace::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Not done: %1").arg(message), 8000);
    });
}

bool MainWindow::openProject(const QString& path) {
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        QMessageBox::critical(this, tr("Cannot open project"), error);
        return false;
    }
    // The widgets of the previous project go before its workspace.
    for (QDockWidget* dock : docks())
        delete dock->widget();
    delete takeCentralWidget();
    m_claimActions->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    Workspace* ws = m_workspace.get();
    m_undoGroup->addStack(ws->undoStack());
    m_undoGroup->setActiveStack(ws->undoStack());
    createPanels(ws);
    connectPanels(ws);
    if (!m_layoutRestored)
        QTimer::singleShot(0, this, [this] {
            if (m_claims)
                m_claims->resetColumns();
        });

    // Open the first two documents side by side, so there is something to read.
    auto documents = ws->documents();
    // Neither is kept: the claim table may show other articles in them.
    if (documents && !documents->empty()) {
        m_compare->setKept(m_compare->openDocument(documents->front().id), false);
        if (documents->size() > 1)
            m_compare->setKept(m_compare->openDocument((*documents)[1].id, true), false);
    }
    setWindowTitle(tr("%1 — Claimdesk").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("%n document(s)", nullptr, documents ? static_cast<int>(documents->size()) : 0));
    rememberProject(QFileInfo(path).absoluteFilePath());
    updateActions();
    return true;
}

void MainWindow::newProject() {
    const QString path = m_prompts->projectToCreate(this);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProjectDialog() {
    const QString path = m_prompts->projectToOpen(this);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::addArticles() {
    if (!m_workspace)
        return;
    addArticlePaths(m_prompts->articlePaths(this));
}

void MainWindow::addArticlePaths(const QStringList& paths) {
    if (!m_workspace || paths.isEmpty())
        return;
    const pipeline::BatchReport report = ui::addArticles(this, m_workspace->path(), paths);
    m_workspace->notifyDocumentsAdded();
    const int added = report.count(pipeline::FileOutcome::Kind::Added);
    const int duplicates = report.count(pipeline::FileOutcome::Kind::Duplicate);
    const int failed = report.count(pipeline::FileOutcome::Kind::Failed);
    const QString summary = tr("%1 added, %2 already in the project, %3 failed%4")
                                .arg(added)
                                .arg(duplicates)
                                .arg(failed)
                                .arg(report.cancelled ? tr(" (cancelled)") : QString());
    statusBar()->showMessage(summary, 8000);
    if (failed > 0) {
        QStringList failures;
        for (const auto& o : report.outcomes)
            if (o.kind == pipeline::FileOutcome::Kind::Failed)
                failures << QString::fromStdString(o.message);
        QMessageBox box(QMessageBox::Warning, tr("Add articles"), summary, QMessageBox::Ok, this);
        box.setInformativeText(tr("Some files could not be added; see the details."));
        box.setDetailedText(failures.join(QLatin1Char('\n')));
        m_prompts->showReport(&box);
    }
}

// Re-analysis writes through a connection of its own on a worker thread;
// the project is then opened again, so that every view and the undo
// history start from what it holds now.
void MainWindow::reanalyse() {
    if (!m_workspace)
        return;
    const QString path = m_workspace->path();
    const auto summary = ui::reanalyseProject(this, path);
    openProject(path);
    if (!summary) {
        QMessageBox box(QMessageBox::Warning, tr("Re-analyse"), tr("The project could not be re-analysed."),
                        QMessageBox::Ok, this);
        box.setInformativeText(QString::fromStdString(summary.error()));
        m_prompts->showReport(&box);
        return;
    }
    statusBar()->showMessage(reanalysisText(*summary).section(QLatin1Char('\n'), 0, 0), 8000);
    QMessageBox box(summary->failures.empty() ? QMessageBox::Information : QMessageBox::Warning, tr("Re-analyse"),
                    reanalysisText(*summary), QMessageBox::Ok, this);
    if (!summary->failures.empty()) {
        QStringList failures;
        for (const auto& f : summary->failures)
            failures << QString::fromStdString(f);
        box.setInformativeText(tr("Some documents could not be re-analysed and are as they were; see the details."));
        box.setDetailedText(failures.join(QLatin1Char('\n')));
    }
    m_prompts->showReport(&box);
}

QStringList MainWindow::recentProjects() { return QSettings().value(kRecentKey).toStringList(); }

void MainWindow::rememberProject(const QString& path) {
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    for (const QString& path : recentProjects()) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

bool MainWindow::showView(const QString& name) {
    QDockWidget* dock = findChild<QDockWidget*>(name);
    if (!dock || !dock->parent() || dock->parent() != this)
        return false;
    dock->show();
    dock->raise();
    if (dock == m_timelineDock) {  // room for its lanes, once the window has its size
        QTimer::singleShot(0, this, [this] { resizeDocks({m_timelineDock}, {height() * 2 / 3}, Qt::Vertical); });
    }
    return true;
}

bool MainWindow::revealClaim(qint64 claimId) { return m_claims && m_claims->selectClaim(claimId); }

// The table shows a claim in its own article, in a viewer the analyst did
// not keep for something else; marks of a compared cluster go once the
// claim is none of its members.
void MainWindow::showClaim(qint64 claimId, qint64 documentId) {
    if (!m_compare)
        return;
    if (!m_compare->comparedClaims().contains(claimId))
        m_compare->clearComparison();
    m_compare->showClaimDocument(documentId)->revealClaim(claimId);
}

void MainWindow::openSearchHit(qint64 documentId, qint64 claimId, const QStringList& terms) {
    if (!m_compare)
        return;
    DocumentViewer* viewer = m_compare->openDocument(documentId);
    Span within;
    if (claimId) {
        m_claims->selectClaim(claimId);
        viewer->revealClaim(claimId);
        if (auto claim = m_workspace->claim(claimId))
            within = claim->contentSpan;
    }
    viewer->markTerms(terms, within);
}

void MainWindow::annotateSelection(bool asClaim) {
    DocumentViewer* viewer = m_compare ? m_compare->activeViewer() : nullptr;
    const auto span = viewer ? viewer->selectedSpan() : std::nullopt;
    if (!span) {
        statusBar()->showMessage(tr("Select some text in a document first"), 3000);
        return;
    }
    if (asClaim)
        annotateClaim(viewer->documentId(), *span);
    else
        annotateNote(viewer->documentId(), *span);
}

void MainWindow::annotateNote(qint64 documentId, Span span) {
    DocumentViewer* viewer = m_compare->viewerOf(documentId);
    const QString quote = viewer ? viewer->textCursor().selectedText() : QString();
    if (const auto note = m_prompts->note(this, quote))
        m_workspace->annotateNote(documentId, span, *note);
}

void MainWindow::annotateClaim(qint64 documentId, Span span) {
    DocumentViewer* viewer = m_compare->viewerOf(documentId);
    const QString quote = viewer ? viewer->textCursor().selectedText() : QString();
    auto speakers = m_workspace->speakers();
    const auto speaker = m_prompts->claimSpeaker(this, quote, speakers ? *speakers : std::vector<store::SpeakerSummary>{});
    if (!speaker)
        return;
    const qint64 id = speaker->newName.isEmpty()
                          ? m_workspace->annotateClaim(documentId, span, speaker->id)
                          : m_workspace->annotateClaimByNewSpeaker(documentId, span, speaker->newName);
    if (id)
        m_claims->selectClaim(id);
}

void MainWindow::annotateSelectionAsEvent() {
    DocumentViewer* viewer = m_compare ? m_compare->activeViewer() : nullptr;
    const auto span = viewer ? viewer->selectedSpan() : std::nullopt;
    if (!span) {
        statusBar()->showMessage(tr("Select some text in a document first"), 3000);
        return;
    }
    annotateEvent(viewer->documentId(), *span);
}

void MainWindow::annotateEvent(qint64 documentId, Span span) {
    DocumentViewer* viewer = m_compare->viewerOf(documentId);
    const QString quote = viewer ? viewer->textCursor().selectedText() : QString();
    const auto what = m_prompts->eventDescription(this, quote);
    if (!what)
        return;
    if (m_workspace->annotateEvent(documentId, span, *what))
        statusBar()->showMessage(tr("Event recorded"), 3000);
}

void MainWindow::editNote(qint64 documentId, qint64 annotationId) {
    auto annotations = m_workspace->annotations(documentId);
    if (!annotations)
        return;
    for (const auto& a : *annotations)
        if (a.id == annotationId)
            if (const auto note = m_prompts->editNote(this, QString::fromStdString(a.exact), QString::fromStdString(a.note)))
                m_workspace->editNote(documentId, annotationId, *note);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::compareCluster() {
    if (!m_workspace || !m_claims)
        return false;
    const qint64 current = m_claims->currentClaim();
    auto claim = current ? m_workspace->claim(current) : Result<store::ClaimRow>(makeError("no claim"));
    if (!claim || !claim->clusterId || claim->clusterDocuments < 2) {
        statusBar()->showMessage(tr("No other article carries this claim"), 3000);
        return false;
    }
    store::ClaimQuery query;
    query.clusterId = claim->clusterId;
    auto members = m_workspace->claims(query);
    if (!members)
        return false;
    // The current claim's own document first.
    QList<CompareArea::Member> list{{claim->documentId, claim->id}};
    for (const auto& m : *members)
        if (m.id != claim->id)
            list << CompareArea::Member{m.documentId, m.id};
    m_compare->showCluster(list, claim->disagreement ? QString::fromStdString(claim->disagreementReason) : QString());
    return true;
}

bool MainWindow::dismissCurrentDisagreement() {
    if (!m_workspace || !m_claims)
        return false;
    auto claim = m_workspace->claim(m_claims->currentClaim());
    if (!claim || !claim->clusterId || !claim->disagreement) {
        statusBar()->showMessage(tr("The current claim's cluster shows no disagreement"), 3000);
        return false;
    }
    const auto why = m_prompts->dismissReason(this, QString::fromStdString(claim->disagreementReason));
    if (!why || !m_workspace->dismissDisagreement(*claim->clusterId, *why))
        return false;
    m_compare->clearComparison();
    statusBar()->showMessage(tr("Not a disagreement: dismissed (Ctrl+Z undoes)"), 5000);
    return true;
}

bool MainWindow::editDocumentDetails(qint64 documentId) {
    if (!m_workspace)
        return false;
    auto document = m_workspace->document(documentId);
    auto edits = m_workspace->documentEdits(documentId);
    if (!document || !edits)
        return false;
    const auto authors = [](const std::vector<std::string>& names) {
        QStringList out;
        for (const auto& n : names)
            out << QString::fromStdString(n);
        return out;
    };
    DocumentDetails current{QString::fromStdString(document->source.title), QString::fromStdString(document->source.outlet),
                            authors(document->source.authors),
                            QString::fromStdString(document->source.published.value_or(""))};
    // What ingestion detected: each field's value before its first edit.
    DocumentDetails detected = current;
    for (auto field : {store::DocumentField::Title, store::DocumentField::Outlet, store::DocumentField::Authors,
                       store::DocumentField::Published})
        for (const auto& e : *edits)
            if (e.field == field) {
                const QString old = QString::fromStdString(e.oldValue.value_or(""));
                switch (field) {
                case store::DocumentField::Title: detected.title = old; break;
                case store::DocumentField::Outlet: detected.outlet = old; break;
                case store::DocumentField::Published: detected.published = old; break;
                case store::DocumentField::Authors:
                    detected.authors.clear();
                    for (const QString& part : old.mid(1, old.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                        detected.authors << part.trimmed().remove(QLatin1Char('"'));
                    break;
                }
                break;
            }
    QStringList outlets;
    if (auto known = m_workspace->outlets())
        for (const auto& o : *known)
            outlets << QString::fromStdString(o.name);
    const auto answer = m_prompts->documentDetails(this, current, detected, outlets);
    if (!answer || *answer == current)
        return false;
    // One undo step per field changed, in the order of the dialog.
    bool done = true;
    if (answer->title != current.title)
        done &= m_workspace->editDocument(documentId, store::DocumentField::Title, answer->title);
    if (answer->outlet != current.outlet)
        done &= m_workspace->editDocument(documentId, store::DocumentField::Outlet, answer->outlet);
    if (answer->authors != current.authors)
        done &= m_workspace->editDocument(documentId, store::DocumentField::Authors,
                                          answer->authors.isEmpty() ? QString() : authorsJson(answer->authors));
    if (answer->published != current.published)
        done &= m_workspace->editDocument(documentId, store::DocumentField::Published, answer->published);
    return done;
}

void MainWindow::focusDock(QDockWidget* dock) {
    dock->show();
    dock->raise();
    if (QWidget* w = dock->widget()) {
        // The panel's main view: its table or tree, or its first input.
        QWidget* target = w->findChild<QAbstractItemView*>();
        if (dock == m_libraryDock && m_library)
            target = m_library->tree()->isVisible() ? static_cast<QWidget*>(m_library->tree()) : m_library->results();
        if (dock == m_timelineDock && m_timeline)
            target = m_timeline->view();
        (target ? target : w)->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_workspace && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addArticlePaths(paths);
}

}  // namespace claimdesk::ui
