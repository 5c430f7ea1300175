#pragma once

// The workbench window: documents side by side in the middle, the claim
// table, the library and the speakers in docks around them. It wires the
// widgets to one Workspace per open project; the edits themselves are the
// Workspace's.

#include <memory>

#include <QMainWindow>

#include "core/domain/span.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoGroup;

namespace claimdesk::ui {

class ClaimTableView;
class CompareArea;
class ExportRunner;
class LibraryPanel;
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
    // Brings a dock to the front ("claims", "timeline", "library",
    // "speakers"), the timeline given most of the window; false when unknown.
    bool showView(const QString& name);

    QAction* addArticlesAction() const { return m_addArticles; }
    QAction* reanalyseAction() const { return m_reanalyse; }
    QAction* confirmAction() const { return m_confirm; }
    QAction* rejectAction() const { return m_reject; }
    QAction* resetAction() const { return m_reset; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* noteAction() const { return m_note; }
    QAction* newClaimAction() const { return m_newClaim; }
    QAction* exportAction() const { return m_export; }
    ExportRunner* exporter() const { return m_exporter; }

    static QStringList recentProjects();

    // Adds article files or folders to the open project on a worker
    // thread, as File > Add Articles... and a drop onto the window do, and
    // reports what was added and what failed.
    void addArticlePaths(const QStringList& paths);
    // Shows every document of the current claim's cluster side by side.
    bool compareCluster();
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
    void confirmSelected();
    void rejectSelected();
    void resetSelected();
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

    std::unique_ptr<Prompts> m_prompts;
    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup* m_undoGroup;
    CompareArea* m_compare = nullptr;
    ClaimTableView* m_claims = nullptr;
    LibraryPanel* m_library = nullptr;
    SpeakerPanel* m_speakers = nullptr;
    QDockWidget* m_claimDock;
    QDockWidget* m_libraryDock;
    QDockWidget* m_speakerDock;
    TimelinePanel* m_timeline = nullptr;
    QDockWidget* m_timelineDock;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newProject = nullptr;
    QAction* m_openProject = nullptr;
    QAction* m_addArticles = nullptr;
    QAction* m_reanalyse = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_confirm = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_note = nullptr;
    QAction* m_newClaim = nullptr;
    QAction* m_export = nullptr;
    ExportRunner* m_exporter = nullptr;
    QAction* m_newEvent = nullptr;
    QAction* m_compareCluster = nullptr;
    QList<QAction*> m_themeActions;
    QAction* m_analystName = nullptr;
    QAction* m_importAnnotations = nullptr;
};

}  // namespace claimdesk::ui
