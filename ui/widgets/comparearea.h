#pragma once

// Two to four documents side by side in a splitter, each under a header
// with its title, outlet and date. One of them is active: documents opened
// from the library replace it unless they are opened beside it. A document
// the analyst opened stays put ("kept"): the claim table shows a claim's
// document in a viewer it opened itself, or a new one, never over a kept
// one. Ctrl+F finds in the active document.

#include <functional>

#include <QList>
#include <QWidget>

#include "core/domain/span.h"

class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QToolButton;

namespace claimdesk::ui {

class DocumentViewer;
class Workspace;

class CompareArea : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxViewers = 4;

    explicit CompareArea(Workspace* workspace, QWidget* parent = nullptr);

    // Shows a document the analyst chose in the active viewer, or in a new
    // one beside the others (the last is reused once there are
    // kMaxViewers); it is kept there.
    DocumentViewer* openDocument(qint64 documentId, bool beside = false);
    // Shows a document for the claim table: where it is shown already,
    // else in a viewer that is not kept (an empty one, or the one the
    // table used last), else in a new viewer beside the others.
    DocumentViewer* showClaimDocument(qint64 documentId);
    // The viewer showing a document, if any.
    DocumentViewer* viewerOf(qint64 documentId) const;
    DocumentViewer* activeViewer() const { return m_active; }
    QList<DocumentViewer*> viewers() const { return m_viewers; }
    void closeViewer(DocumentViewer* viewer);
    // Whether the analyst keeps a viewer's document there; keep() toggles.
    bool isKept(const DocumentViewer* viewer) const;
    void setKept(DocumentViewer* viewer, bool kept);

    // One member claim of a cluster in one document.
    struct Member {
        qint64 documentId = 0;
        qint64 claimId = 0;
    };
    // Shows the documents of a cluster side by side (up to kMaxViewers),
    // each scrolled to its member, the members marked in one colour; a
    // disagreement's reason (empty: none) is shown in a banner above them.
    void showCluster(const QList<Member>& members, const QString& disagreement);
    QString bannerText() const;
    // The claims Compare Cluster marked (none once cleared).
    QList<qint64> comparedClaims() const;
    // Clears Compare Cluster's marks and banner.
    void clearComparison();

    // Find in the active document (Ctrl+F): shows the find bar focused.
    void showFind();
    void findNext(bool forward = true);
    QLineEdit* findBox() const { return m_findText; }
    QWidget* findBar() const { return m_findBar; }

    // The context menu of a claim right-clicked in any viewer.
    void setClaimMenu(std::function<void(QMenu*, const QList<qint64>&)> menu);

signals:
    void noteRequested(qint64 documentId, Span span);
    void claimRequested(qint64 documentId, Span span);
    void eventRequested(qint64 documentId, Span span);
    void noteEditRequested(qint64 documentId, qint64 annotationId);
    void claimClicked(qint64 claimId);

private:
    DocumentViewer* addViewer();
    void setActive(DocumentViewer* viewer);
    void updateHeader(DocumentViewer* viewer);
    void styleBanner();
    void createFindBar();
    void runFind();

protected:
    void changeEvent(QEvent* event) override;

private:
    Workspace* m_workspace;
    QLabel* m_banner;
    QSplitter* m_splitter;
    QList<DocumentViewer*> m_viewers;
    QList<DocumentViewer*> m_kept;
    DocumentViewer* m_active = nullptr;
    DocumentViewer* m_tableViewer = nullptr;  // where the table showed a document last
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findText = nullptr;
    QLabel* m_findCount = nullptr;
    int m_findIndex = 0;
    std::function<void(QMenu*, const QList<qint64>&)> m_claimMenu;
};

}  // namespace claimdesk::ui
