#include "ui/widgets/comparearea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/widgets/documentviewer.h"

namespace claimdesk::ui {

CompareArea::CompareArea(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_splitter(new QSplitter(Qt::Horizontal, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
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

}  // namespace claimdesk::ui
