#pragma once

// One document's text, read-only: the article body in full colour with
// boilerplate dimmed, claims highlighted by review status, speaker mentions
// and dates underlined, notes marked; tooltips tell a date's value and a
// claim's speaker. Spans arrive in code points and are converted to Qt's
// UTF-16 positions here, at the boundary.

#include <functional>
#include <optional>
#include <vector>

#include <QPlainTextEdit>
#include <QTextCursor>

class QMenu;

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/store/annotationrecords.h"
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

    // Marks a claim of this document as the current one and scrolls to it
    // when it is not in view already (a claim clicked does not move).
    bool revealClaim(qint64 claimId);
    qint64 currentClaim() const { return m_currentClaim; }
    // Marks a claim as this document's member of a cluster being compared,
    // in the colour its members share in every viewer (0: none).
    void setLinkedClaim(qint64 claimId, const QColor& color);
    qint64 linkedClaim() const { return m_linkedClaim; }

    // The selection in code points, if there is one.
    std::optional<Span> selectedSpan() const;
    void selectSpan(Span span);
    // Selects a span and brings it into view, centred when it was not.
    void showSpan(Span span);

    // Find in this document: every match of `text` (case-insensitive)
    // marked, the current one (index into the matches) more strongly and
    // brought into view. Returns the number of matches; an empty text
    // clears the marks.
    int find(const QString& text, int current = 0);
    int findCount() const { return static_cast<int>(m_found.size()); }
    // Which match find brought into view and marked as current; -1: none.
    int currentFind() const { return m_currentFound; }
    // The words of a search marked wherever they occur in `within` (the
    // whole text when empty), the first brought into view; the number found.
    int markTerms(const QStringList& terms, Span within = {});
    // Spans marked by find or markTerms, in code points.
    std::vector<Span> foundSpans() const;

    // Fills the context menu of a claim right-clicked in the text.
    using ClaimMenu = std::function<void(QMenu* menu, const QList<qint64>& ids)>;
    void setClaimMenu(ClaimMenu menu) { m_claimMenu = std::move(menu); }

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
    // Whether a span is wholly inside the visible part of the text.
    bool spanVisible(Span span) const;
    void bringIntoView(Span span);

    Workspace* m_workspace;
    qint64 m_documentId = 0;
    Document m_document;
    Analysis m_analysis;
    std::vector<store::Annotation> m_annotations;
    Utf16Map m_map{QString()};
    qint64 m_currentClaim = 0;
    qint64 m_linkedClaim = 0;
    QColor m_linkColor;
    std::vector<QTextCursor> m_found;  // find and search marks
    int m_currentFound = -1;
    ClaimMenu m_claimMenu;
};

}  // namespace claimdesk::ui
