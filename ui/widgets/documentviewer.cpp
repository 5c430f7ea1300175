#include "ui/widgets/documentviewer.h"

#include <algorithm>

#include <QContextMenuEvent>
#include <QScrollBar>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {

DocumentViewer::DocumentViewer(Workspace* workspace, QWidget* parent)
    : QPlainTextEdit(parent), m_workspace(workspace) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Document text"));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    document()->setDocumentMargin(12);
    connect(m_workspace, &Workspace::claimsChanged, this, [this](const QList<qint64>&) { refresh(); });
    connect(m_workspace, &Workspace::annotationsChanged, this, [this](qint64 id) {
        if (id == m_documentId)
            refresh();
    });
    connect(m_workspace, &Workspace::speakersChanged, this, &DocumentViewer::refresh);
}

void DocumentViewer::showDocument(qint64 documentId) {
    m_documentId = documentId;
    m_currentClaim = 0;
    m_linkedClaim = 0;
    m_found.clear();
    m_currentFound = -1;
    m_document = {};
    if (documentId) {
        auto document = m_workspace->document(documentId);
        if (document)
            m_document = std::move(*document);
    }
    const QString text = QString::fromStdString(m_document.text);
    m_map = Utf16Map(text);
    setPlainText(text);
    setAccessibleDescription(documentTitle());
    refresh();
}

QString DocumentViewer::documentTitle() const {
    if (!m_documentId)
        return {};
    QString title = QString::fromStdString(
        displayTitle(m_document.source.title, bodyLead(m_document), m_document.fileName));
    QStringList parts;
    if (!m_document.source.outlet.empty())
        parts << QString::fromStdString(m_document.source.outlet);
    if (m_document.source.published)
        parts << QString::fromStdString(*m_document.source.published);
    return parts.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, parts.join(QStringLiteral(", ")));
}

void DocumentViewer::refresh() {
    m_analysis = {};
    m_annotations.clear();
    if (m_documentId) {
        if (auto analysis = m_workspace->analysis(m_documentId))
            m_analysis = std::move(*analysis);
        if (auto annotations = m_workspace->annotations(m_documentId))
            m_annotations = std::move(*annotations);
    }
    applyFormats();
    markCurrentClaim();
}

QTextCursor DocumentViewer::cursorFor(Span span) const {
    QTextCursor cursor(document());
    cursor.setPosition(m_map.toUtf16(span.start));
    cursor.setPosition(m_map.toUtf16(span.end), QTextCursor::KeepAnchor);
    return cursor;
}

void DocumentViewer::applyFormats() {
    // Formats go into the read-only document itself, so they take part in
    // layout (bold, underline) rather than being painted over it.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextCharFormat plain;
    plain.setForeground(palette().text());
    all.setCharFormat(plain);
    if (!m_documentId)
        return;

    const Span body = m_document.body.empty() ? Span{0, m_map.codePointCount()} : m_document.body;
    QTextCharFormat dim;
    dim.setForeground(dimmedTextColor(palette()));
    if (body.start > 0)
        cursorFor({0, body.start}).mergeCharFormat(dim);
    if (body.end < m_map.codePointCount())
        cursorFor({body.end, m_map.codePointCount()}).mergeCharFormat(dim);

    for (const Claim& claim : m_analysis.claims) {
        QTextCharFormat f;
        f.setBackground(statusColor(claim.status, palette()));
        if (claim.status == ClaimStatus::Rejected)
            f.setFontStrikeOut(true);
        cursorFor(claim.content.span).mergeCharFormat(f);
        QTextCharFormat figure;
        figure.setFontWeight(QFont::Bold);
        for (const Quantity& q : claim.quantities)
            cursorFor(q.text.span).mergeCharFormat(figure);
        if (claim.cue) {
            QTextCharFormat cue;
            cue.setFontItalic(true);
            cursorFor(claim.cue->span).mergeCharFormat(cue);
        }
    }
    QTextCharFormat speaker;
    speaker.setFontUnderline(true);
    speaker.setUnderlineColor(speakerColor(palette()));
    speaker.setForeground(speakerColor(palette()));
    for (const Speaker& s : m_analysis.speakers)
        for (const TextSpan& mention : s.mentions)
            cursorFor(mention.span).mergeCharFormat(speaker);
    QTextCharFormat timex;
    timex.setUnderlineStyle(QTextCharFormat::DotLine);
    timex.setUnderlineColor(dateColor(palette()));
    for (const Timex& t : m_analysis.timexes)
        cursorFor(t.text.span).mergeCharFormat(timex);
    QTextCharFormat note;
    note.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    note.setUnderlineColor(noteColor(palette()));
    QTextCharFormat event;
    event.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    event.setUnderlineColor(dateColor(palette()));
    for (const auto& a : m_annotations) {
        if (a.orphaned)
            continue;
        if (a.kind == store::AnnotationKind::Note)
            cursorFor(a.span).mergeCharFormat(note);
        else if (a.kind == store::AnnotationKind::Event)
            cursorFor(a.span).mergeCharFormat(event);
    }
}

void DocumentViewer::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    // Highlight colours follow the palette (View > Theme).
    if (event->type() == QEvent::PaletteChange && m_documentId) {
        applyFormats();
        markCurrentClaim();
    }
}

void DocumentViewer::setLinkedClaim(qint64 claimId, const QColor& color) {
    m_linkedClaim = claimId;
    m_linkColor = color;
    markCurrentClaim();
}

void DocumentViewer::markCurrentClaim() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const Claim& claim : m_analysis.claims) {
        if (claim.id != m_linkedClaim || !m_linkedClaim)
            continue;
        QTextEdit::ExtraSelection link;
        link.cursor = cursorFor(claim.content.span);
        link.format.setBackground(m_linkColor);
        link.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        link.format.setUnderlineColor(palette().color(QPalette::Text));
        selections << link;
    }
    for (const Claim& claim : m_analysis.claims) {
        if (claim.id != m_currentClaim || claim.id == m_linkedClaim)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = cursorFor(claim.content.span);
        const QColor status = statusColor(claim.status, palette());
        mark.format.setBackground(isDark(palette()) ? status.lighter(150) : status.darker(125));
        selections << mark;
    }
    // Find and search matches over everything, the current one strongest.
    for (int i = 0; i < static_cast<int>(m_found.size()); ++i) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = m_found[static_cast<std::size_t>(i)];
        mark.format.setBackground(i == m_currentFound ? palette().color(QPalette::Highlight) : noteColor(palette()).lighter(isDark(palette()) ? 60 : 170));
        if (i == m_currentFound)
            mark.format.setForeground(palette().color(QPalette::HighlightedText));
        selections << mark;
    }
    setExtraSelections(selections);
}

bool DocumentViewer::spanVisible(Span span) const {
    const QRect view = viewport()->rect();
    QTextCursor start(document()), end(document());
    start.setPosition(m_map.toUtf16(span.start));
    end.setPosition(m_map.toUtf16(span.end));
    return view.contains(cursorRect(start)) && view.contains(cursorRect(end));
}

void DocumentViewer::bringIntoView(Span span) {
    if (spanVisible(span))
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_map.toUtf16(span.start));
    setTextCursor(cursor);
    centerCursor();
}

void DocumentViewer::showSpan(Span span) {
    const bool visible = spanVisible(span);
    const int scroll = verticalScrollBar()->value();
    setTextCursor(cursorFor(span));
    if (visible)
        verticalScrollBar()->setValue(scroll);
    else
        centerCursor();
}

int DocumentViewer::find(const QString& text, int current) {
    m_found.clear();
    m_currentFound = -1;
    if (!text.isEmpty()) {
        for (QTextCursor c = document()->find(text); !c.isNull(); c = document()->find(text, c))
            m_found.push_back(c);
    }
    if (!m_found.empty()) {
        const int n = static_cast<int>(m_found.size());
        m_currentFound = ((current % n) + n) % n;
        const QTextCursor& hit = m_found[static_cast<std::size_t>(m_currentFound)];
        bringIntoView({m_map.toCodePoint(hit.selectionStart()), m_map.toCodePoint(hit.selectionEnd())});
    }
    markCurrentClaim();
    return static_cast<int>(m_found.size());
}

int DocumentViewer::markTerms(const QStringList& terms, Span within) {
    m_found.clear();
    m_currentFound = -1;
    const int from = within.empty() ? 0 : m_map.toUtf16(within.start);
    const int to = within.empty() ? document()->characterCount() : m_map.toUtf16(within.end);
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        QTextCursor start(document());
        start.setPosition(from);
        for (QTextCursor c = document()->find(term, start); !c.isNull() && c.selectionEnd() <= to;
             c = document()->find(term, c))
            m_found.push_back(c);
    }
    std::sort(m_found.begin(), m_found.end(),
              [](const QTextCursor& a, const QTextCursor& b) { return a.selectionStart() < b.selectionStart(); });
    if (!m_found.empty()) {
        m_currentFound = 0;
        const QTextCursor& first = m_found.front();
        bringIntoView({m_map.toCodePoint(first.selectionStart()), m_map.toCodePoint(first.selectionEnd())});
    }
    markCurrentClaim();
    return static_cast<int>(m_found.size());
}

std::vector<Span> DocumentViewer::foundSpans() const {
    std::vector<Span> out;
    for (const QTextCursor& c : m_found)
        out.push_back({m_map.toCodePoint(c.selectionStart()), m_map.toCodePoint(c.selectionEnd())});
    return out;
}

bool DocumentViewer::revealClaim(qint64 claimId) {
    for (const Claim& claim : m_analysis.claims) {
        if (claim.id != claimId)
            continue;
        m_currentClaim = claimId;
        markCurrentClaim();
        // A claim in view (the one just clicked) stays where it is.
        bringIntoView(claim.content.span);
        return true;
    }
    return false;
}

std::optional<Span> DocumentViewer::selectedSpan() const {
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const Span span{m_map.toCodePoint(cursor.selectionStart()), m_map.toCodePoint(cursor.selectionEnd())};
    if (span.empty())
        return std::nullopt;
    return span;
}

void DocumentViewer::selectSpan(Span span) { setTextCursor(cursorFor(span)); }

const Claim* DocumentViewer::claimAt(std::int64_t codePoint) const {
    // The innermost claim wins where claims nest.
    const Claim* best = nullptr;
    for (const Claim& claim : m_analysis.claims)
        if (claim.content.span.contains(codePoint) && (!best || claim.content.span.length() < best->content.span.length()))
            best = &claim;
    return best;
}

QString DocumentViewer::quantityText(const Quantity& q) {
    const auto number = [](double v) { return QLocale().toString(v, 'g', 12); };
    QString value;
    if (q.value)
        value = number(*q.value);
    else if (q.low && q.high)
        value = QStringLiteral("%1–%2").arg(number(*q.low), number(*q.high));
    else if (q.low)
        value = QStringLiteral("≥ %1").arg(number(*q.low));
    else if (q.high)
        value = QStringLiteral("≤ %1").arg(number(*q.high));
    if (q.approximate && !value.isEmpty())
        value = QStringLiteral("≈ ") + value;
    if (!q.unit.empty())
        value += (value.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromStdString(q.unit);
    return tr("Figure: %1").arg(value.isEmpty() ? QString::fromStdString(q.text.text) : value);
}

QString DocumentViewer::toolTipAt(std::int64_t codePoint) const {
    QStringList lines;
    for (const Timex& t : m_analysis.timexes)
        if (t.text.span.contains(codePoint))
            lines << tr("%1: %2").arg(QString::fromStdString(t.type), QString::fromStdString(t.value)) +
                         (t.mod.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(t.mod)));
    for (const Speaker& s : m_analysis.speakers)
        for (const TextSpan& m : s.mentions)
            if (m.span.contains(codePoint))
                lines << tr("Speaker: %1").arg(QString::fromStdString(s.name)) +
                             (s.role.empty() ? QString() : QStringLiteral(", %1").arg(QString::fromStdString(s.role)));
    for (const Claim& claim : m_analysis.claims)
        for (const Quantity& q : claim.quantities)
            if (q.text.span.contains(codePoint))
                lines << quantityText(q);
    if (const Claim* claim = claimAt(codePoint)) {
        const QString speaker = claim->speakerIndex >= 0 &&
                                        claim->speakerIndex < static_cast<std::int64_t>(m_analysis.speakers.size())
                                    ? QString::fromStdString(m_analysis.speakers[claim->speakerIndex].name)
                                    : tr("unattributed");
        lines << tr("Claim by %1 — %2").arg(speaker, ClaimTableModel::statusText(claim->status));
        if (claim->statedOn)
            lines << tr("Stated on %1").arg(QString::fromStdString(*claim->statedOn));
    }
    for (const auto& a : m_annotations) {
        // An orphan's span is where it was before the text changed: it is
        // reviewed elsewhere, not shown over words it no longer marks.
        if (a.orphaned || !a.span.contains(codePoint))
            continue;
        if (!a.note.empty())
            lines << tr("Note (%1): %2").arg(QString::fromStdString(a.author), QString::fromStdString(a.note));
        else if (a.kind != store::AnnotationKind::Note)
            lines << tr("Added by %1").arg(QString::fromStdString(a.author));
    }
    for (const Event& e : m_analysis.events)
        if (e.origin == Origin::Analyst && e.evidence.span.contains(codePoint))
            lines << tr("Event: %1%2").arg(QString::fromStdString(e.what),
                                           e.date.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(e.date)));
    return lines.join(QLatin1Char('\n'));
}

bool DocumentViewer::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int position = cursorForPosition(inViewport).position();
        const QString tip = toolTipAt(m_map.toCodePoint(position));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void DocumentViewer::mouseReleaseEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection())
        return;
    if (const Claim* claim = claimAt(m_map.toCodePoint(textCursor().position()))) {
        m_currentClaim = claim->id;
        markCurrentClaim();
        emit claimClicked(claim->id);
    }
}

void DocumentViewer::focusInEvent(QFocusEvent* event) {
    QPlainTextEdit::focusInEvent(event);
    emit focused(this);
}

void DocumentViewer::contextMenuEvent(QContextMenuEvent* event) {
    QMenu* menu = createStandardContextMenu(event->pos());
    const auto span = selectedSpan();
    // A claim under the pointer: its review, assessment and cluster first.
    const Claim* claim = span ? nullptr : claimAt(m_map.toCodePoint(cursorForPosition(event->pos()).position()));
    if (claim && m_claimMenu) {
        m_currentClaim = claim->id;
        markCurrentClaim();
        emit claimClicked(claim->id);
        QMenu* claimActions = new QMenu(menu);
        m_claimMenu(claimActions, {claim->id});
        const QList<QAction*> standard = menu->actions();
        QAction* first = standard.isEmpty() ? nullptr : standard.front();
        for (QAction* a : claimActions->actions())
            menu->insertAction(first, a);
        if (first)
            menu->insertSeparator(first);
    }
    if (span && m_documentId) {
        menu->addSeparator();
        const qint64 documentId = m_documentId;
        const Span selected = *span;
        menu->addAction(tr("New claim..."), this, [=, this] { emit claimRequested(documentId, selected); });
        menu->addAction(tr("New event..."), this, [=, this] { emit eventRequested(documentId, selected); });
        menu->addAction(tr("New note..."), this, [=, this] { emit noteRequested(documentId, selected); });
    }
    // Annotations under the pointer can be edited or deleted from here.
    const std::int64_t at = m_map.toCodePoint(cursorForPosition(event->pos()).position());
    bool separated = span.has_value();
    for (const auto& a : m_annotations) {
        if (a.orphaned || !a.span.contains(at))  // see toolTipAt()
            continue;
        if (!separated)
            menu->addSeparator();
        separated = true;
        const qint64 documentId = m_documentId, annotationId = a.id;
        if (a.kind != store::AnnotationKind::Note) {
            const QString label = a.kind == store::AnnotationKind::Claim ? tr("Delete my claim \"%1\"")
                                                                         : tr("Delete my event \"%1\"");
            menu->addAction(label.arg(QString::fromStdString(a.exact).simplified().left(40)), this,
                            [=, this] { m_workspace->deleteAnalystItem(documentId, annotationId); });
            continue;
        }
        const QString label = a.note.empty() ? tr("Delete note") : tr("Delete note \"%1\"").arg(
            QString::fromStdString(a.note).left(40));
        menu->addAction(tr("Edit note..."), this, [=, this] { emit noteEditRequested(documentId, annotationId); });
        menu->addAction(label, this, [=, this] { m_workspace->deleteAnnotation(documentId, annotationId); });
    }
    menu->exec(event->globalPos());
    delete menu;
}

}  // namespace claimdesk::ui
