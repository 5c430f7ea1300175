// The timeline: its scale, its renderer, the view and its place in the window.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include "core/pipeline/ingestion.h"
#include "core/timeline/dateinterval.h"
#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimstatusfilter.h"
#include "ui/models/roles.h"
#include "ui/models/statuscolors.h"
#include "ui/dialogs/exchangefile.h"
#include "ui/timeline/timelineexport.h"
#include "ui/timeline/timelinepanel.h"
#include "ui/timeline/timelinerenderer.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/timescale.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/mainwindow.h"

namespace claimdesk::ui {
namespace {

// Mouse and wheel events need a pointing device. Made lazily, Qt would
// parent it to the tests' static QApplication and register it in a list
// made after it, which exit then destroys first: a crash after the last
// test. Made here, before any QApplication, it has no parent and the list
// outlives the application.
const bool kPointingDeviceFirst = [] {
    QPointingDevice::primaryPointingDevice();
    return true;
}();

using timeline::dayOf;
using timeline::DayInterval;
using timeline::EntryKind;
using timeline::TimelineEntry;

// ---- the scale ----

TEST(TimeScale, MapsDaysToPixelsAndBack) {
    const TimeScale s(static_cast<double>(dayOf(2025, 1, 1)), 0.5, 100);
    EXPECT_DOUBLE_EQ(s.x(static_cast<double>(dayOf(2025, 1, 1))), 100);
    EXPECT_DOUBLE_EQ(s.x(static_cast<double>(dayOf(2025, 1, 11))), 120);
    EXPECT_DOUBLE_EQ(s.day(120), static_cast<double>(dayOf(2025, 1, 11)));
    for (double x : {-50.0, 0.0, 333.3, 1e4})
        EXPECT_NEAR(s.x(s.day(x)), x, 1e-9);
}

TEST(TimeScale, ZoomKeepsTheDayUnderTheCursor) {
    TimeScale s(0, 1, 200);
    const double under = s.day(640);
    s.zoomAt(640, 3);
    EXPECT_NEAR(s.day(640), under, 1e-9);
    EXPECT_NEAR(s.daysPerPixel(), 1.0 / 3, 1e-12);
    s.zoomAt(300, 0.25);
    EXPECT_NEAR(s.daysPerPixel(), 4.0 / 3, 1e-12);
    s.zoomAt(0, 1e-9);  // clamped
    EXPECT_DOUBLE_EQ(s.daysPerPixel(), TimeScale::kMaxDaysPerPixel);
}

TEST(TimeScale, FitShowsTheRangeAcrossTheWidth) {
    TimeScale s;
    s.fit(100, 300, 50, 400);
    EXPECT_DOUBLE_EQ(s.x(100), 50);
    EXPECT_DOUBLE_EQ(s.x(300), 450);
    s.pan(10);
    EXPECT_DOUBLE_EQ(s.x(100), 60);
}

struct TickCase {
    double daysPerPixel;
    TimeScale::Unit unit;
    int step;
    const char* firstLabel;  // of the ticks from 2025-01-01
    const char* firstSpan;
};

class TimeScaleTicks : public ::testing::TestWithParam<TickCase> {};

TEST_P(TimeScaleTicks, AdaptToTheZoom) {
    const TickCase& c = GetParam();
    const TimeScale s(static_cast<double>(dayOf(2025, 1, 1)), c.daysPerPixel, 0);
    const auto ticks = s.ticks(0, 1200, 64);
    EXPECT_EQ(ticks.unit, c.unit);
    EXPECT_EQ(ticks.step, c.step);
    ASSERT_FALSE(ticks.ticks.isEmpty());
    EXPECT_EQ(ticks.ticks.first().label, QString::fromLatin1(c.firstLabel));
    if (c.firstSpan) {
        ASSERT_FALSE(ticks.spans.isEmpty());
        EXPECT_EQ(ticks.spans.first().label, QString::fromLatin1(c.firstSpan));
    }
    // Labelled ticks are never closer than asked.
    for (int i = 1; i < ticks.ticks.size(); ++i)
        EXPECT_GE(s.x(ticks.ticks[i].day) - s.x(ticks.ticks[i - 1].day), 64 - 1e-9) << ticks.ticks[i].label.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Zooms, TimeScaleTicks,
    ::testing::Values(TickCase{1.0 / 100, TimeScale::Unit::Day, 1, "1", "Jan 2025"},  // 100 px a day
                      TickCase{1.0 / 40, TimeScale::Unit::Day, 2, "1", "Jan 2025"},
                      TickCase{1.0 / 12, TimeScale::Unit::Day, 7, "1", "Jan 2025"},
                      TickCase{0.3, TimeScale::Unit::Month, 1, "Jan", "2025"},
                      TickCase{1.2, TimeScale::Unit::Month, 3, "Jan", "2025"},
                      TickCase{2.5, TimeScale::Unit::Month, 6, "Jan", "2025"},
                      TickCase{5.0, TimeScale::Unit::Year, 1, "2025", nullptr},
                      TickCase{30.0, TimeScale::Unit::Year, 10, "2030", nullptr}));

// ---- the renderer ----

TimelineEntry claimEntry(std::int64_t id, DayInterval happened, DayInterval stated, DayInterval published,
                         std::int64_t cluster = 1) {
    TimelineEntry e;
    e.kind = EntryKind::Claim;
    e.id = id;
    e.documentId = 100 + id;
    e.label = "claim number " + std::to_string(id);
    e.text = e.label;
    e.speaker = "Ana Reyes";
    e.outlet = "Harbour Ledger";
    e.clusterId = cluster;
    e.happened = happened;
    e.stated = stated;
    e.published = published;
    return e;
}

DayInterval day(int y, int m, int d) {
    const auto n = dayOf(y, m, d);
    return {n, n};
}

std::vector<TimelineEntry> threeClaims() {
    return {claimEntry(1, day(2025, 1, 31), day(2025, 2, 1), day(2025, 2, 2)),
            claimEntry(2, day(2024, 11, 5), day(2025, 1, 4), day(2025, 1, 4), 2),
            claimEntry(3, *timeline::intervalOf("2024-FA"), day(2025, 2, 7), day(2025, 2, 8), 2)};
}

std::vector<TimelineEntry> manyEvents(int count, int days) {
    std::vector<TimelineEntry> out;
    for (int i = 0; i < count; ++i) {
        TimelineEntry e;
        e.kind = EntryKind::Event;
        e.id = i + 1;
        e.label = "event";
        e.outlet = i % 2 ? "A" : "B";
        const auto d = dayOf(2020, 1, 1) + (static_cast<std::int64_t>(i) * days) / count;
        e.happened = DayInterval{d, d};
        out.push_back(e);
    }
    return out;
}

// Fit all fits the data: one event dated half a year before everything
// else (a photo caption's date) leaves the view on the rest.
TEST(TimelineRenderer, FitAllLeavesAFarOutlierOut) {
    testing::qtApp();
    TimelineRenderer r;
    std::vector<TimelineEntry> entries = threeClaims();
    for (int i = 0; i < 12; ++i) {
        TimelineEntry e;
        e.kind = EntryKind::Event;
        e.id = 100 + i;
        e.label = "strike";
        e.happened = day(2025, 1, 20 + i % 8);
        entries.push_back(e);
    }
    TimelineEntry caption;
    caption.kind = EntryKind::Event;
    caption.id = 99;
    caption.label = "a tank in a photo";
    caption.happened = day(2023, 8, 18);
    entries.push_back(caption);
    r.setEntries(entries);
    const auto range = r.dayRange();
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, static_cast<double>(dayOf(2024, 9, 1))) << "from the fall claim, not the caption";
    EXPECT_EQ(range->second, static_cast<double>(dayOf(2025, 2, 8)) + 1);
}

TEST(TimelineRenderer, DrawsEachItemWhenThereIsRoom) {
    testing::qtApp();
    TimelineRenderer r;
    r.setEntries(threeClaims());
    QImage image(1400, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    r.paintFitted(painter, QRectF(0, 0, 1400, 400));
    EXPECT_EQ(r.drawnItems(), 3);
    EXPECT_EQ(r.drawnBins(), 0);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto rect = r.drawnRect(i);
        ASSERT_TRUE(rect) << i;
        EXPECT_GE(rect->left(), r.style().gutterWidth);
        EXPECT_LE(rect->right(), 1400);
        const auto hit = r.hitTest(rect->center());
        EXPECT_EQ(hit.kind, TimelineRenderer::Hit::Kind::Entry);
        EXPECT_EQ(hit.entry, i);
    }
    // The fall-2024 claim spans from September to its publication.
    const TimeScale s = r.fittedScale(QRectF(0, 0, 1400, 400));
    EXPECT_NEAR(r.drawnRect(2)->left(), s.x(static_cast<double>(dayOf(2024, 9, 1))), 3);
}

TEST(TimelineRenderer, CrowdsAggregateIntoBinsAtWideZooms) {
    testing::qtApp();
    TimelineRenderer r;
    r.setLaneMode(timeline::LaneMode::Outlet);
    r.setEntries(manyEvents(20000, 5 * 365));
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    r.paintFitted(painter, QRectF(0, 0, 1600, 900));
    EXPECT_GT(r.drawnBins(), 0);
    EXPECT_LT(r.drawnItems() + r.drawnBins(), 2000);  // bounded by pixels, not by items
    // At a day's zoom the few items in view are drawn one by one.
    const TimeScale close(static_cast<double>(dayOf(2022, 6, 1)), 1.0 / 100, r.style().gutterWidth);
    r.paint(painter, QRectF(0, 0, 1600, 900), close);
    EXPECT_GT(r.drawnItems(), 0);
    EXPECT_LT(r.drawnItems(), 200);
}

TEST(TimelineRenderer, StatusFilterHidesClaimsButKeepsEvents) {
    testing::qtApp();
    auto entries = threeClaims();
    entries[0].status = ClaimStatus::Confirmed;
    auto events = manyEvents(1, 10);
    entries.push_back(events[0]);
    TimelineRenderer r;
    r.setEntries(entries);
    std::size_t shown = 0;
    for (const auto& l : r.lanes())
        shown += l.entries.size();
    EXPECT_EQ(shown, 4u);
    r.setStatusFilter(ClaimStatus::Confirmed);
    shown = 0;
    for (const auto& l : r.lanes())
        for (std::size_t i : l.entries) {
            ++shown;
            EXPECT_TRUE(r.entries()[i].kind == EntryKind::Event || r.entries()[i].status == ClaimStatus::Confirmed);
        }
    EXPECT_EQ(shown, 2u);
}

TEST(TimelineExport, PngAndSvgOfTheWholeTimeline) {
    testing::qtApp();
    testing::TempDir dir;
    TimelineRenderer r;
    r.setEntries(threeClaims());
    const QImage image = renderTimelineImage(r, QSize(800, 0));
    EXPECT_EQ(image.width(), 800);
    EXPECT_EQ(image.height(), naturalTimelineHeight(r, 800));
    EXPECT_GT(image.height(), static_cast<int>(r.style().axisHeight));
    const QString png = QString::fromStdString(dir.file("t.png").string());
    const QString svg = QString::fromStdString(dir.file("t.svg").string());
    ASSERT_TRUE(saveTimelinePng(r, png, 900));
    EXPECT_EQ(QImage(png).width(), 900);
    ASSERT_TRUE(saveTimelineSvg(r, svg, 900));
    const std::string svgText = testing::readFile(dir.file("t.svg"));
    EXPECT_NE(svgText.find("<svg"), std::string::npos);
    EXPECT_NE(svgText.find("claim number 1"), std::string::npos);
    EXPECT_FALSE(saveTimelinePng(r, QString::fromStdString((dir.path() / "no" / "such" / "dir.png").string()), 100));
}

// ---- the view ----

class TimelineViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_view.resize(1200, 300);
        // Shown without a window on screen: a platform window would outlive
        // the tests' static QApplication and crash the exit.
        m_view.setAttribute(Qt::WA_DontShowOnScreen);
        m_view.show();
        m_view.setEntries(threeClaims());
        m_view.fitAll();
        m_view.repaint();
    }
    QApplication& m_app = testing::qtApp();  // before any widget
    TimelineView m_view;
};

TEST_F(TimelineViewTest, ClickingAClaimSelectsIt) {
    QSignalSpy clicked(&m_view, &TimelineView::claimClicked);
    const auto rect = m_view.renderer().drawnRect(0);
    ASSERT_TRUE(rect);
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, rect->center().toPoint());
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toLongLong(), 1);
    EXPECT_EQ(clicked[0][1].toLongLong(), 101);
    // A click on nothing selects nothing.
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, QPoint(m_view.width() - 5, m_view.height() - 5));
    EXPECT_EQ(clicked.size(), 1);
}

TEST_F(TimelineViewTest, ClickingAnEventReportsItsEvidence) {
    auto entries = threeClaims();
    TimelineEntry event;
    event.kind = EntryKind::Event;
    event.id = 42;
    event.documentId = 7;
    event.evidence = {10, 30};
    event.label = "bridge closed";
    event.happened = day(2024, 12, 20);
    entries.push_back(event);
    m_view.setEntries(entries);
    m_view.fitAll();
    m_view.repaint();
    QSignalSpy clicked(&m_view, &TimelineView::eventClicked);
    const auto rect = m_view.renderer().drawnRect(3);
    ASSERT_TRUE(rect);
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, rect->center().toPoint());
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toLongLong(), 42);
    EXPECT_EQ(clicked[0][1].toLongLong(), 7);
    EXPECT_EQ(clicked[0][2].value<Span>(), (Span{10, 30}));
}

TEST_F(TimelineViewTest, DraggingPansWithoutClicking) {
    QSignalSpy clicked(&m_view, &TimelineView::claimClicked);
    const auto rect = m_view.renderer().drawnRect(0);
    ASSERT_TRUE(rect);
    const double before = m_view.scale().leftDay();
    const QPoint at = rect->center().toPoint();
    QTest::mousePress(&m_view, Qt::LeftButton, {}, at);
    QMouseEvent move(QEvent::MouseMove, at + QPoint(80, 0), m_view.mapToGlobal(at + QPoint(80, 0)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&m_view, &move);
    QTest::mouseRelease(&m_view, Qt::LeftButton, {}, at + QPoint(80, 0));
    EXPECT_EQ(clicked.size(), 0);
    EXPECT_NEAR(m_view.scale().leftDay(), before - 80 * m_view.scale().daysPerPixel(), 1e-6);
}

TEST_F(TimelineViewTest, FitShowsEverything) {
    m_view.zoomBy(20);
    m_view.repaint();
    EXPECT_LT(m_view.renderer().drawnItems(), 3);
    m_view.fitAll();
    m_view.repaint();
    EXPECT_EQ(m_view.renderer().drawnItems(), 3);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_TRUE(QRectF(m_view.rect()).contains(*m_view.renderer().drawnRect(i))) << i;
}

TEST_F(TimelineViewTest, WheelZoomKeepsThePointUnderTheCursor) {
    const QPointF at(700, 120);
    const double before = m_view.scale().day(at.x());
    const double dpp = m_view.scale().daysPerPixel();
    QWheelEvent wheel(at, m_view.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&m_view, &wheel);
    EXPECT_LT(m_view.scale().daysPerPixel(), dpp);
    EXPECT_NEAR(m_view.scale().day(at.x()), before, 1e-6);
    // The keyboard zooms about the middle and back.
    QTest::keyClick(&m_view, Qt::Key_Minus);
    QTest::keyClick(&m_view, Qt::Key_Plus);
    EXPECT_NEAR(m_view.scale().daysPerPixel(), dpp / std::pow(1.0015, 240), 1e-9);
}

TEST_F(TimelineViewTest, JumpCentresTheDate) {
    m_view.jumpTo(QDate(2025, 1, 31));
    const double plotLeft = m_view.renderer().style().gutterWidth;
    const double middle = plotLeft + (m_view.width() - plotLeft) / 2;
    EXPECT_NEAR(m_view.scale().day(middle), static_cast<double>(dayOf(2025, 1, 31)) + 0.5, 1e-6);
    EXPECT_LE(m_view.scale().daysPerPixel() * (m_view.width() - plotLeft), 31);
}

TEST_F(TimelineViewTest, SelectingElsewhereHighlightsAndBringsIntoView) {
    m_view.jumpTo(QDate(2020, 1, 1));
    m_view.repaint();
    EXPECT_FALSE(m_view.renderer().drawnRect(1));
    EXPECT_TRUE(m_view.selectClaim(2));
    m_view.repaint();
    EXPECT_TRUE(m_view.renderer().drawnRect(1));
    EXPECT_FALSE(m_view.selectClaim(999));
}

// ---- in the window ----

TEST(TimelineInWindow, ClicksSelectInTheTableAndTheTableSelectsHere) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("t.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        testing::writeSmallProject(*store);
    }
    MainWindow window;
    window.resize(1400, 900);
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    ASSERT_TRUE(window.showView(QStringLiteral("timeline")));
    EXPECT_FALSE(window.showView(QStringLiteral("nothing")));
    TimelinePanel* panel = window.timelinePanel();
    ASSERT_NE(panel, nullptr);
    TimelineView* view = panel->view();
    ASSERT_FALSE(view->renderer().entries().empty());
    view->fitAll();
    view->repaint();

    // Its TimelineJS export is File > Export's, with the lanes shown here.
    const QString json = QString::fromStdString(dir.file("panel.json").string());
    ASSERT_TRUE(panel->exportTimelineJs(json));
    ExchangeRequest same;
    same.format = "timelinejs";
    same.options.title = "Timeline of t";
    same.options.groups = view->renderer().laneMode();
    const QString viaDialog = QString::fromStdString(dir.file("dialog.json").string());
    ASSERT_TRUE(writeExchangeFile(path, same, viaDialog).ok());
    EXPECT_EQ(testing::readFile(dir.file("panel.json")), testing::readFile(dir.file("dialog.json")));
    EXPECT_NE(testing::readFile(dir.file("panel.json")).find("Timeline of t"), std::string::npos);

    // A click on a claim selects it in the table.
    std::optional<std::size_t> claim;
    for (std::size_t i = 0; i < view->renderer().entries().size(); ++i)
        if (view->renderer().entries()[i].kind == EntryKind::Claim && view->renderer().drawnRect(i)) {
            claim = i;
            break;
        }
    ASSERT_TRUE(claim);
    const auto& entry = view->renderer().entries()[*claim];
    QTest::mouseClick(view, Qt::LeftButton, {}, view->renderer().drawnRect(*claim)->center().toPoint());
    EXPECT_EQ(window.claimTable()->currentClaim(), entry.id);

    // Selecting another claim in the table highlights it here.
    QTableView* table = window.claimTable()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const qint64 id = table->model()->index(row, 0).data(IdRole).toLongLong();
        if (id == entry.id)
            continue;
        window.claimTable()->selectClaim(id);
        view->repaint();
        const auto index = view->renderer().indexOf(EntryKind::Claim, id);
        ASSERT_TRUE(index);
        const auto rect = view->renderer().drawnRect(*index);
        if (rect) {  // highlighted where it is drawn
            EXPECT_EQ(view->renderer().hitTest(rect->center()).entry, *index);
        }
        break;
    }

    // A review shows here at once, in place.
    const std::size_t entryCount = view->renderer().entries().size();
    ASSERT_TRUE(window.workspace()->confirmClaims({entry.id}));
    EXPECT_EQ(view->renderer().entries()[*claim].status, ClaimStatus::Confirmed);
    EXPECT_EQ(view->renderer().entries().size(), entryCount);

    // The table's status filter applies here.
    window.claimTable()->filter()->setStatus(ClaimStatus::Confirmed);
    std::size_t confirmed = 0;
    for (const auto& lane : view->renderer().lanes())
        for (std::size_t i : lane.entries)
            confirmed += view->renderer().entries()[i].kind == EntryKind::Claim;
    EXPECT_EQ(confirmed, 1u);
    window.workspace()->undoStack()->undo();
    EXPECT_EQ(view->renderer().entries()[*claim].status, ClaimStatus::Extracted);
    for (const auto& lane : view->renderer().lanes())
        for (std::size_t i : lane.entries)
            EXPECT_NE(view->renderer().entries()[i].kind, EntryKind::Claim);
    window.claimTable()->filter()->setStatus(std::nullopt);
    std::size_t claims = 0;
    for (const auto& lane : view->renderer().lanes())
        for (std::size_t i : lane.entries)
            claims += view->renderer().entries()[i].kind == EntryKind::Claim;
    EXPECT_GT(claims, 0u);
}


// What the view shows, in days: from the plot's left edge to its right.
std::pair<double, double> visibleDays(TimelineView* view) {
    return {view->scale().day(view->renderer().style().gutterWidth), view->scale().day(view->width())};
}

// The days each entry shown covers, [first, last + 1), its vague dates too.
std::vector<std::pair<double, double>> shownExtents(TimelineView* view) {
    std::vector<std::pair<double, double>> out;
    for (const auto& lane : view->renderer().lanes())
        for (std::size_t i : lane.entries)
            if (const auto x = view->renderer().entries()[i].extent())
                out.push_back({static_cast<double>(x->first), static_cast<double>(x->last) + 1});
    return out;
}

// The timeline beside the table at 1920x1080 on the demo (weeks of March,
// a few items in April, one "this summer"): opened, with a claim selected
// in the table and after Fit all, it shows at least 98% of the items, in
// no more than twice the days those need (room is kept right of the last
// one for its label), not months of nothing after them.
TEST(TimelineInWindow, ShowsTheDataNotMonthsOfNothing) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("demo.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        ASSERT_FALSE(pipeline::ingestPaths(*store, {testing::demoCorpusDir().string()}, {}, [] {
                         return testing::fixedTime();
                     }).anyFailed());
    }
    MainWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.resize(1920, 1080);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.resetLayout();
    QTest::qWait(50);
    TimelineView* view = window.timelinePanel()->view();
    ASSERT_TRUE(view->isVisible());
    const auto extents = shownExtents(view);
    ASSERT_GE(extents.size(), 50u);
    // The days 98% of the items need: all but the first and last 1%.
    std::vector<double> firsts, lasts;
    for (const auto& [a, b] : extents) {
        firsts.push_back(a);
        lasts.push_back(b);
    }
    std::sort(firsts.begin(), firsts.end());
    std::sort(lasts.begin(), lasts.end());
    const std::size_t percent = extents.size() / 100;
    const double needed = lasts[lasts.size() - 1 - percent] - firsts[percent];

    auto expectOnTheData = [&](const char* when) {
        const auto [first, last] = visibleDays(view);
        std::size_t inView = 0;
        for (const auto& [a, b] : extents)
            inView += a < last && b > first;
        EXPECT_GE(inView * 100, extents.size() * 98) << when << ": " << inView << " of " << extents.size() << " in view";
        EXPECT_LE(last - first, 2 * needed) << when << ": " << (last - first) << " days shown for " << needed;
    };
    expectOnTheData("opened");
    window.claimTable()->selectNextUnreviewed(true);
    QTest::qWait(50);
    ASSERT_TRUE(window.claimTable()->currentClaim());
    expectOnTheData("a claim selected");
    view->zoomBy(4);
    view->fitAll();
    expectOnTheData("Fit all");
}

// The view draws in its own palette (a dark theme gives a dark timeline and
// claim colours chosen for it); what it exports is drawn on paper, the same
// as from a light view, and the view keeps its palette afterwards.
TEST_F(TimelineViewTest, DrawsInItsPaletteAndExportsOnPaper) {
    QPalette dark = m_view.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x21, 0x23));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    const QImage fromLight = renderTimelineImage(m_view.renderer(), QSize(900, 0));
    m_view.setPalette(dark);
    ASSERT_TRUE(isDark(m_view.renderer().palette()));
    EXPECT_EQ(m_view.renderer().palette().color(QPalette::Base), dark.color(QPalette::Base));

    const QImage screen = m_view.grab().toImage();
    const QPoint ground(m_view.width() - 3, m_view.height() - 3);  // below the lanes, right of their titles
    EXPECT_LT(screen.pixelColor(ground).lightness(), 80);

    const QImage exported = renderTimelineImage(m_view.renderer(), QSize(900, 0));
    EXPECT_GT(exported.pixelColor(exported.width() - 3, exported.height() - 3).lightness(), 225);
    EXPECT_TRUE(exported.convertToFormat(QImage::Format_RGB32) == fromLight.convertToFormat(QImage::Format_RGB32));
    EXPECT_TRUE(isDark(m_view.renderer().palette()));
}

}  // namespace
}  // namespace claimdesk::ui
