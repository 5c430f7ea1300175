// How long painting the timeline takes with 100,000 items, at the zooms an
// analyst uses: everything, a year, a month, a day. The target is a frame
// (16 ms) whatever the zoom. Items are synthetic: claims with three dates
// and events spread over ten years, some days much busier than others,
// in 12 outlets (lanes by outlet).

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <random>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "core/timeline/dateinterval.h"
#include "ui/timeline/timelinerenderer.h"

namespace {

using claimdesk::ClaimStatus;
using claimdesk::timeline::DayInterval;
using claimdesk::timeline::dayOf;
using claimdesk::timeline::EntryKind;
using claimdesk::timeline::TimelineEntry;
using claimdesk::ui::TimelineRenderer;
using claimdesk::ui::TimeScale;

constexpr int kItems = 100000;
const QSize kSize(1600, 900);

std::vector<TimelineEntry> syntheticEntries() {
    std::mt19937 random(42);
    const auto first = dayOf(2015, 1, 1);
    std::uniform_int_distribution<int> anyDay(0, 3650);
    std::uniform_int_distribution<int> outlet(0, 11);
    std::uniform_int_distribution<int> lag(0, 3);
    std::normal_distribution<double> burst(0, 4);
    std::vector<int> busyDays;
    for (int i = 0; i < 40; ++i)
        busyDays.push_back(anyDay(random));
    std::vector<TimelineEntry> out;
    out.reserve(kItems);
    for (int i = 0; i < kItems; ++i) {
        TimelineEntry e;
        e.id = i + 1;
        e.documentId = i / 20 + 1;
        // Half the items crowd around a few news days.
        const int d = i % 2 ? anyDay(random) : busyDays[static_cast<std::size_t>(i / 2) % busyDays.size()] +
                                                   static_cast<int>(burst(random));
        const auto day = first + d;
        e.kind = i % 3 ? EntryKind::Claim : EntryKind::Event;
        e.outlet = "Outlet " + std::to_string(outlet(random));
        e.label = (e.kind == EntryKind::Claim ? "Claim " : "Event ") + std::to_string(i) + " about the matter";
        e.speaker = "Speaker " + std::to_string(i % 50);
        e.happened = DayInterval{day, day};
        if (e.kind == EntryKind::Claim) {
            const auto said = day + lag(random);
            e.stated = DayInterval{said, said};
            e.published = DayInterval{said + lag(random), said + 1 + lag(random)};
            e.published->last = e.published->first;
        }
        out.push_back(std::move(e));
    }
    return out;
}

TimelineRenderer& renderer() {
    static TimelineRenderer r = [] {
        TimelineRenderer made;
        made.setLaneMode(claimdesk::timeline::LaneMode::Outlet);
        made.setEntries(syntheticEntries());
        return made;
    }();
    return r;
}

// The scale for a zoom: 0 fits everything, otherwise `days` across the
// plot, starting on a busy stretch in the middle of the range.
TimeScale scaleFor(double days) {
    TimelineRenderer& r = renderer();
    if (days <= 0)
        return r.fittedScale(QRectF(QPointF(0, 0), QSizeF(kSize)));
    const double plot = kSize.width() - r.style().gutterWidth;
    return TimeScale(static_cast<double>(dayOf(2020, 3, 1)), days / plot, r.style().gutterWidth);
}

// Paint with the lane layout for this zoom already made (panning, or a
// repaint after a selection): the common case.
void BM_Paint(benchmark::State& state) {
    const TimeScale scale = scaleFor(static_cast<double>(state.range(0)));
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    TimelineRenderer& r = renderer();
    for (auto _ : state) {
        QPainter painter(&image);
        r.paint(painter, QRectF(QPointF(0, 0), QSizeF(kSize)), scale);
    }
    state.counters["items"] = r.drawnItems();
    state.counters["bins"] = r.drawnBins();
}

// Paint after one wheel notch (20%) in or out: the sub-rows are packed
// again for the new zoom (every item), then painted. The worst case of
// zooming; a smooth trackpad zoom packs again only every ninth percent.
void BM_WheelZoomAndPaint(benchmark::State& state) {
    TimeScale scale = scaleFor(static_cast<double>(state.range(0)));
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    TimelineRenderer& r = renderer();
    double factor = 1.2;
    for (auto _ : state) {
        scale.zoomAt(kSize.width() / 2.0, factor);
        factor = 1 / factor;
        QPainter painter(&image);
        r.paint(painter, QRectF(QPointF(0, 0), QSizeF(kSize)), scale);
    }
}

// Building the lanes (by outlet) of 100,000 items, as when the project or
// the status filter changes.
void BM_Lanes(benchmark::State& state) {
    TimelineRenderer& r = renderer();
    for (auto _ : state) {
        r.setStatusFilter(ClaimStatus::Extracted);
        r.setStatusFilter(std::nullopt);
        benchmark::DoNotOptimize(r.lanes().data());
    }
}

// Zooms: 0 = everything (ten years), 365 = a year, 31 = a month, 1 = a day.
BENCHMARK(BM_Paint)->Arg(0)->Arg(365)->Arg(31)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WheelZoomAndPaint)->Arg(0)->Arg(365)->Arg(31)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lanes)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);  // fonts need it
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
