#pragma once

// The workbench window: documents side by side in the middle, the claim
// table and the timeline below, the library, clusters, speakers and notes
// in docks around them. It wires the widgets to one Workspace per open
// project; the edits themselves are the Workspace's.

#include <memory>

#include <QMainWindow>

#include "core/domain/span.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoGroup;

namespace claimdesk::ui {

class ClaimActions;
class ClaimTableView;
class ClustersPanel;
class CompareArea;
class ExportRunner;
class LibraryPanel;
class NotesPanel;
class Prompts;
class SpeakerPanel;
class TimelinePanel;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a project file and shows it; false (with a message
    // box) when it cannot be opened.
    bool openProject(const QString& path);
    // Selects a claim in the table and shows it in its document.
    bool revealClaim(qint64 claimId);
    // Replaces the dialogs that ask the analyst (for tests).
    void setPrompts(std::unique_ptr<Prompts> prompts);

    Workspace* workspace() const { return m_workspace.get(); }
    CompareArea* compareArea() const { return m_compare; }
    ClaimTableView* claimTable() const { return m_claims; }
    LibraryPanel* library() const { return m_library; }
    SpeakerPanel* speakerPanel() const { return m_speakers; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    ClustersPanel* clustersPanel() const { return m_clusters; }
    NotesPanel* notesPanel() const { return m_notes; }
    ClaimActions* claimActions() const { return m_claimActions; }
    // Brings a dock to the front ("claims", "timeline", "library",
    // "speakers", "clusters", "notes"); false when unknown.
    bool showView(const QString& name);
    // The docks, in the order Alt+1.. focuses them (the articles are Alt+2).
    QList<QDockWidget*> docks() const;

    QAction* addArticlesAction() const { return m_addArticles; }
    QAction* reanalyseAction() const { return m_reanalyse; }
    QAction* confirmAction() const;
    QAction* rejectAction() const;
    QAction* resetAction() const;
    QAction* assessAction() const;
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* noteAction() const { return m_note; }
    QAction* newClaimAction() const { return m_newClaim; }
    QAction* exportAction() const { return m_export; }
    QAction* findAction() const { return m_find; }
    QAction* findNextAction() const { return m_findNext; }
    QAction* findPreviousAction() const { return m_findPrevious; }
    QAction* searchLibraryAction() const { return m_searchLibrary; }
    QAction* filterClaimsAction() const { return m_filterClaims; }
    QAction* resetLayoutAction() const { return m_resetLayout; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* documentDetailsAction() const { return m_documentDetails; }
    QAction* summaryAction() const { return m_summary; }
    QAction* dismissAction() const { return m_dismiss; }
    QList<QAction*> focusActions() const { return m_focusActions; }
    ExportRunner* exporter() const { return m_exporter; }

    static QStringList recentProjects();

    // Adds article files or folders to the open project on a worker
    // thread, as File > Add Articles... and a drop onto the window do, and
    // reports what was added and what failed.
    void addArticlePaths(const QStringList& paths);
    // Shows every document of the current claim's cluster side by side.
    bool compareCluster();
    // Opens a search result: its article, scrolled to the match, the query's
    // words marked (within the claim, for a claim hit).
    void openSearchHit(qint64 documentId, qint64 claimId, const QStringList& terms);
    // The default dock layout and column widths for the window's size.
    void resetLayout();
    // Edits the details of a document (Edit > Document Details...).
    bool editDocumentDetails(qint64 documentId);
    QAction* newEventAction() const { return m_newEvent; }
    QAction* compareClusterAction() const { return m_compareCluster; }
    QAction* analystNameAction() const { return m_analystName; }
    QList<QAction*> themeActions() const { return m_themeActions; }
    QAction* importAnnotationsAction() const { return m_importAnnotations; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void newProject();
    void openProjectDialog();
    void addArticles();
    void reanalyse();
    void rememberProject(const QString& path);
    void fillRecentMenu();
    void showClaim(qint64 claimId, qint64 documentId);
    void annotateNote(qint64 documentId, Span span);
    void annotateClaim(qint64 documentId, Span span);
    void annotateSelection(bool asClaim);
    void exportReport();
    // New event, Compare cluster, the annotate toolbar, View > Theme.
    void createWorkbenchActions(QMenu* review, QMenu* view);
    void annotateEvent(qint64 documentId, Span span);
    void annotateSelectionAsEvent();
    // Edit > Analyst Name...: who the review history names.
    void createAnalystAction(QMenu* edit);
    void editNote(qint64 documentId, qint64 annotationId);
    // File > Import Annotations...: a W3C Web Annotation export read into
    // the open project.
    void createImportAction(QMenu* file);
    void importAnnotations();
    // Find, library search, the claim filter, document details.
    void createFindActions(QMenu* edit);
    // View > Go To (Alt+1..), the docks' toggles, Reset Layout.
    void createViewActions(QMenu* view);
    // Project > Report Summary, Verdict Labels, Reasons.
    void createProjectMenu();
    void createHelpMenu();
    // The panels of an open project and their wiring.
    void createPanels(Workspace* ws);
    void connectPanels(Workspace* ws);
    bool dismissCurrentDisagreement();
    void focusDock(QDockWidget* dock);

    std::unique_ptr<Prompts> m_prompts;
    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup* m_undoGroup;
    ClaimActions* m_claimActions = nullptr;
    CompareArea* m_compare = nullptr;
    ClaimTableView* m_claims = nullptr;
    LibraryPanel* m_library = nullptr;
    SpeakerPanel* m_speakers = nullptr;
    ClustersPanel* m_clusters = nullptr;
    NotesPanel* m_notes = nullptr;
    QDockWidget* m_claimDock;
    QDockWidget* m_libraryDock;
    QDockWidget* m_speakerDock;
    QDockWidget* m_timelineDock;
    QDockWidget* m_clusterDock;
    QDockWidget* m_notesDock;
    TimelinePanel* m_timeline = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newProject = nullptr;
    QAction* m_openProject = nullptr;
    QAction* m_addArticles = nullptr;
    QAction* m_reanalyse = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_note = nullptr;
    QAction* m_newClaim = nullptr;
    QAction* m_export = nullptr;
    ExportRunner* m_exporter = nullptr;
    QAction* m_newEvent = nullptr;
    QAction* m_compareCluster = nullptr;
    QAction* m_dismiss = nullptr;
    QList<QAction*> m_themeActions;
    QAction* m_analystName = nullptr;
    QAction* m_importAnnotations = nullptr;
    QAction* m_find = nullptr;
    QAction* m_findNext = nullptr;
    QAction* m_findPrevious = nullptr;
    QAction* m_searchLibrary = nullptr;
    QAction* m_filterClaims = nullptr;
    QAction* m_documentDetails = nullptr;
    QAction* m_resetLayout = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_summary = nullptr;
    QAction* m_verdictLabels = nullptr;
    QAction* m_rejectReasons = nullptr;
    QList<QAction*> m_focusActions;
    bool m_layoutRestored = false;
};

}  // namespace claimdesk::ui
