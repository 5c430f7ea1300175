#include "ui/widgets/comparearea.h"

#include <algorithm>

#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QShortcut>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/models/statuscolors.h"
#include "ui/widgets/documentviewer.h"

namespace claimdesk::ui {

CompareArea::CompareArea(Workspace* workspace, QWidget* parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_banner(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    createFindBar();
    layout->addWidget(m_findBar);
    m_banner->setWordWrap(true);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setAccessibleName(tr("Disagreement"));
    m_banner->hide();
    styleBanner();
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setAccessibleName(tr("Documents side by side"));
    setActive(addViewer());
}

DocumentViewer* CompareArea::addViewer() {
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto* header = new QWidget(pane);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(6, 2, 2, 2);
    auto* title = new QLabel(tr("No document"), header);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::PlainText);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* close = new QToolButton(header);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this document"));
    close->setAccessibleName(tr("Close document"));
    auto* keep = new QToolButton(header);
    keep->setObjectName(QStringLiteral("keep"));
    keep->setText(tr("Keep"));
    keep->setCheckable(true);
    keep->setAutoRaise(true);
    keep->setToolTip(tr("Keep this article here: the claim table opens the articles of other claims beside it"));
    keep->setAccessibleName(tr("Keep document"));
    headerLayout->addWidget(title, 1);
    headerLayout->addWidget(keep);
    headerLayout->addWidget(close);
    auto* viewer = new DocumentViewer(m_workspace, pane);
    if (m_claimMenu)
        viewer->setClaimMenu(m_claimMenu);
    connect(keep, &QToolButton::toggled, this, [this, viewer](bool on) { setKept(viewer, on); });
    layout->addWidget(header);
    layout->addWidget(viewer, 1);
    m_splitter->addWidget(pane);
    m_viewers << viewer;

    connect(close, &QToolButton::clicked, this, [this, viewer] { closeViewer(viewer); });
    connect(viewer, &DocumentViewer::focused, this, &CompareArea::setActive);
    connect(viewer, &DocumentViewer::noteRequested, this, &CompareArea::noteRequested);
    connect(viewer, &DocumentViewer::claimRequested, this, &CompareArea::claimRequested);
    connect(viewer, &DocumentViewer::eventRequested, this, &CompareArea::eventRequested);
    connect(viewer, &DocumentViewer::noteEditRequested, this, &CompareArea::noteEditRequested);
    connect(viewer, &DocumentViewer::claimClicked, this, &CompareArea::claimClicked);
    QList<int> sizes;
    for (int i = 0; i < m_splitter->count(); ++i)
        sizes << 1000;
    m_splitter->setSizes(sizes);
    return viewer;
}

void CompareArea::closeViewer(DocumentViewer* viewer) {
    if (m_viewers.size() == 1) {
        viewer->showDocument(0);
        setKept(viewer, false);
        updateHeader(viewer);
        return;
    }
    m_viewers.removeOne(viewer);
    m_kept.removeOne(viewer);
    if (m_tableViewer == viewer)
        m_tableViewer = nullptr;
    if (m_active == viewer)
        setActive(m_viewers.last());
    viewer->parentWidget()->deleteLater();
}

void CompareArea::setActive(DocumentViewer* viewer) {
    // Find follows the active document.
    DocumentViewer* previous = m_active;
    m_active = viewer;
    if (m_findBar && !m_findBar->isHidden() && previous != viewer) {
        if (previous && m_viewers.contains(previous))
            previous->find(QString());
        runFind();
    }
    for (DocumentViewer* v : m_viewers) {
        auto* title = v->parentWidget()->findChild<QLabel*>(QStringLiteral("title"));
        title->setEnabled(v == viewer || m_viewers.size() == 1);
    }
}

void CompareArea::updateHeader(DocumentViewer* viewer) {
    auto* title = viewer->parentWidget()->findChild<QLabel*>(QStringLiteral("title"));
    const QString text = viewer->documentId() ? viewer->documentTitle() : tr("No document");
    title->setText(text);
    title->setToolTip(text);
}

DocumentViewer* CompareArea::viewerOf(qint64 documentId) const {
    for (DocumentViewer* v : m_viewers)
        if (v->documentId() == documentId)
            return v;
    return nullptr;
}

DocumentViewer* CompareArea::openDocument(qint64 documentId, bool beside) {
    clearComparison();
    if (DocumentViewer* shown = viewerOf(documentId)) {
        setActive(shown);
        setKept(shown, true);
        return shown;
    }
    DocumentViewer* target = m_active;
    if (beside && m_active && m_active->documentId() != 0)
        target = m_viewers.size() < kMaxViewers ? addViewer() : m_viewers.last();
    target->showDocument(documentId);
    updateHeader(target);
    setActive(target);
    setKept(target, true);
    return target;
}

DocumentViewer* CompareArea::showClaimDocument(qint64 documentId) {
    // The claim's article becomes the active one: the review and annotate
    // commands act on what the analyst is looking at.
    if (DocumentViewer* shown = viewerOf(documentId)) {
        setActive(shown);
        return shown;
    }
    DocumentViewer* target = nullptr;
    if (m_tableViewer && !isKept(m_tableViewer))
        target = m_tableViewer;
    for (DocumentViewer* v : m_viewers)
        if (!target && (v->documentId() == 0 || !isKept(v)))
            target = v;
    if (!target)
        target = m_viewers.size() < kMaxViewers ? addViewer() : m_viewers.last();
    target->showDocument(documentId);
    updateHeader(target);
    m_tableViewer = target;
    setActive(target);
    return target;
}

bool CompareArea::isKept(const DocumentViewer* viewer) const { return m_kept.contains(const_cast<DocumentViewer*>(viewer)); }

void CompareArea::setKept(DocumentViewer* viewer, bool kept) {
    if (kept && !m_kept.contains(viewer))
        m_kept << viewer;
    if (!kept)
        m_kept.removeOne(viewer);
    if (auto* button = viewer->parentWidget()->findChild<QToolButton*>(QStringLiteral("keep"))) {
        const QSignalBlocker quiet(button);
        button->setChecked(kept);
    }
}

QList<qint64> CompareArea::comparedClaims() const {
    QList<qint64> out;
    for (DocumentViewer* v : m_viewers)
        if (v->linkedClaim())
            out << v->linkedClaim();
    return out;
}

void CompareArea::clearComparison() {
    m_banner->hide();
    for (DocumentViewer* v : m_viewers)
        if (v->linkedClaim())
            v->setLinkedClaim(0, QColor());
}

void CompareArea::setClaimMenu(std::function<void(QMenu*, const QList<qint64>&)> menu) {
    m_claimMenu = std::move(menu);
    for (DocumentViewer* v : m_viewers)
        v->setClaimMenu(m_claimMenu);
}

void CompareArea::createFindBar() {
    m_findBar = new QWidget(this);
    auto* row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(6, 2, 6, 2);
    auto* label = new QLabel(tr("&Find:"), m_findBar);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setAccessibleName(tr("Find in the article"));
    m_findText->setPlaceholderText(tr("Find in this article"));
    m_findText->setClearButtonEnabled(true);
    label->setBuddy(m_findText);
    auto* previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    auto* next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3, Enter)"));
    m_findCount = new QLabel(m_findBar);
    m_findCount->setAccessibleName(tr("Matches"));
    auto* close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));
    row->addWidget(label);
    row->addWidget(m_findText, 1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_findCount);
    row->addWidget(close);
    m_findBar->hide();
    connect(m_findText, &QLineEdit::textChanged, this, [this] {
        m_findIndex = 0;
        runFind();
    });
    connect(m_findText, &QLineEdit::returnPressed, this, [this] {
        findNext(!(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier));
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        if (m_active) {
            m_active->find(QString());
            m_active->setFocus();
        }
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
}

void CompareArea::showFind() {
    m_findBar->show();
    if (m_active && m_active->textCursor().hasSelection() && !m_active->textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_findText->setText(m_active->textCursor().selectedText());
    m_findText->setFocus();
    m_findText->selectAll();
    runFind();
}

void CompareArea::findNext(bool forward) {
    if (m_findBar->isHidden()) {
        showFind();
        return;
    }
    m_findIndex += forward ? 1 : -1;
    runFind();
}

void CompareArea::runFind() {
    if (!m_active)
        return;
    const int n = m_active->find(m_findText->text(), m_findIndex);
    if (n > 0)
        m_findIndex = ((m_findIndex % n) + n) % n;
    m_findCount->setText(m_findText->text().isEmpty() ? QString()
                         : n == 0                    ? tr("No match")
                                                     : tr("%1 of %2").arg(m_findIndex + 1).arg(n));
}

void CompareArea::showCluster(const QList<Member>& members, const QString& disagreement) {
    QList<Member> shown;
    for (const Member& m : members) {
        const bool sameDocument =
            std::any_of(shown.begin(), shown.end(), [&](const Member& s) { return s.documentId == m.documentId; });
        if (!sameDocument && shown.size() < kMaxViewers)
            shown << m;
    }
    // One viewer per document, in the cluster's order.
    while (m_viewers.size() > std::max<qsizetype>(1, shown.size()))
        closeViewer(m_viewers.last());
    for (int i = 0; i < shown.size(); ++i) {
        DocumentViewer* viewer = i < m_viewers.size() ? m_viewers[i] : addViewer();
        viewer->showDocument(shown[i].documentId);
        updateHeader(viewer);
        viewer->setLinkedClaim(shown[i].claimId, linkColor(0, palette()));
        viewer->revealClaim(shown[i].claimId);
        // Once the splitter has laid the new viewers out, scroll again.
        QTimer::singleShot(0, viewer, [viewer, claim = shown[i].claimId] { viewer->revealClaim(claim); });
    }
    if (!m_viewers.isEmpty())
        setActive(m_viewers.first());
    m_banner->setText(disagreement.isEmpty() ? QString() : tr("These articles disagree: %1").arg(disagreement));
    m_banner->setVisible(!disagreement.isEmpty());
}

QString CompareArea::bannerText() const { return m_banner->isHidden() ? QString() : m_banner->text(); }

void CompareArea::styleBanner() {
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, bannerColor(palette()));
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_banner->setPalette(p);
}

void CompareArea::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleBanner();
}

}  // namespace claimdesk::ui
