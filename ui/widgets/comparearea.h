#pragma once

// Two to four documents side by side in a splitter, each under a header
// with its title, outlet and date. One of them is active: documents opened
// from the library replace it unless they are opened beside it.

#include <QList>
#include <QWidget>

#include "core/domain/span.h"

class QLabel;
class QSplitter;

namespace claimdesk::ui {

class DocumentViewer;
class Workspace;

class CompareArea : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxViewers = 4;

    explicit CompareArea(Workspace* workspace, QWidget* parent = nullptr);

    // Shows a document in the active viewer, or in a new one beside the
    // others (the last is reused once there are kMaxViewers).
    DocumentViewer* openDocument(qint64 documentId, bool beside = false);
    // The viewer showing a document, if any.
    DocumentViewer* viewerOf(qint64 documentId) const;
    DocumentViewer* activeViewer() const { return m_active; }
    QList<DocumentViewer*> viewers() const { return m_viewers; }
    void closeViewer(DocumentViewer* viewer);

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

protected:
    void changeEvent(QEvent* event) override;

private:
    Workspace* m_workspace;
    QLabel* m_banner;
    QSplitter* m_splitter;
    QList<DocumentViewer*> m_viewers;
    DocumentViewer* m_active = nullptr;
};

}  // namespace claimdesk::ui
