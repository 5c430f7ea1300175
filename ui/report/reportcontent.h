#pragma once

// The report as HTML, from one walk over ReportData for both outputs, so
// the PDF and the HTML file cannot drift apart. They differ only where the
// medium does: the PDF flavour stays inside Qt's rich-text subset (its
// QTextDocument is laid out to pages; the table of contents gets page
// numbers, the figure is a document resource), the file flavour gets a
// richer style sheet, links in the contents and the figure as a data: URI.

#include <QImage>
#include <QString>
#include <QStringList>
#include <map>
#include <set>
#include <vector>

#include "core/report/reportdata.h"

namespace claimdesk::ui {

// Escapes text for HTML element content and attribute values. Everything
// the report shows from a project goes through here.
QString escapeHtml(const std::string& text);
QString escapeHtml(const QString& text);

enum class HtmlFlavor { RichText, File };

// A heading listed in the table of contents; its anchor is "toc-<index>".
struct TocEntry {
    QString title;
    int level = 1;
};

struct ContentExtras {
    QImage timeline;                 // null: no timeline section
    QString timelineResource;        // RichText: the resource URL the figure is registered under
    // A narrower timeline of each disagreement's claims, by cluster id;
    // RichText: registered under disagreementResource(id).
    std::map<std::int64_t, QImage> disagreementFigures;
    int figureWidthPx = 640;         // RichText: the figure's width in CSS pixels
    std::vector<int> tocPages;       // RichText: page of each TOC entry; empty: placeholders
    std::set<int> breakRows;         // RichText: table data rows (numbered from 0 through the
                                     // report) that start a new page
};

QString disagreementResource(std::int64_t clusterId);

// The headings of the report in order (what the contents list).
std::vector<TocEntry> tocEntries(const report::ReportData& data, bool hasTimeline);

QString reportHtml(const report::ReportData& data, HtmlFlavor flavor, const ContentExtras& extras);

}  // namespace claimdesk::ui
