#include "ui/widgets/comparearea.h"

#include <algorithm>

#include <QEvent>
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
    headerLayout->addWidget(title, 1);
    headerLayout->addWidget(close);
    auto* viewer = new DocumentViewer(m_workspace, pane);
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
        updateHeader(viewer);
        return;
    }
    m_viewers.removeOne(viewer);
    if (m_active == viewer)
        setActive(m_viewers.last());
    viewer->parentWidget()->deleteLater();
}

void CompareArea::setActive(DocumentViewer* viewer) {
    m_active = viewer;
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
    m_banner->hide();
    if (DocumentViewer* shown = viewerOf(documentId)) {
        setActive(shown);
        return shown;
    }
    DocumentViewer* target = m_active;
    if (beside && m_active && m_active->documentId() != 0)
        target = m_viewers.size() < kMaxViewers ? addViewer() : m_viewers.last();
    target->showDocument(documentId);
    updateHeader(target);
    setActive(target);
    return target;
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
