#include "ui/report/reportcontent.h"

#include <QBuffer>
#include <QByteArray>

#include "ui/models/statuscolors.h"

namespace claimdesk::ui {

using report::ReportClaim;
using report::ReportData;

namespace {

// Beyond this many sub-sections the contents list only the section.
constexpr std::size_t kListedGroups = 30;

QString q(const std::string& s) { return QString::fromStdString(s); }

const char* statusLabel(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Confirmed: return "Confirmed";
    case ClaimStatus::Rejected: return "Rejected";
    case ClaimStatus::Extracted: break;
    }
    return "Unreviewed";
}

// "2025-03-07T10:05:31Z" as "2025-03-07 10:05": a table cell, not a log.
QString shortTime(const std::string& iso) {
    QString t = QString::fromStdString(iso);
    if (t.size() >= 16 && t[10] == QLatin1Char('T'))
        return t.left(10) + QLatin1Char(' ') + t.mid(11, 5);
    return t;
}

QString statusClass(ClaimStatus status) { return QStringLiteral("st-") + QString::fromLatin1(claimStatusName(status)); }

// Colours the analyst knows from the viewer in a light theme: a report is
// read on paper whatever the window's theme.
QString statusCss() {
    const QPalette paper = paperPalette();
    QString css;
    for (ClaimStatus s : {ClaimStatus::Extracted, ClaimStatus::Confirmed, ClaimStatus::Rejected})
        css += QStringLiteral(".%1 { background-color: %2; }\n").arg(statusClass(s), statusColor(s, paper).name());
    return css;
}

// Qt's rich-text subset: class and element selectors, fonts, colours,
// margins, page breaks; no borders on inline elements.
QString richTextCss() {
    return statusCss() + QStringLiteral(
        "body { font-family: 'DejaVu Serif'; font-size: 9.5pt; color: #1d1d1d; }\n"
        "h1 { font-family: 'DejaVu Sans'; font-size: 17pt; font-weight: bold; color: #1f3d66;"
        " margin-top: 14px; margin-bottom: 10px; }\n"
        "h2 { font-family: 'DejaVu Sans'; font-size: 12pt; font-weight: bold; color: #1f3d66;"
        " margin-top: 18px; margin-bottom: 4px; }\n"
        "h3 { font-family: 'DejaVu Sans'; font-size: 10pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }\n"
        "p { margin-top: 3px; margin-bottom: 3px; }\n"
        "table.grid { border-collapse: collapse; border-color: #b8c2cf; border-style: solid; margin-bottom: 6px; }\n"
        "table.grid th { font-family: 'DejaVu Sans'; font-size: 8pt; background-color: #e8edf3; text-align: left; }\n"
        "table.grid td { font-size: 8.5pt; }\n"
        ".meta { font-family: 'DejaVu Sans'; font-size: 8pt; color: #555555; }\n"
        ".sha { font-family: 'DejaVu Sans Mono'; font-size: 7pt; color: #444444; }\n"
        ".note { text-decoration: underline; }\n"
        ".noteref { font-family: 'DejaVu Sans'; font-size: 8pt; font-weight: bold; color: #b86e00; }\n"
        ".excerpt { font-size: 9.5pt; margin-left: 12px; margin-bottom: 8px; }\n"
        ".titlemain { font-family: 'DejaVu Sans'; font-size: 28pt; font-weight: bold; color: #1f3d66; }\n"
        ".titlesub { font-family: 'DejaVu Sans'; font-size: 13pt; color: #555555; }\n"
        ".source { margin-bottom: 9px; }\n"
        ".titlefacts { font-size: 12pt; }\n"
        ".titlelabel { font-size: 12pt; font-weight: bold; }\n"
        ".toc { font-family: 'DejaVu Sans'; font-size: 10pt; }\n");
}

QString fileCss() {
    return statusCss() + QStringLiteral(
        "body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 15px; line-height: 1.45; color: #1d1d1d;"
        " max-width: 60em; margin: 2em auto; padding: 0 1.5em; }\n"
        "h1, h2, h3, .meta, th, .toc { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }\n"
        "h1 { color: #1f3d66; border-bottom: 2px solid #1f3d66; padding-bottom: .2em; margin-top: 2em; }\n"
        "h2 { color: #1f3d66; margin-top: 1.5em; }\n"
        "table.grid { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\n"
        "table.grid th, table.grid td { border: 1px solid #b8c2cf; padding: .3em .5em; vertical-align: top;"
        " text-align: left; font-size: 13px; }\n"
        "table.grid th { background: #e8edf3; }\n"
        ".meta { font-size: 12px; color: #555; }\n"
        ".sha { font-family: 'DejaVu Sans Mono', monospace; font-size: 11px; color: #444; word-break: break-all; }\n"
        ".note { border-bottom: 2px solid #e08a00; }\n"
        ".noteref { font-size: 10px; font-weight: bold; color: #b86e00; }\n"
        ".excerpt { margin: 0 0 .8em 1em; padding-left: .8em; border-left: 3px solid #d0d7e0; }\n"
        ".titlepage { margin: 3em 0; }\n"
        ".titlemain { font-size: 2.4em; font-weight: bold; color: #1f3d66; font-family: 'DejaVu Sans', sans-serif; }\n"
        ".titlesub { font-size: 1.2em; color: #555; font-family: 'DejaVu Sans', sans-serif; }\n"
        ".titlefacts { font-size: 1.05em; }\n"
        ".source { margin-bottom: .9em; }\n"
        ".titlelabel { font-weight: bold; }\n"
        ".toc a { color: #1f3d66; text-decoration: none; }\n"
        "img.figure { max-width: 100%; }\n"
        "@media print { h1 { page-break-before: always; } }\n");
}

// Builds the body and, along the way, the list of headings it anchors.
class Walk {
public:
    Walk(const ReportData& data, HtmlFlavor flavor, const ContentExtras& extras)
        : m_data(data), m_flavor(flavor), m_extras(extras) {}

    QString body;
    std::vector<TocEntry> toc;

    void run() {
        summary();
        disagreements();
        claims();
        timeline();
        excerpts();
        sources();
    }

private:
    // A section heading in the contents; in the PDF a new page starts
    // before the larger sections.
    void heading(int level, const QString& title, bool newPage = false, bool listed = true) {
        const QString style = newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString();
        if (!listed) {
            body += QStringLiteral("<h%1%3>%2</h%1>\n").arg(level).arg(escapeHtml(title), style);
            return;
        }
        const QString anchor = QStringLiteral("toc-%1").arg(toc.size());
        toc.push_back({title, level});
        if (m_flavor == HtmlFlavor::File)
            body += QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n").arg(level).arg(anchor, escapeHtml(title));
        else
            body += QStringLiteral("<h%1%4><a name=\"%2\">%3</a></h%1>\n").arg(level).arg(anchor, escapeHtml(title), style);
    }

    static QString cell(const QString& html, const QString& attrs = {}) {
        return QStringLiteral("<td%1>%2</td>").arg(attrs.isEmpty() ? QString() : QStringLiteral(" ") + attrs, html);
    }

    // Tables are written through these three so that every data row has a
    // running number: the PDF writer may ask for a row to start a new page
    // (the table is then closed and reopened there, header and all).
    void beginTable(const QStringList& headers, const QList<int>& widths, int tableWidth = 100) {
        m_headers = headers;
        m_widths = widths;
        m_tableWidth = tableWidth;
        m_rowInTable = 0;
        body += tableOpen(false);
    }

    void tableRow(const QString& cells) {
        // A table's first row that must move takes its heading along
        // (headingBreaks), so no header is left alone at a page's foot.
        if (m_extras.breakRows.count(m_rowNumber) && m_rowInTable > 0)
            body += QStringLiteral("</tbody></table>\n") + tableOpen(true);
        ++m_rowNumber;
        ++m_rowInTable;
        body += QStringLiteral("<tr>") + cells + QStringLiteral("</tr>\n");
    }

    void endTable() { body += QStringLiteral("</tbody></table>\n"); }

    // Whether the next table's first row is to start a page.
    bool nextTableBreaks() const { return m_extras.breakRows.count(m_rowNumber) > 0; }

    QString tableOpen(bool newPage) const {
        const QString pageBreak = newPage ? QStringLiteral(" page-break-before: always;") : QString();
        QString html = m_flavor == HtmlFlavor::RichText
                           ? QStringLiteral("<table class=\"grid\" width=\"%1%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"%2>")
                                 .arg(m_tableWidth)
                                 .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
                           : QStringLiteral("<table class=\"grid\" style=\"width: %1%;%2\">").arg(m_tableWidth).arg(pageBreak);
        html += QStringLiteral("<thead><tr>");
        for (int i = 0; i < m_headers.size(); ++i)
            html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(m_widths.value(i)).arg(escapeHtml(m_headers[i]));
        return html + QStringLiteral("</tr></thead><tbody>\n");
    }

    static QString speakerOf(const ReportClaim& c) {
        if (c.speaker.empty())
            return QStringLiteral("<i>unattributed</i>");
        QString s = escapeHtml(c.speaker);
        if (!c.speakerRole.empty())
            s += QStringLiteral("<br/><span class=\"meta\">%1</span>").arg(escapeHtml(c.speakerRole));
        return s;
    }

    static QString sourceOf(const ReportClaim& c) {
        QString s = escapeHtml(c.outlet.empty() ? std::string("(unknown outlet)") : c.outlet);
        if (c.statedOn)
            s += QStringLiteral("<br/><span class=\"meta\">%1</span>").arg(escapeHtml(*c.statedOn));
        return s;
    }

    static QString statusCell(const ReportClaim& c) {
        QString s = escapeHtml(QString::fromLatin1(statusLabel(c.status)));
        if (c.credibility)
            s += QStringLiteral("<br/><span class=\"meta\">credibility %1</span>").arg(*c.credibility);
        return cell(s, QStringLiteral("class=\"%1\"").arg(statusClass(c.status)));
    }

    static QString decisionOf(const ReportClaim& c) {
        QString s;
        if (!c.reason.empty())
            s += escapeHtml(c.reason);
        if (!c.analyst.empty() || !c.reviewedAt.empty()) {
            if (!s.isEmpty())
                s += QStringLiteral("<br/>");
            s += QStringLiteral("<span class=\"meta\">%1, %2</span>").arg(escapeHtml(c.analyst), escapeHtml(shortTime(c.reviewedAt)));
        }
        return s;
    }

    void summary() {
        heading(1, QStringLiteral("Summary"), true);
        const auto& s = m_data.summary;
        beginTable({QStringLiteral("What"), QStringLiteral("Count")}, {75, 25}, 55);
        auto row = [&](const QString& what, std::int64_t n, const QString& attrs = {}) {
            tableRow(cell(escapeHtml(what), attrs) + cell(QString::number(n)));
        };
        row(QStringLiteral("Documents"), s.documents);
        row(QStringLiteral("Claims shown"), s.claims);
        row(QStringLiteral("\u2003Statements"), s.statements);
        row(QStringLiteral("\u2003Beliefs and intentions"), s.beliefs);
        row(QStringLiteral("\u2003Requests and references"), s.requestsAndReferences);
        row(QStringLiteral("\u2003Not made (negated, declined)"), s.notMade);
        row(QStringLiteral("Confirmed"), s.confirmed, QStringLiteral("class=\"st-confirmed\""));
        row(QStringLiteral("Rejected"), s.rejected, QStringLiteral("class=\"st-rejected\""));
        row(QStringLiteral("Unreviewed"), s.extracted, QStringLiteral("class=\"st-extracted\""));
        row(QStringLiteral("Disagreements"), s.disagreements);
        row(QStringLiteral("Speakers"), s.speakers);
        row(QStringLiteral("Analyst notes"), s.notes);
        endTable();
    }

    // The figures in bold, then what each counts, whose and when.
    static QString figuresOf(const report::ReportClaim& c) {
        QString out = QStringLiteral("<b>%1</b>").arg(escapeHtml(c.figures));
        if (!c.figureFrames.empty())
            out += QStringLiteral("<br/><span class=\"meta\">%1</span>")
                       .arg(escapeHtml(c.figureFrames).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        return out;
    }

    void disagreements() {
        heading(1, QStringLiteral("Disagreements"));
        if (m_data.disagreements.empty()) {
            body += QStringLiteral("<p>No disagreement among the claims shown.</p>\n");
            return;
        }
        body += QStringLiteral("<p>Claims that report the same thing with conflicting figures or stances.</p>\n");
        const bool listAll = m_data.disagreements.size() <= kListedGroups;
        for (const auto& d : m_data.disagreements) {
            heading(2, QStringLiteral("Cluster %1: %2").arg(d.clusterId).arg(q(d.reason)), nextTableBreaks(), listAll);
            beginTable({QStringLiteral("Outlet, stated on"), QStringLiteral("Speaker"), QStringLiteral("Figures"),
                               QStringLiteral("Claim"), QStringLiteral("Status")},
                              {17, 17, 14, 40, 12});
            for (const auto& c : d.claims)
                tableRow(QStringLiteral("%1%2%3%4%5")
                             .arg(cell(sourceOf(c)), cell(speakerOf(c)), cell(figuresOf(c)),
                                  cell(escapeHtml(c.content)), statusCell(c)));
            endTable();
        }
    }

    void claims() {
        const bool bySpeaker = m_data.options.grouping == report::Grouping::Speaker;
        heading(1, bySpeaker ? QStringLiteral("Claims by speaker") : QStringLiteral("Claims by cluster"), true);
        if (m_data.groups.empty()) {
            body += QStringLiteral("<p>No claim matches the report's filters.</p>\n");
            return;
        }
        // A large project has hundreds of clusters: the contents then list
        // the section only.
        const bool listGroups = m_data.groups.size() <= kListedGroups;
        for (const auto& g : m_data.groups) {
            heading(2, q(g.heading), nextTableBreaks(), listGroups);
            if (!g.note.empty())
                body += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escapeHtml(g.note));
            beginTable({QStringLiteral("Status"), QStringLiteral("Claim"),
                               bySpeaker ? QStringLiteral("Cue") : QStringLiteral("Speaker"),
                               QStringLiteral("Outlet, stated on"), QStringLiteral("Reason, analyst, time")},
                              {12, 40, 14, 16, 18});
            for (const auto& c : g.claims) {
                QString claimText = escapeHtml(c.content);
                if (!c.figures.empty())
                    claimText += QStringLiteral("<br/><span class=\"meta\">figures: %1</span>").arg(escapeHtml(c.figures));
                tableRow(QStringLiteral("%1%2%3%4%5")
                             .arg(statusCell(c), cell(claimText), cell(bySpeaker ? escapeHtml(c.cue) : speakerOf(c)),
                                  cell(sourceOf(c)), cell(decisionOf(c))));
            }
            endTable();
        }
    }

    void timeline() {
        if (m_extras.timeline.isNull())
            return;
        heading(1, QStringLiteral("Timeline"), true);
        if (m_flavor == HtmlFlavor::File) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            m_extras.timeline.save(&buffer, "PNG");
            body += QStringLiteral("<p><img class=\"figure\" alt=\"Timeline\" src=\"data:image/png;base64,%1\"/></p>\n")
                        .arg(QString::fromLatin1(png.toBase64()));
        } else {
            body += QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>\n")
                        .arg(escapeHtml(m_extras.timelineResource))
                        .arg(m_extras.figureWidthPx);
        }
    }

    void excerpts() {
        if (!m_data.options.excerpts || m_data.excerpts.empty())
            return;
        heading(1, QStringLiteral("Annotated excerpts"), true);
        body += QStringLiteral("<p class=\"meta\">Claims are highlighted in their status colour: "
                               "<span class=\"st-confirmed\">&nbsp;confirmed&nbsp;</span> "
                               "<span class=\"st-rejected\">&nbsp;rejected&nbsp;</span> "
                               "<span class=\"st-extracted\">&nbsp;unreviewed&nbsp;</span>; "
                               "<span class=\"note\">underlined</span> text carries a numbered analyst note.</p>\n");
        for (const auto& doc : m_data.excerpts) {
            QString title = q(doc.outlet.empty() ? doc.fileName : doc.outlet);
            if (!doc.title.empty())
                title += QStringLiteral(": ") + q(doc.title);
            heading(2, title);
            for (const auto& e : doc.excerpts) {
                QString p = e.cutBefore ? QStringLiteral("… ") : QString();
                for (const auto& seg : report::segments(e)) {
                    QString text = escapeHtml(seg.text);
                    if (seg.noted)
                        text = QStringLiteral("<span class=\"note\">%1</span>").arg(text);
                    if (seg.claim)
                        text = QStringLiteral("<span class=\"%1\">%2</span>").arg(statusClass(*seg.claim), text);
                    p += text;
                    for (int n : seg.notesAfter)
                        p += QStringLiteral("<sup class=\"noteref\">[%1]</sup>").arg(n);
                }
                if (e.cutAfter)
                    p += QStringLiteral(" …");
                body += QStringLiteral("<p class=\"excerpt\">%1</p>\n").arg(p);
            }
            if (!doc.notes.empty()) {
                body += QStringLiteral("<h3>Notes</h3>\n");
                for (const auto& n : doc.notes)
                    body += QStringLiteral("<p><span class=\"noteref\">[%1]</span> %2 <span class=\"meta\">— %3, %4; on “%5”</span></p>\n")
                                .arg(n.number)
                                .arg(escapeHtml(n.note), escapeHtml(n.author), escapeHtml(shortTime(n.at)), escapeHtml(n.quote));
            }
        }
    }

    // Chained QString::arg would substitute "%1" inside a project's text,
    // so entries that mix several texts are concatenated.
    void sources() {
        heading(1, QStringLiteral("Sources"), true);
        int i = 0;
        for (const auto& s : m_data.sources) {
            QString authors;
            for (const auto& a : s.authors)
                authors += (authors.isEmpty() ? QString() : QStringLiteral(", ")) + q(a);
            body += QStringLiteral("<p class=\"source\"><b>") + QString::number(++i) + QStringLiteral(". ") +
                    escapeHtml(s.outlet.empty() ? std::string("(unknown outlet)") : s.outlet) + QStringLiteral("</b>") +
                    (s.published ? QStringLiteral(", ") + escapeHtml(*s.published) : QString()) + QStringLiteral("<br/>") +
                    (s.title.empty() ? QStringLiteral("<i>untitled</i>") : escapeHtml(s.title)) +
                    QStringLiteral("<br/><span class=\"meta\">") +
                    (authors.isEmpty() ? QStringLiteral("no byline") : escapeHtml(QStringLiteral("by ") + authors)) +
                    QStringLiteral(" · ") + escapeHtml(s.fileName) + QStringLiteral(" · ") + QString::number(s.claimCount) +
                    QStringLiteral(" claims shown</span><br/><span class=\"sha\">sha256 ") + escapeHtml(s.sha256) +
                    QStringLiteral("</span></p>\n");
        }
    }

    const ReportData& m_data;
    HtmlFlavor m_flavor;
    const ContentExtras& m_extras;
    QStringList m_headers;
    QList<int> m_widths;
    int m_tableWidth = 100;
    int m_rowNumber = 0;
    int m_rowInTable = 0;
};

QString titlePage(const ReportData& data, HtmlFlavor flavor) {
    QString html = QStringLiteral("<div class=\"titlepage\">");
    if (flavor == HtmlFlavor::RichText)
        html += QStringLiteral("<p style=\"margin-top: 180px;\">&nbsp;</p>");
    html += QStringLiteral("<p class=\"titlemain\">%1</p>\n").arg(escapeHtml(data.title));
    html += QStringLiteral("<p class=\"titlesub\">Claims, disagreements and annotated sources</p>\n");
    html += QStringLiteral("<p class=\"titlefacts\" style=\"margin-top: 30px;\">");
    if (!data.analyst.empty())
        html += QStringLiteral("<span class=\"titlelabel\">Analyst:</span> %1<br/>").arg(escapeHtml(data.analyst));
    if (!data.date.empty())
        html += QStringLiteral("<span class=\"titlelabel\">Date:</span> %1<br/>").arg(escapeHtml(data.date));
    html += QStringLiteral("<span class=\"titlelabel\">Documents:</span> %1").arg(data.summary.documents);
    html += QStringLiteral("</p>\n<p class=\"titlefacts\"><span class=\"titlelabel\">Sources covered:</span><br/>");
    QStringList outlets;
    for (const auto& o : data.outlets)
        outlets << escapeHtml(o);
    html += outlets.isEmpty() ? QStringLiteral("none named") : outlets.join(QStringLiteral("<br/>"));
    html += QStringLiteral("</p>\n");
    QStringList filters;
    if (!data.options.statuses.empty()) {
        QStringList s;
        for (ClaimStatus st : data.options.statuses)
            s << QString::fromLatin1(statusLabel(st)).toLower();
        filters << QStringLiteral("statuses: ") + s.join(QStringLiteral(", "));
    }
    if (!data.options.documentIds.empty())
        filters << QStringLiteral("%1 selected documents").arg(data.options.documentIds.size());
    if (!data.options.excerpts)
        filters << QStringLiteral("without excerpts");
    if (!filters.isEmpty())
        html += QStringLiteral("<p class=\"meta\">Filtered: %1</p>\n").arg(escapeHtml(filters.join(QStringLiteral("; "))));
    return html + QStringLiteral("</div>\n");
}

QString contents(const std::vector<TocEntry>& toc, HtmlFlavor flavor, const std::vector<int>& pages) {
    QString html = flavor == HtmlFlavor::RichText
                       ? QStringLiteral("<h1 style=\"page-break-before: always;\">Contents</h1>\n"
                                        "<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n")
                       : QStringLiteral("<h1>Contents</h1>\n<div class=\"toc\">\n");
    for (std::size_t i = 0; i < toc.size(); ++i) {
        const QString title = escapeHtml(toc[i].title);
        if (flavor == HtmlFlavor::File) {
            html += QStringLiteral("<p style=\"margin: .2em 0 .2em %1em\"><a href=\"#toc-%2\">%3</a></p>\n")
                        .arg((toc[i].level - 1) * 1.5)
                        .arg(i)
                        .arg(title);
            continue;
        }
        const QString page = i < pages.size() ? QString::number(pages[i]) : QStringLiteral("0");
        const QString shown = toc[i].level == 1 ? QStringLiteral("<b>%1</b>").arg(title) : title;
        html += QStringLiteral("<tr><td style=\"padding-left: %1px;\">%2</td><td width=\"10%\" align=\"right\">%3</td></tr>\n")
                    .arg((toc[i].level - 1) * 18)
                    .arg(shown, page);
    }
    return html + (flavor == HtmlFlavor::RichText ? QStringLiteral("</table>\n") : QStringLiteral("</div>\n"));
}

}  // namespace

QString escapeHtml(const QString& text) {
    QString out = text.toHtmlEscaped();  // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

QString escapeHtml(const std::string& text) { return escapeHtml(QString::fromStdString(text)); }

std::vector<TocEntry> tocEntries(const ReportData& data, bool hasTimeline) {
    ContentExtras extras;
    if (hasTimeline)
        extras.timeline = QImage(1, 1, QImage::Format_RGB32);
    Walk walk(data, HtmlFlavor::RichText, extras);
    walk.run();
    return walk.toc;
}

QString reportHtml(const ReportData& data, HtmlFlavor flavor, const ContentExtras& extras) {
    Walk walk(data, flavor, extras);
    walk.run();
    const bool file = flavor == HtmlFlavor::File;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n");
    if (file)
        // Nothing in the file may load or run anything: styles and the
        // figure are inline, and the policy forbids the rest.
        html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "img-src data:; style-src 'unsafe-inline'\"/>\n"
                               "<meta name=\"generator\" content=\"Claimdesk\"/>\n");
    html += QStringLiteral("<title>%1</title>\n<style>\n%2</style></head>\n<body>\n")
                .arg(escapeHtml(data.title), file ? fileCss() : richTextCss());
    html += titlePage(data, flavor);
    html += contents(walk.toc, flavor, extras.tocPages);
    html += walk.body;
    return html + QStringLiteral("</body></html>\n");
}


}  // namespace claimdesk::ui
