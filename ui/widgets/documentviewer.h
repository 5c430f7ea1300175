#pragma once

// One document's text, read-only: the article body in full colour with
// boilerplate dimmed, claims highlighted by review status, speaker mentions
// and dates underlined, notes marked; tooltips tell a date's value and a
// claim's speaker. Spans arrive in code points and are converted to Qt's
// UTF-16 positions here, at the boundary.

#include <optional>
#include <vector>

#include <QPlainTextEdit>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/store/projectstore.h"
#include "ui/models/utf16map.h"

namespace claimdesk::ui {

class Workspace;

class DocumentViewer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DocumentViewer(Workspace* workspace, QWidget* parent = nullptr);

    // Shows a document (0: none).
    void showDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    QString documentTitle() const;

    // Scrolls to a claim of this document and marks it as the current one.
    bool revealClaim(qint64 claimId);
    qint64 currentClaim() const { return m_currentClaim; }
    // Marks a claim as this document's member of a cluster being compared,
    // in the colour its members share in every viewer (0: none).
    void setLinkedClaim(qint64 claimId, const QColor& color);
    qint64 linkedClaim() const { return m_linkedClaim; }

    // The selection in code points, if there is one.
    std::optional<Span> selectedSpan() const;
    void selectSpan(Span span);

    // Re-reads the analysis and annotations and repaints the highlights.
    void refresh();

signals:
    void noteRequested(qint64 documentId, Span span);
    void claimRequested(qint64 documentId, Span span);
    void eventRequested(qint64 documentId, Span span);
    void noteEditRequested(qint64 documentId, qint64 annotationId);
    void claimClicked(qint64 claimId);
    void focused(DocumentViewer* viewer);

protected:
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFormats();
    void markCurrentClaim();
    QTextCursor cursorFor(Span span) const;
    QString toolTipAt(std::int64_t codePoint) const;
    static QString quantityText(const Quantity& q);
    const Claim* claimAt(std::int64_t codePoint) const;

    Workspace* m_workspace;
    qint64 m_documentId = 0;
    Document m_document;
    Analysis m_analysis;
    std::vector<store::Annotation> m_annotations;
    Utf16Map m_map{QString()};
    qint64 m_currentClaim = 0;
    qint64 m_linkedClaim = 0;
    QColor m_linkColor;
};

}  // namespace claimdesk::ui
