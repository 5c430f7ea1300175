#include "ui/widgets/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QToolBar>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/export/webannotationread.h"
#include "ui/dialogs/addarticles.h"
#include "ui/dialogs/reanalyse.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/exportrunner.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/speakerpanel.h"
#include "ui/models/claimstatusfilter.h"
#include "ui/timeline/timelinepanel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/theme.h"

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
      m_timelineDock(makeDock(tr("Timeline"), QStringLiteral("timeline"), this)) {
    setWindowTitle(tr("Claimdesk"));
    setDockNestingEnabled(true);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_speakerDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    tabifyDockWidget(m_claimDock, m_timelineDock);
    m_claimDock->raise();
    auto* placeholder = new QLabel(tr("Open a project (File > Open Project...) or create one to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    setCentralWidget(placeholder);
    createActions();
    createMenus();
    setAcceptDrops(true);
    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: room for titles in the library, a page of claims.
        resizeDocks({m_libraryDock, m_speakerDock}, {380, 380}, Qt::Horizontal);
        resizeDocks({m_libraryDock, m_speakerDock}, {480, 260}, Qt::Vertical);
        resizeDocks({m_claimDock}, {300}, Qt::Vertical);
    }
    updateActions();
}

MainWindow::~MainWindow() {
    // Widgets hold the workspace; let them go before it does.
    delete m_claimDock->widget();
    delete m_libraryDock->widget();
    delete m_speakerDock->widget();
    delete m_timelineDock->widget();
    delete takeCentralWidget();
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts) {
    m_prompts = std::move(prompts);
    if (m_speakers)
        m_speakers->setPrompts(m_prompts.get());
}

void MainWindow::createActions() {
    m_newProject = new QAction(tr("&New Project..."), this);
    m_newProject->setShortcut(QKeySequence::New);
    connect(m_newProject, &QAction::triggered, this, &MainWindow::newProject);
    m_openProject = new QAction(tr("&Open Project..."), this);
    m_openProject->setShortcut(QKeySequence::Open);
    connect(m_openProject, &QAction::triggered, this, &MainWindow::openProjectDialog);
    m_addArticles = new QAction(tr("&Add Articles..."), this);
    m_addArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addArticles, &QAction::triggered, this, &MainWindow::addArticles);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_export = new QAction(tr("&Export..."), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportReport);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_confirm = new QAction(tr("&Confirm"), this);
    m_confirm->setShortcut(Qt::Key_C);
    m_confirm->setStatusTip(tr("Confirm the selected claims"));
    connect(m_confirm, &QAction::triggered, this, &MainWindow::confirmSelected);
    m_reject = new QAction(tr("&Reject..."), this);
    m_reject->setShortcut(Qt::Key_R);
    m_reject->setStatusTip(tr("Reject the selected claims, giving a reason"));
    connect(m_reject, &QAction::triggered, this, &MainWindow::rejectSelected);
    m_reset = new QAction(tr("&Back to Extracted"), this);
    m_reset->setShortcut(Qt::Key_E);
    connect(m_reset, &QAction::triggered, this, &MainWindow::resetSelected);
    m_next = new QAction(tr("&Next Unreviewed"), this);
    m_next->setShortcut(Qt::Key_J);
    connect(m_next, &QAction::triggered, this, [this] {
        if (m_claims && !m_claims->selectNextUnreviewed(true))
            statusBar()->showMessage(tr("No claim left to review below"), 3000);
    });
    m_previous = new QAction(tr("&Previous Unreviewed"), this);
    m_previous->setShortcut(Qt::Key_K);
    connect(m_previous, &QAction::triggered, this, [this] {
        if (m_claims && !m_claims->selectNextUnreviewed(false))
            statusBar()->showMessage(tr("No claim left to review above"), 3000);
    });
    m_note = new QAction(tr("New &Note from Selection..."), this);
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_note, &QAction::triggered, this, [this] { annotateSelection(false); });
    m_newClaim = new QAction(tr("New C&laim from Selection..."), this);
    m_newClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_newClaim, &QAction::triggered, this, [this] { annotateSelection(true); });
    // Single-key review shortcuts must not fire while typing in a field;
    // line edits take plain keys first, so window scope is safe.
    for (QAction* a : {m_confirm, m_reject, m_reset, m_next, m_previous})
        a->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newProject);
    file->addAction(m_openProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_addArticles);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    m_reanalyse = project->addAction(tr("Re-&analyse..."), this, &MainWindow::reanalyse);
    m_reanalyse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reanalyse->setStatusTip(tr("Extract every document again with this version, keeping the analysts' work"));

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_confirm);
    review->addAction(m_reject);
    review->addAction(m_reset);
    review->addSeparator();
    review->addAction(m_next);
    review->addAction(m_previous);
    review->addSeparator();
    review->addAction(m_note);
    review->addAction(m_newClaim);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_libraryDock->toggleViewAction());
    view->addAction(m_claimDock->toggleViewAction());
    view->addAction(m_speakerDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    createWorkbenchActions(review, view);
    createAnalystAction(edit);
    createImportAction(file);
}

void MainWindow::updateActions() {
    const bool open = m_workspace != nullptr;
    for (QAction* a : {m_addArticles, m_export, m_confirm, m_reject, m_reset, m_next, m_previous, m_note, m_newClaim})
        a->setEnabled(open);
    for (QAction* a : {m_newEvent, m_compareCluster, m_reanalyse})
        a->setEnabled(open);
    if (m_importAnnotations)
        m_importAnnotations->setEnabled(open);
}

bool MainWindow::openProject(const QString& path) {
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        QMessageBox::critical(this, tr("Cannot open project"), error);
        return false;
    }
    // The widgets of the previous project go before its workspace.
    delete m_claimDock->widget();
    delete m_libraryDock->widget();
    delete m_speakerDock->widget();
    delete m_timelineDock->widget();
    delete takeCentralWidget();
    m_workspace = std::move(workspace);
    Workspace* ws = m_workspace.get();
    m_undoGroup->addStack(ws->undoStack());
    m_undoGroup->setActiveStack(ws->undoStack());

    m_compare = new CompareArea(ws, this);
    setCentralWidget(m_compare);
    m_claims = new ClaimTableView(ws, m_claimDock);
    m_claimDock->setWidget(m_claims);
    m_claims->setReviewActions({m_confirm, m_reject, m_reset, m_compareCluster});
    m_library = new LibraryPanel(ws, m_libraryDock);
    m_libraryDock->setWidget(m_library);
    m_speakers = new SpeakerPanel(ws, m_prompts.get(), m_speakerDock);
    m_speakerDock->setWidget(m_speakers);

    connect(m_claims, &ClaimTableView::claimActivated, this, &MainWindow::showClaim);
    connect(m_compare, &CompareArea::claimClicked, m_claims, &ClaimTableView::selectClaim);
    connect(m_compare, &CompareArea::noteRequested, this, &MainWindow::annotateNote);
    connect(m_compare, &CompareArea::claimRequested, this, &MainWindow::annotateClaim);
    connect(m_compare, &CompareArea::eventRequested, this, &MainWindow::annotateEvent);
    connect(m_compare, &CompareArea::noteEditRequested, this, &MainWindow::editNote);
    connect(m_library, &LibraryPanel::documentActivated, m_compare, &CompareArea::openDocument);
    connect(m_library, &LibraryPanel::claimActivated, this, [this](qint64 claimId, qint64 documentId) {
        if (!m_claims->selectClaim(claimId))
            showClaim(claimId, documentId);
    });
    m_timeline = new TimelinePanel(ws, m_timelineDock);
    m_timelineDock->setWidget(m_timeline);
    connect(m_timeline, &TimelinePanel::claimClicked, this, [this](qint64 claimId, qint64 documentId) {
        m_claims->selectClaim(claimId);
        showClaim(claimId, documentId);  // also when the table had it selected already
    });
    connect(m_timeline, &TimelinePanel::eventClicked, this, [this](qint64, qint64 documentId, Span evidence) {
        m_compare->openDocument(documentId)->selectSpan(evidence);
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

    // Open the first two documents side by side, so there is something to read.
    auto documents = ws->documents();
    if (documents && !documents->empty()) {
        m_compare->openDocument(documents->front().id);
        if (documents->size() > 1)
            m_compare->openDocument((*documents)[1].id, true);
    }
    setWindowTitle(tr("%1 — Claimdesk").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(
        tr("%n document(s)", nullptr, documents ? static_cast<int>(documents->size()) : 0));
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

void MainWindow::showClaim(qint64 claimId, qint64 documentId) {
    if (!m_compare)
        return;
    DocumentViewer* viewer = m_compare->openDocument(documentId);
    viewer->revealClaim(claimId);
}

void MainWindow::confirmSelected() {
    if (!m_workspace)
        return;
    const QList<qint64> ids = m_claims->selectedClaims();
    if (!ids.isEmpty() && m_workspace->confirmClaims(ids))
        statusBar()->showMessage(tr("Confirmed %n claim(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::rejectSelected() {
    if (!m_workspace)
        return;
    const QList<qint64> ids = m_claims->selectedClaims();
    if (ids.isEmpty())
        return;
    const auto reason = m_prompts->rejectReason(this, int(ids.size()));
    if (reason && m_workspace->rejectClaims(ids, *reason))
        statusBar()->showMessage(tr("Rejected %n claim(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::resetSelected() {
    if (!m_workspace)
        return;
    const QList<qint64> ids = m_claims->selectedClaims();
    if (!ids.isEmpty())
        m_workspace->resetClaims(ids);
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

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

// The report is written from the file on disk by a worker with its own
// store connection; every edit is already committed, so it sees them all.
void MainWindow::exportReport() {
    if (!m_workspace)
        return;
    if (!m_exporter) {
        m_exporter = new ExportRunner(this);
        connect(m_exporter, &ExportRunner::finished, this, [this](bool ok, const QString& path, const QString& message) {
            if (ok)
                statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
            else if (message == QLatin1String("cancelled"))
                statusBar()->showMessage(tr("Export cancelled"), 5000);
            else
                QMessageBox::warning(this, tr("Export failed"), message);
        });
    }
    if (m_exporter->running())
        return;
    auto documents = m_workspace->documents();
    if (!documents) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(documents.error()));
        return;
    }
    const QFileInfo project(m_workspace->path());
    ExportDialog dialog(exportFormats(), *documents,
                        project.dir().filePath(project.completeBaseName() + QStringLiteral("-report.pdf")),
                        project.completeBaseName(), m_workspace->analyst(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report::ReportOptions options = dialog.options();
    options.date = m_workspace->now().left(10).toStdString();
    exporting::ExchangeOptions exchange = dialog.exchangeOptions();
    exchange.generated = m_workspace->now().toStdString();
    m_exporter->start(m_workspace->path(), dialog.format(), options, dialog.path(), exchange);
}

void MainWindow::createWorkbenchActions(QMenu* review, QMenu* view) {
    m_newEvent = new QAction(tr("New &Event from Selection..."), this);
    m_newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_newEvent->setStatusTip(tr("Record the selected text as an event, its date normalised"));
    connect(m_newEvent, &QAction::triggered, this, &MainWindow::annotateSelectionAsEvent);
    review->insertAction(m_note, m_newEvent);
    m_compareCluster = new QAction(tr("Compare C&luster"), this);
    m_compareCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_compareCluster->setStatusTip(tr("Open every article of the current claim's cluster side by side"));
    connect(m_compareCluster, &QAction::triggered, this, &MainWindow::compareCluster);
    view->addSeparator();
    view->addAction(m_compareCluster);

    // Some platforms have no standard key for Quit.
    if (m_quit->shortcut().isEmpty())
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Shortcuts for the docks too: every action has one.
    const QList<QDockWidget*> docks{m_libraryDock, m_claimDock, m_speakerDock, m_timelineDock};
    for (int i = 0; i < docks.size(); ++i)
        docks[i]->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));

    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const Theme current = storedTheme();
    const QList<std::pair<Theme, QString>> themes{
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (int i = 0; i < themes.size(); ++i) {
        const Theme t = themes[i].first;
        QAction* a = theme->addAction(themes[i].second, this, [t] {
            storeTheme(t);
            applyTheme(t);
        });
        a->setCheckable(true);
        a->setChecked(t == current);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)));
        a->setData(themeName(t));
        group->addAction(a);
        m_themeActions << a;
    }
    if (current != Theme::System)
        applyTheme(current);

    // Short labels on the toolbar; the menus keep the full ones.
    m_newClaim->setIconText(tr("New Claim"));
    m_newEvent->setIconText(tr("New Event"));
    m_note->setIconText(tr("New Note"));
    for (QAction* a : {m_newClaim, m_newEvent, m_note})
        a->setToolTip(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")) + QStringLiteral(" (") +
                      a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    QToolBar* annotate = addToolBar(tr("Annotate"));
    annotate->setObjectName(QStringLiteral("annotate"));  // saveState() finds toolbars by name
    annotate->setAccessibleName(tr("Annotate"));
    annotate->addAction(m_newClaim);
    annotate->addAction(m_newEvent);
    annotate->addAction(m_note);
    annotate->addSeparator();
    annotate->addAction(m_compareCluster);
    view->addAction(annotate->toggleViewAction());
    annotate->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
}

void MainWindow::createAnalystAction(QMenu* edit) {
    m_analystName = new QAction(tr("Analyst &Name..."), this);
    m_analystName->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_analystName->setStatusTip(tr("The name written into review history and annotations"));
    connect(m_analystName, &QAction::triggered, this, [this] {
        const QString current = m_workspace ? m_workspace->analyst() : QSettings().value(QStringLiteral("analyst/name")).toString();
        const auto name = m_prompts->analystName(this, current);
        if (!name)
            return;
        if (m_workspace)
            m_workspace->setAnalyst(*name);
        else
            QSettings().setValue(QStringLiteral("analyst/name"), name->trimmed());
        statusBar()->showMessage(tr("Reviewing as %1").arg(m_workspace ? m_workspace->analyst() : name->trimmed()), 3000);
    });
    edit->addSeparator();
    edit->addAction(m_analystName);
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

void MainWindow::createImportAction(QMenu* file) {
    m_importAnnotations = new QAction(tr("&Import Annotations..."), this);
    m_importAnnotations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAnnotations->setStatusTip(
        tr("Read a W3C Web Annotation export (claims' status, notes, highlights) into this project"));
    connect(m_importAnnotations, &QAction::triggered, this, &MainWindow::importAnnotations);
    file->insertAction(m_export, m_importAnnotations);
    updateActions();
}

// The import runs on the UI thread through the Workspace's own store, under
// a wait cursor. It is one short transaction: the demo corpus's export with
// all 121 claims reviewed imports in under 0.1 s, process start included
// (about 0.5 ms an annotation, so a second for a project of a hundred
// articles). Going through the one connection the window writes with means
// no other writer can interleave with it, and the views only reload. A
// worker would need its own connection, the window kept from editing
// meanwhile and a reopen after, for no gain at this size.
void MainWindow::importAnnotations() {
    if (!m_workspace)
        return;
    const QString path = m_prompts->annotationsToImport(this);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import failed"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    auto items = exporting::readWebAnnotations(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!items) {
        QMessageBox::warning(this, tr("Import failed"),
                             tr("%1 is not a W3C Web Annotation export: %2")
                                 .arg(QFileInfo(path).fileName(), QString::fromStdString(items.error())));
        return;
    }
    const QString question =
        tr("Import %n annotation(s) from %1 into this project?", nullptr, static_cast<int>(items->size()))
            .arg(QFileInfo(path).fileName());
    const QString details =
        tr("Claims get their status, credibility and review history back; notes and highlights are recreated. "
           "An import is not an edit that can be undone: Edit > Undo will not reach it, and the undo history "
           "so far is cleared.");
    if (!m_prompts->confirmImport(this, question, details))
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_workspace->importAnnotations(*items);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Import failed"), QString::fromStdString(report.error()));
        return;
    }
    QStringList lines;
    QString summary;
    QMessageBox::Icon icon = QMessageBox::Information;
    if (!report->missingDocuments.empty()) {
        icon = QMessageBox::Warning;
        summary = tr("Nothing imported: %n document(s) of the export are not in this project. "
                     "Add those articles first.",
                     nullptr, static_cast<int>(report->missingDocuments.size()));
        for (const auto& d : report->missingDocuments)
            lines << tr("Missing document: %1").arg(QString::fromStdString(d));
    } else {
        summary = tr("%1 claims updated, %2 created, %3 unchanged; %4 annotations added, %5 already there; "
                     "%6 orphaned, %7 skipped.")
                      .arg(report->claimsUpdated)
                      .arg(report->claimsCreated)
                      .arg(report->claimsUnchanged)
                      .arg(report->annotationsAdded)
                      .arg(report->duplicates)
                      .arg(report->orphaned)
                      .arg(report->skipped);
        for (const auto& w : report->warnings)
            lines << QString::fromStdString(w);
        if (report->orphaned > 0 || report->skipped > 0 || report->conflicts > 0)
            icon = QMessageBox::Warning;
    }
    statusBar()->showMessage(summary, 8000);
    QMessageBox box(icon, tr("Import annotations"), summary, QMessageBox::Ok, this);
    QStringList notes;
    if (report->orphaned > 0)
        notes << tr("Orphaned annotations could not be anchored in their document's text; they are kept for review.");
    if (report->conflicts > 0)
        notes << tr("%n imported decision(s) conflicted with this project's own and were kept in the claims' "
                    "history without changing their status.",
                    nullptr, report->conflicts);
    if (!notes.isEmpty())
        box.setInformativeText(notes.join(QLatin1Char(' ')));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    m_prompts->showReport(&box);
}

}  // namespace claimdesk::ui
