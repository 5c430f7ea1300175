#include "ui/timeline/timelinepanel.h"

#include <algorithm>
#include <memory>
#include <utility>

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/store/projectstore.h"
#include "core/timeline/timelineentry.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/dialogs/exchangefile.h"
#include "ui/timeline/timelineexport.h"
#include "ui/timeline/timelineview.h"

namespace claimdesk::ui {
namespace {

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

}  // namespace

TimelinePanel::TimelinePanel(Workspace* workspace, Prompts* prompts, QWidget* parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_prompts(prompts),
      m_view(new TimelineView(this)),
      m_mode(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_reload(new QTimer(this)) {
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &TimelinePanel::reload);
    m_mode->addItem(tr("Lanes by cluster"), static_cast<int>(timeline::LaneMode::Cluster));
    m_mode->addItem(tr("Lanes by outlet"), static_cast<int>(timeline::LaneMode::Outlet));
    m_mode->addItem(tr("Lanes by speaker"), static_cast<int>(timeline::LaneMode::Speaker));
    m_mode->setAccessibleName(tr("Lanes"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Date to jump to"));
    m_date->setDate(QDate::currentDate());

    auto* zoomOut = button(QStringLiteral("\u2212"), tr("Zoom out (-)"), this);
    auto* zoomIn = button(QStringLiteral("+"), tr("Zoom in (+)"), this);
    auto* fit = button(tr("Fit all"), tr("Show everything (0)"), this);
    auto* jump = button(tr("Go"), tr("Jump to the date"), this);
    auto* exportButton = button(tr("Export"), tr("Export the timeline"), this);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As PNG image..."), this, [this] { exportDialog(tr("PNG image (*.png)"), QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG drawing..."), this, [this] { exportDialog(tr("SVG drawing (*.svg)"), QStringLiteral("svg")); });
    exportMenu->addAction(tr("As TimelineJS JSON..."), this,
                          [this] { exportDialog(tr("TimelineJS JSON (*.json)"), QStringLiteral("json")); });
    exportButton->setMenu(exportMenu);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_mode);
    bar->addSpacing(8);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addSpacing(8);
    bar->addWidget(m_date);
    bar->addWidget(jump);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // The lane mode is the analyst's habit: kept across sessions.
    const QString modeKey = QStringLiteral("timeline/lanes");
    m_mode->setCurrentIndex(std::clamp(QSettings().value(modeKey, 0).toInt(), 0, m_mode->count() - 1));
    m_view->setLaneMode(static_cast<timeline::LaneMode>(m_mode->currentData().toInt()));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this, modeKey] {
        m_view->setLaneMode(static_cast<timeline::LaneMode>(m_mode->currentData().toInt()));
        QSettings().setValue(modeKey, m_mode->currentIndex());
    });
    connect(zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(jump, &QToolButton::clicked, this, [this] { m_view->jumpTo(m_date->date()); });
    connect(m_date, &QDateEdit::editingFinished, this, [this] { m_view->jumpTo(m_date->date()); });
    connect(m_view, &TimelineView::claimClicked, this, &TimelinePanel::claimClicked);
    connect(m_view, &TimelineView::eventClicked, this, &TimelinePanel::eventClicked);
    // Reviews update the claims in place; new documents, speakers and
    // analysts' claims and events read the project again.
    connect(m_workspace, &Workspace::claimsChanged, this, &TimelinePanel::claimsChanged);
    connect(m_workspace, &Workspace::documentsChanged, this, &TimelinePanel::scheduleReload);
    connect(m_workspace, &Workspace::speakersChanged, this, &TimelinePanel::scheduleReload);
    connect(m_workspace, &Workspace::annotationsChanged, this, &TimelinePanel::scheduleReload);
    connect(m_workspace, &Workspace::clustersChanged, this, &TimelinePanel::scheduleReload);
    connect(m_workspace, &Workspace::projectSettingsChanged, this, &TimelinePanel::applyLaneTitles);
    connect(m_view, &TimelineView::laneTitleRequested, this, &TimelinePanel::renameLane);
    reload();
}

void TimelinePanel::applyLaneTitles() {
    std::map<std::string, std::string> given;
    if (auto titles = m_workspace->laneTitles())
        given = std::move(*titles);
    TimelineRenderer& renderer = m_view->renderer();
    // A cluster of two claims or more is named by what its figures count,
    // read when its lane is first drawn.
    std::map<std::string, std::int64_t> clusters;  // lane key -> cluster, for clusters of two claims or more
    std::map<std::int64_t, int> members;
    for (const auto& e : renderer.entries())
        if (e.kind == timeline::EntryKind::Claim && e.clusterId && ++members[*e.clusterId] == 2)
            clusters.emplace("claim-cluster:" + std::to_string(*e.clusterId), *e.clusterId);
    renderer.setLaneTitles(std::move(given), [this, clusters = std::move(clusters)](const timeline::Lane& lane) {
        const auto it = clusters.find(lane.key);
        return it == clusters.end() ? std::string() : m_workspace->clusterTitle(it->second).toStdString();
    });
    m_view->update();
}

bool TimelinePanel::renameLane(const QString& laneKey, const QString& title) {
    if (!m_prompts)
        return false;
    const auto chosen = m_prompts->laneTitle(this, title);
    return chosen && m_workspace->setLaneTitle(laneKey, *chosen);
}

void TimelinePanel::scheduleReload() { m_reload->start(); }

void TimelinePanel::claimsChanged(const QList<qint64>& ids) {
    if (ids.isEmpty() || m_reload->isActive() || m_loader)
        return scheduleReload();
    std::vector<store::ClaimRow> rows;
    for (qint64 id : ids) {
        auto row = m_workspace->claim(id);
        if (!row)  // deleted: read everything again
            return scheduleReload();
        rows.push_back(std::move(*row));
    }
    if (!m_view->updateClaims(rows))
        scheduleReload();
}

TimelinePanel::~TimelinePanel() {
    // The worker reads its own connection and touches nothing of the
    // panel's, but its result is delivered here: wait for it.
    if (m_loader)
        m_loader->wait();
}

void TimelinePanel::reload() {
    m_reload->stop();
    if (m_loader) {  // what it reads is out of date: read again once it is done
        m_readAgain = true;
        return;
    }
    // A small project is read at once, so that the timeline comes complete
    // with the window; a big one (reading every article's analysis takes
    // seconds) on a worker thread with a connection of its own.
    const std::string path = m_workspace->path().toStdString();
    const auto claims = m_workspace->store().countClaims({});
    if (path == ":memory:" || (claims && *claims <= m_readAtOnceUpTo)) {
        showEntries(timeline::buildEntries(m_workspace->store()));
        return;
    }
    auto entries = std::make_shared<Result<std::vector<timeline::TimelineEntry>>>(makeError(std::string()));
    m_loader = QThread::create([path, entries] {
        auto store = store::ProjectStore::open(path);
        *entries = store ? timeline::buildEntries(*store) : makeError(store.error());
    });
    connect(m_loader, &QThread::finished, this, [this, entries] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (std::exchange(m_readAgain, false))
            return reload();
        showEntries(std::move(*entries));
    });
    m_view->setLoading(true);
    m_loader->start();
}

bool TimelinePanel::loading() const { return m_loader != nullptr; }

void TimelinePanel::showEntries(Result<std::vector<timeline::TimelineEntry>> entries) {
    m_view->setLoading(false);
    if (!entries) {
        m_workspace->reportError(tr("Cannot read the timeline: %1").arg(QString::fromStdString(entries.error())));
        emit loaded();
        return;
    }
    m_view->setEntries(std::move(*entries));
    applyLaneTitles();
    // Offer a date of the project's, not today's, to jump to.
    if (const auto range = m_view->renderer().dayRange()) {
        const auto last = timeline::civilOf(static_cast<timeline::Day>(range->second) - 1);
        const QDate lastDate(last.year, last.month, last.day);
        const auto first = timeline::civilOf(static_cast<timeline::Day>(range->first));
        if (m_date->date() > lastDate || m_date->date() < QDate(first.year, first.month, first.day))
            m_date->setDate(lastDate);
    }
    emit loaded();
}

void TimelinePanel::setStatusFilter(std::optional<ClaimStatus> status) { m_view->setStatusFilter(status); }

bool TimelinePanel::exportImage(const QString& path, QString* error) {
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0)
        return saveTimelineSvg(m_view->renderer(), path, 1600, error);
    return saveTimelinePng(m_view->renderer(), path, 1600, error);
}

bool TimelinePanel::exportTimelineJs(const QString& path, QString* error) {
    // Through File > Export's entry point, with the choices shown here: the
    // same file as the dialog or claimdesk-cli writes for them.
    ExchangeRequest request;
    request.format = exporting::exchangeFormatName(exporting::ExchangeFormat::TimelineJs);
    if (const auto status = m_view->renderer().statusFilter())
        request.filter.statuses = {*status};
    request.options.title =
        tr("Timeline of %1").arg(QFileInfo(m_workspace->path()).completeBaseName()).toStdString();
    request.options.groups = m_view->renderer().laneMode();
    const Status written = writeExchangeFile(m_workspace->path().toStdString(), request, path);
    if (!written.ok() && error)
        *error = QString::fromStdString(written.error());
    return written.ok();
}

void TimelinePanel::exportDialog(const QString& filter, const QString& suffix) {
    const QString base = QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral("-timeline.") + suffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"),
                                                QFileInfo(m_workspace->path()).dir().filePath(base), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = suffix == QLatin1String("json") ? exportTimelineJs(path, &error) : exportImage(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export timeline"), error);
}

}  // namespace claimdesk::ui
