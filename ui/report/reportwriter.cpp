#include "ui/report/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <memory>

#include "core/store/projectstore.h"
#include "ui/report/outputdevice.h"
#include "core/timeline/timelineentry.h"
#include "ui/models/statuscolors.h"
#include "ui/report/reportcontent.h"
#include "ui/timeline/timelineexport.h"
#include "ui/timeline/timelinerenderer.h"

namespace claimdesk::ui {

namespace {

bool cancelled(const ReportRun& run) { return run.cancel && run.cancel->load(); }

void progress(const ReportRun& run, int percent) {
    if (run.progress)
        run.progress(percent);
}

Status cancelledError() { return makeError("cancelled"); }

// The page (1-based) on which each TOC anchor's heading lands.
std::vector<int> headingPages(QTextDocument& doc, std::size_t entries, qreal pageHeight) {
    std::vector<int> pages(entries, 0);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(QLatin1String("toc-")))
                    continue;
                const auto index = name.mid(4).toULongLong();
                if (index < entries) {
                    const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
                    pages[index] = static_cast<int>(top / pageHeight) + 1;
                }
            }
        }
    }
    return pages;
}

// A data row of the report's tables (those with a header row), in order,
// where the layout put it, and how tall it is unbroken.
struct RowExtent {
    qreal top = 0, bottom = 0;     // as laid out (a row split by a page includes the gap)
    qreal natural = 0;             // its tallest cell's lines
    qreal headerHeight = 0;        // its table's header row, repeated when the table restarts
    std::optional<qreal> leadTop;  // a first row moves with its table's heading: where that starts
    qreal leadHeight = 0;          // heading, note and header above the first row, unbroken
};

std::vector<RowExtent> tableRows(QTextDocument& doc, qreal& rowGap) {
    std::vector<RowExtent> rows;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    auto cellBlocks = [&](const QTextTableCell& cell, auto&& visit) {
        for (QTextBlock b = doc.findBlock(cell.firstPosition()); b.isValid() && b.position() <= cell.lastPosition();
             b = b.next())
            visit(b);
    };
    auto linesHeight = [](const QTextBlock& b) {
        qreal h = 0;
        for (int i = 0; b.layout() && i < b.layout()->lineCount(); ++i)
            h += b.layout()->lineAt(i).height();
        return h;
    };
    rowGap = 1e12;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->format().headerRowCount() != 1)
            continue;
        std::vector<RowExtent> own;
        for (int r = 0; r < table->rows(); ++r) {
            RowExtent row{1e12, 0, 0, 0, std::nullopt, 0};
            for (int c = 0; c < table->columns(); ++c) {
                qreal natural = 0;
                cellBlocks(table->cellAt(r, c), [&](const QTextBlock& b) {
                    const QRectF rect = layout->blockBoundingRect(b);
                    row.top = std::min(row.top, rect.top());
                    row.bottom = std::max(row.bottom, rect.bottom());
                    natural += linesHeight(b);
                });
                row.natural = std::max(row.natural, natural);
            }
            own.push_back(row);
        }
        for (std::size_t r = 1; r < own.size(); ++r)
            if (own[r].top > own[r - 1].bottom)
                rowGap = std::min(rowGap, own[r].top - own[r - 1].bottom);
        // The heading (and its note) just before the table.
        qreal leadTop = own[0].top, leadHeight = 0;
        QTextBlock before = doc.findBlock(table->firstPosition() - 1);
        for (int back = 0; back < 3 && before.isValid(); ++back, before = before.previous()) {
            leadHeight += layout->blockBoundingRect(before).height();
            if (before.blockFormat().headingLevel() > 0) {
                leadTop = layout->blockBoundingRect(before).top();
                break;
            }
        }
        for (std::size_t r = 1; r < own.size(); ++r) {
            own[r].headerHeight = own[0].natural;
            if (r == 1) {
                own[r].leadTop = leadTop;
                own[r].leadHeight = leadHeight + own[0].natural;
            }
            rows.push_back(own[r]);
        }
    }
    if (rowGap > 1e11)
        rowGap = 0;
    return rows;
}

// Qt splits a table row across pages line by line, leaving a stub of
// coloured cells on the next page. The first row that straddles a page
// boundary starts a new page instead, a table's first row together with
// the table's heading (Qt itself moves a table whose header and first row
// do not fit, and would leave the heading alone at the foot of the page).
// One row per layout: moving a row shifts everything after it, so the next
// one is found in the next layout. Rows taller than half a page split.
std::optional<int> nextRowToBreak(QTextDocument& doc, qreal pageHeight, const std::set<int>& already) {
    qreal gap = 0;
    const auto rows = tableRows(doc, gap);
    const int after = already.empty() ? -1 : *already.rbegin();
    for (std::size_t i = static_cast<std::size_t>(after + 1); i < rows.size(); ++i) {
        const RowExtent& r = rows[i];
        if (r.bottom <= r.top || r.natural > pageHeight / 2)
            continue;
        const qreal top = r.leadTop ? *r.leadTop : r.top;
        if (std::floor((r.bottom - 1) / pageHeight) != std::floor(top / pageHeight))
            return static_cast<int>(i);
    }
    return std::nullopt;
}

// The running header names the section a page belongs to: the first
// top-level heading on it, else the last one before it.
QString sectionOn(int page, const std::vector<TocEntry>& toc, const std::vector<int>& pages) {
    QString section;
    for (std::size_t i = 0; i < toc.size() && i < pages.size(); ++i) {
        if (toc[i].level != 1 || pages[i] > page)
            continue;
        section = toc[i].title;
        if (pages[i] == page)
            break;
    }
    return section;
}

}  // namespace

std::optional<ReportFormat> reportFormatFromName(const std::string& name) {
    if (name == "pdf")
        return ReportFormat::Pdf;
    if (name == "html")
        return ReportFormat::Html;
    return std::nullopt;
}

Status writeReportHtml(const report::ReportData& data, const QString& path, const ReportRun& run) {
    progress(run, 10);
    ContentExtras extras;
    if (run.timelineFigure)
        extras.timeline = run.timelineFigure(QSize(1600, 700));
    if (run.disagreementFigure)
        for (const auto& d : data.disagreements)
            if (QImage figure = run.disagreementFigure(QSize(1600, 400), d.clusterId); !figure.isNull())
                extras.disagreementFigures[d.clusterId] = figure;
    if (cancelled(run))
        return cancelledError();
    progress(run, 40);
    const QByteArray html = reportHtml(data, HtmlFlavor::File, extras).toUtf8();
    if (cancelled(run))
        return cancelledError();
    progress(run, 80);
    OutputDevice file(path);
    if (!file.open())
        return makeError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    file.device()->write(html);
    if (!file.commit())
        return makeError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    progress(run, 100);
    return {};
}

Status writeReportPdf(const report::ReportData& data, const QString& path, const ReportRun& run) {
    progress(run, 5);
    // Painted into a temporary file that replaces the report only once
    // complete, so a cancelled or failed run leaves no half-written report
    // behind and an earlier report at `path` as it was.
    OutputDevice file(path);
    if (!file.open())
        return makeError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    std::optional<QPdfWriter> writer(std::in_place, file.device());
    auto fail = [&](Status s) {
        writer.reset();
        file.cancel();
        return s;
    };
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer->setResolution(300);
    writer->setTitle(QString::fromStdString(data.title));
    writer->setCreator(QStringLiteral("Claimdesk"));

    const QRect area = writer->pageLayout().paintRectPixels(writer->resolution());
    const int dpi = writer->resolution();
    const int headerHeight = dpi * 4 / 10;  // 0.4 in for the running header, the same for the footer
    const QSizeF body(area.width(), area.height() - 2 * headerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&*writer);
    doc.setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Serif"));
    base.setPointSizeF(9.5);
    // No cosmetic ligatures ("fi", "ff"): quotes copied or searched in the
    // PDF must read as typed. Scripts that need shaping keep it.
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    doc.setPageSize(body);

    ContentExtras extras;
    extras.timelineResource = QStringLiteral("claimdesk-figure://timeline");
    extras.figureWidthPx = static_cast<int>(body.width() * 96.0 / dpi);
    if (run.timelineFigure) {
        const QSize want(static_cast<int>(body.width()), static_cast<int>(body.height() * 0.45));
        extras.timeline = run.timelineFigure(want);
    }
    if (run.disagreementFigure)
        for (const auto& d : data.disagreements)
            if (QImage figure = run.disagreementFigure(QSize(static_cast<int>(body.width()), static_cast<int>(body.height() * 0.2)),
                                                       d.clusterId);
                !figure.isNull())
                extras.disagreementFigures[d.clusterId] = figure;
    // The figures are document resources, registered again after each setHtml.
    const auto addFigures = [&] {
        if (!extras.timeline.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(extras.timelineResource), extras.timeline);
        for (const auto& [id, figure] : extras.disagreementFigures)
            doc.addResource(QTextDocument::ImageResource, QUrl(disagreementResource(id)), figure);
    };
    addFigures();
    const std::vector<TocEntry> toc = tocEntries(data, !extras.timeline.isNull());
    if (cancelled(run))
        return fail(cancelledError());
    progress(run, 15);

    // Lay out with placeholder page numbers, read where each heading fell
    // and which table row first straddles a page, and lay out again with
    // the numbers and that row moved; repeat until nothing moves. A long
    // report has more straddling rows than passes: past the last pass, Qt
    // splits them.
    std::vector<int> pages;
    constexpr int kPasses = 16;
    constexpr qint64 kMovingBudgetMs = 4000;  // then Qt splits the remaining rows
    QElapsedTimer timer;
    timer.start();
    for (int pass = 0; pass < kPasses; ++pass) {
        extras.tocPages = pages;
        doc.setHtml(reportHtml(data, HtmlFlavor::RichText, extras));
        addFigures();
        const std::vector<int> found = headingPages(doc, toc.size(), body.height());
        const bool mayMove = pass + 2 < kPasses && timer.elapsed() < kMovingBudgetMs;
        const auto moved = mayMove ? nextRowToBreak(doc, body.height(), extras.breakRows) : std::nullopt;
        if (cancelled(run))
            return fail(cancelledError());
        progress(run, 15 + 40 * (pass + 1) / kPasses);
        if (found == pages && !moved)
            break;
        pages = found;
        if (moved)
            extras.breakRows.insert(*moved);
    }

    QPainter painter;
    if (!painter.begin(&*writer))
        return fail(makeError("cannot write " + path.toStdString()));
    const int pageCount = doc.pageCount();
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    small.setStyleStrategy(QFont::PreferNoShaping);
    const QColor ink(0x55, 0x55, 0x55);
    const QPalette paper = paperPalette();
    for (int page = 1; page <= pageCount; ++page) {
        if (cancelled(run)) {
            painter.end();
            return fail(cancelledError());
        }
        if (page > 1)
            writer->newPage();
        const qreal top = (page - 1) * body.height();
        painter.save();
        painter.translate(0, headerHeight - top);
        // Not drawContents(): it paints unstyled text in the application
        // palette's colour, light grey on paper under a dark theme.
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = paper;
        context.clip = QRectF(0, top, body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // The title page carries no running header or number.
        if (page > 1) {
            painter.setFont(small);
            painter.setPen(ink);
            const QRectF header(0, 0, area.width(), headerHeight * 0.7);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(data.title));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, sectionOn(page, toc, pages));
            painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcf), dpi / 100.0));
            painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(area.width(), headerHeight * 0.75));
            painter.setPen(ink);
            const QRectF footer(0, area.height() - headerHeight * 0.7, area.width(), headerHeight * 0.7);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                             QStringLiteral("Page %1 of %2").arg(page).arg(pageCount));
            if (!data.date.empty())
                painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QString::fromStdString(data.date));
        }
        progress(run, 55 + 44 * page / pageCount);
    }
    if (!painter.end())
        return fail(makeError("cannot write " + path.toStdString()));
    writer.reset();
    if (!file.commit())
        return makeError("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    progress(run, 100);
    return {};
}

namespace {

// A figure of some of the report's claims, drawn by a renderer the returned
// function owns, so that it paints on the writing thread: at about a
// screen's width and scaled by the page, so labels keep a readable size on
// paper whatever the writer's resolution; as tall as its lanes need, up to
// `maxHeightShare` of its width, fitted to its claims' own dates.
std::function<QImage(QSize)> figureOf(std::vector<timeline::TimelineEntry> entries, timeline::LaneMode mode,
                                      std::map<std::string, std::string> titles, double maxHeightShare) {
    if (entries.empty())
        return {};
    auto renderer = std::make_shared<TimelineRenderer>();
    renderer->setLaneMode(mode);
    renderer->setEntries(std::move(entries));
    renderer->setLaneTitles(std::move(titles));
    return [renderer, maxHeightShare](QSize want) {
        const int width = std::min(want.width(), 1100);
        const int height = std::min({naturalTimelineHeight(*renderer, width), static_cast<int>(width * maxHeightShare),
                                     std::max(120, want.height() * width / std::max(1, want.width()))});
        return renderTimelineImage(*renderer, QSize(width, height));
    };
}

// The report's figures: the timeline of the claims it shows, lanes by what
// they report (named as the claims section names them), and one of each
// disagreement's claims, lanes by speaker. The entries are read here, from
// the report's own store connection.
void reportFigures(store::ProjectStore& store, const report::ReportData& data, ReportRun& run) {
    auto entries = timeline::buildEntries(store);
    if (!entries)
        return;
    std::set<std::int64_t> shown;
    std::map<std::string, std::string> titles;
    for (const auto& g : data.groups) {
        for (const auto& c : g.claims)
            shown.insert(c.id);
        if (g.clusterId)
            titles["claim-cluster:" + std::to_string(g.clusterId)] = g.heading;
    }
    std::vector<timeline::TimelineEntry> claims;
    for (auto& e : *entries)
        if (e.kind == timeline::EntryKind::Claim && shown.count(e.id))
            claims.push_back(std::move(e));
    std::map<std::int64_t, std::vector<timeline::TimelineEntry>> byDisagreement;
    for (const auto& d : data.disagreements)
        for (const auto& c : d.claims)
            for (const auto& e : claims)
                if (e.id == c.id)
                    byDisagreement[d.clusterId].push_back(e);
    if (!run.timelineFigure)
        run.timelineFigure = figureOf(claims, timeline::LaneMode::Cluster, titles, 0.6);
    if (!run.disagreementFigure) {
        auto figures = std::make_shared<std::map<std::int64_t, std::function<QImage(QSize)>>>();
        for (auto& [id, members] : byDisagreement)
            (*figures)[id] = figureOf(std::move(members), timeline::LaneMode::Speaker, {}, 0.3);
        run.disagreementFigure = [figures](QSize want, std::int64_t clusterId) {
            const auto it = figures->find(clusterId);
            return it != figures->end() && it->second ? it->second(want) : QImage();
        };
    }
}

}  // namespace

Status writeReport(const std::string& storePath, const report::ReportOptions& options, ReportFormat format,
                   const std::string& outPath, const ReportRun& given) {
    // Opening creates a missing file: a mistyped path must not become an
    // empty report.
    if (storePath != ":memory:" && !QFile::exists(QString::fromStdString(storePath)))
        return makeError("no project at " + storePath);
    auto store = store::ProjectStore::open(storePath);
    if (!store)
        return makeError("cannot open " + storePath + ": " + store.error());
    // The report and its timeline figure from one snapshot of the project.
    store::ReadSnapshot snapshot = store->readSnapshot();
    auto data = report::buildReport(*store, options);
    if (!data)
        return makeError(data.error());
    ReportRun run = given;
    reportFigures(*store, *data, run);
    snapshot.release();  // everything is read; writing the file holds no snapshot
    if (cancelled(run))
        return cancelledError();
    const QString path = QString::fromStdString(outPath);
    return format == ReportFormat::Pdf ? writeReportPdf(*data, path, run) : writeReportHtml(*data, path, run);
}

}  // namespace claimdesk::ui
