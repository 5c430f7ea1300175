// MainWindow's actions and menus: what each command is called, its key,
// and where it is found.

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

#include "core/export/webannotationread.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/exportrunner.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/prompts.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/edit/workspace.h"
#include "ui/widgets/claimactions.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/theme.h"

namespace claimdesk::ui {

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

    m_next = new QAction(tr("&Next to Check"), this);
    m_next->setShortcut(Qt::Key_J);
    connect(m_next, &QAction::triggered, this, [this] {
        if (m_claims && !m_claims->selectNextUnreviewed(true))
            statusBar()->showMessage(tr("No claim left to check below"), 3000);
    });
    m_previous = new QAction(tr("&Previous to Check"), this);
    m_previous->setShortcut(Qt::Key_K);
    connect(m_previous, &QAction::triggered, this, [this] {
        if (m_claims && !m_claims->selectNextUnreviewed(false))
            statusBar()->showMessage(tr("No claim left to check above"), 3000);
    });
    m_note = new QAction(tr("New &Note from Selection..."), this);
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_note, &QAction::triggered, this, [this] { annotateSelection(false); });
    m_newClaim = new QAction(tr("New C&laim from Selection..."), this);
    m_newClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_newClaim, &QAction::triggered, this, [this] { annotateSelection(true); });
    m_dismiss = new QAction(tr("Not a &Disagreement..."), this);
    m_dismiss->setShortcut(Qt::Key_D);
    m_dismiss->setStatusTip(tr("Dismiss the current claim's disagreement, saying why; linking keeps it dismissed"));
    connect(m_dismiss, &QAction::triggered, this, &MainWindow::dismissCurrentDisagreement);
    // Single-key shortcuts must not fire while typing in a field; line
    // edits take plain keys first, so window scope is safe.
    for (QAction* a : {m_next, m_previous, m_dismiss})
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
    createFindActions(edit);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_claimActions->confirm());
    review->addAction(m_claimActions->reject());
    review->addAction(m_claimActions->reset());
    review->addSeparator();
    review->addAction(m_claimActions->assess());
    review->addMenu(m_claimActions->verdictMenu());
    review->addMenu(m_claimActions->credibilityMenu());
    review->addSeparator();
    review->addAction(m_claimActions->moveToCluster());
    review->addAction(m_claimActions->split());
    review->addAction(m_dismiss);
    review->addSeparator();
    review->addAction(m_next);
    review->addAction(m_previous);
    review->addSeparator();
    review->addAction(m_note);
    review->addAction(m_newClaim);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    createViewActions(view);
    createWorkbenchActions(review, view);
    createAnalystAction(edit);
    createImportAction(file);
    createProjectMenu();
    createHelpMenu();
}

void MainWindow::createFindActions(QMenu* edit) {
    edit->addSeparator();
    m_find = edit->addAction(tr("&Find in Article..."), this, [this] {
        if (m_compare)
            m_compare->showFind();
    });
    m_find->setShortcut(QKeySequence::Find);
    m_findNext = edit->addAction(tr("Find &Next"), this, [this] {
        if (m_compare)
            m_compare->findNext(true);
    });
    m_findNext->setShortcut(QKeySequence(Qt::Key_F3));
    m_findPrevious = edit->addAction(tr("Find &Previous"), this, [this] {
        if (m_compare)
            m_compare->findNext(false);
    });
    m_findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_searchLibrary = edit->addAction(tr("&Search the Library"), this, [this] {
        if (!m_library)
            return;
        m_libraryDock->show();
        m_libraryDock->raise();
        m_library->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchBox()->selectAll();
    });
    m_searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filterClaims = edit->addAction(tr("Fi&lter Claims"), this, [this] {
        if (!m_claims)
            return;
        m_claimDock->show();
        m_claimDock->raise();
        m_claims->textFilter()->setFocus(Qt::ShortcutFocusReason);
        m_claims->textFilter()->selectAll();
    });
    m_filterClaims->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    edit->addSeparator();
    m_documentDetails = edit->addAction(tr("Document &Details..."), this, [this] {
        DocumentViewer* viewer = m_compare ? m_compare->activeViewer() : nullptr;
        if (viewer && viewer->documentId())
            editDocumentDetails(viewer->documentId());
    });
    m_documentDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_documentDetails->setStatusTip(tr("Correct the active article's title, outlet, authors or date"));
}

// Alt+1.. puts the keyboard in a panel (showing it if hidden); the View
// menu's toggles show and hide them.
void MainWindow::createViewActions(QMenu* view) {
    QMenu* go = view->addMenu(tr("&Go To"));
    struct Target {
        QString name;
        std::function<void()> focus;
    };
    const QList<Target> targets{
        {tr("&Library"), [this] { focusDock(m_libraryDock); }},
        {tr("&Article"), [this] {
             if (m_compare && m_compare->activeViewer())
                 m_compare->activeViewer()->setFocus(Qt::ShortcutFocusReason);
         }},
        {tr("&Claims"), [this] { focusDock(m_claimDock); }},
        {tr("&Timeline"), [this] { focusDock(m_timelineDock); }},
        {tr("Cl&usters"), [this] { focusDock(m_clusterDock); }},
        {tr("&Speakers"), [this] { focusDock(m_speakerDock); }},
        {tr("&Notes"), [this] { focusDock(m_notesDock); }}};
    for (int i = 0; i < targets.size(); ++i) {
        QAction* a = go->addAction(targets[i].name, this, targets[i].focus);
        a->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        m_focusActions << a;
    }
    view->addSeparator();
    const QList<QDockWidget*> panels{m_libraryDock, m_claimDock, m_timelineDock, m_clusterDock, m_speakerDock, m_notesDock};
    for (int i = 0; i < panels.size(); ++i) {
        QAction* toggle = panels[i]->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + i)));
        view->addAction(toggle);
    }
    m_resetLayout = new QAction(tr("&Reset Layout"), this);
    m_resetLayout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    m_resetLayout->setStatusTip(tr("Put every panel back where it starts, at sizes for this window"));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
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
    annotate->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_0));
    view->addSeparator();
    view->addAction(m_resetLayout);
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
        QSettings().setValue(QStringLiteral("analyst/asked"), true);  // the first review need not ask
        if (m_workspace)
            m_workspace->setAnalyst(*name);
        else
            QSettings().setValue(QStringLiteral("analyst/name"), name->trimmed());
        statusBar()->showMessage(tr("Reviewing as %1").arg(m_workspace ? m_workspace->analyst() : name->trimmed()), 3000);
    });
    edit->addSeparator();
    edit->addAction(m_analystName);
}

void MainWindow::createProjectMenu() {
    QMenu* project = menuBar()->addMenu(tr("&Project"));
    m_reanalyse = project->addAction(tr("Re-&analyse..."), this, &MainWindow::reanalyse);
    m_reanalyse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reanalyse->setStatusTip(tr("Extract every document again with this version, keeping the analysts' work"));
    project->addSeparator();
    m_summary = project->addAction(tr("Report &Summary..."), this, [this] {
        if (!m_workspace)
            return;
        NoteDialog dialog(tr("Report summary"),
                          tr("&What the report says, in your words (it opens the report's first page):"), {},
                          m_workspace->projectText(QStringLiteral("summary")), this);
        if (m_prompts && dialog.exec() == QDialog::Accepted)
            m_workspace->setProjectText(QStringLiteral("summary"), dialog.text());
    });
    m_summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_verdictLabels = project->addAction(tr("&Verdict Labels..."), this, [this] {
        if (!m_workspace)
            return;
        if (auto labels = m_workspace->verdictLabels())
            if (auto edited = m_prompts->verdictLabels(this, *labels))
                m_workspace->setVerdictLabels(*edited);
    });
    m_verdictLabels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_rejectReasons = project->addAction(tr("&Reasons for a Wrong Attribution..."), this, [this] {
        if (!m_workspace)
            return;
        QStringList reasons;
        if (auto read = m_workspace->rejectReasons())
            for (const auto& r : *read)
                reasons << QString::fromStdString(r);
        if (auto edited = m_prompts->rejectReasons(this, reasons))
            m_workspace->setRejectReasons(*edited);
    });
    m_rejectReasons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
}

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                  [this] { m_prompts->showShortcuts(this, shortcutEntries(menuBar()->actions())); });
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    if (m_shortcuts->shortcut().isEmpty())
        m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::createImportAction(QMenu* file) {
    m_importAnnotations = new QAction(tr("&Import Annotations..."), this);
    m_importAnnotations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAnnotations->setStatusTip(
        tr("Read a W3C Web Annotation export (claims' status, notes, highlights) into this project"));
    connect(m_importAnnotations, &QAction::triggered, this, &MainWindow::importAnnotations);
    file->insertAction(m_export, m_importAnnotations);
}

// The report is written from the file on disk by a worker with its own
// store connection; every edit is already committed, so it sees them all.
// The dialog starts from what it was left at for this project.
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
    dialog.setSummary(m_workspace->projectText(QStringLiteral("summary")));
    dialog.restoreSettings(project.absoluteFilePath());
    if (!m_prompts->runExport(&dialog))
        return;
    dialog.saveSettings(project.absoluteFilePath());
    m_workspace->setProjectText(QStringLiteral("summary"), dialog.summary());
    report::ReportOptions options = dialog.options();
    options.date = m_workspace->now().left(10).toStdString();
    exporting::ExchangeOptions exchange = dialog.exchangeOptions();
    exchange.generated = m_workspace->now().toStdString();
    m_exporter->start(m_workspace->path(), dialog.format(), options, dialog.path(), exchange);
}

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
