#include "ui/report/reportcontent.h"

#include <QBuffer>
#include <QByteArray>

#include "core/export/credibility.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {

using report::ReportClaim;
using report::ReportData;

namespace {

// Beyond this many sub-sections the contents list only the section.
constexpr std::size_t kListedGroups = 30;

QString q(const std::string& s) { return QString::fromStdString(s); }

// The attribution check in a reader's words: it says who said what, and
// nothing of whether it is true.
const char* statusLabel(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Confirmed: return "Attribution checked";
    case ClaimStatus::Rejected: return "Attribution wrong";
    case ClaimStatus::Extracted: break;
    }
    return "Attribution unchecked";
}

// A verdict's look by the rating its label gives (see verdictColor).
QString verdictClass(const std::optional<int>& rating) {
    if (!rating)
        return QStringLiteral("v-none");
    return *rating >= 4 ? QStringLiteral("v-true") : *rating == 3 ? QStringLiteral("v-mixed") : QStringLiteral("v-false");
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
    for (const std::optional<int>& rating : {std::optional<int>(5), std::optional<int>(3), std::optional<int>(1), std::optional<int>()})
        css += QStringLiteral(".%1 { background-color: %2; }\n").arg(verdictClass(rating), verdictColor(rating, paper).name());
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
        ".titlemain { font-family: 'DejaVu Sans'; font-size: 24pt; font-weight: bold; color: #1f3d66; }\n"
        ".titlesub { font-family: 'DejaVu Sans'; font-size: 12pt; color: #555555; }\n"
        ".source { margin-bottom: 9px; }\n"
        ".titlefacts { font-size: 10.5pt; }\n"
        ".summarytext { font-size: 11pt; margin-top: 10px; margin-bottom: 10px; }\n"
        ".v-true, .v-mixed, .v-false, .v-none { font-family: 'DejaVu Sans'; }\n"
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
        ".summarytext { font-size: 1.1em; margin: 1em 0; }\n"
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

    // The outlet, when it was said, and the numbered source it cites.
    static QString sourceOf(const ReportClaim& c) {
        QString s = escapeHtml(c.outlet.empty() ? std::string("(unknown outlet)") : c.outlet);
        if (c.statedOn)
            s += QStringLiteral("<br/><span class=\"meta\">said %1</span>").arg(escapeHtml(*c.statedOn));
        if (c.sourceNumber > 0)
            s += QStringLiteral("<br/><span class=\"meta\">[S%1]</span>").arg(c.sourceNumber);
        return s;
    }

    static QString numberCell(const ReportClaim& c) {
        return cell(c.number > 0 ? QStringLiteral("<b>C%1</b>").arg(c.number) : QString());
    }

    static QString claimText(const ReportClaim& c) {
        QString text = escapeHtml(c.content);
        if (!c.figures.empty())
            text += QStringLiteral("<br/><span class=\"meta\">figures: %1</span>").arg(escapeHtml(c.figures));
        return text;
    }

    // The attribution check, never in the colour of "true", and the
    // assessment: a verdict in its colour, the credibility, the note.
    static QString judgementCell(const ReportClaim& c) {
        QString s = QStringLiteral("<span class=\"%1\">&nbsp;%2&nbsp;</span>")
                        .arg(statusClass(c.status), escapeHtml(QString::fromLatin1(statusLabel(c.status))));
        if (!c.reason.empty())
            s += QStringLiteral("<br/><span class=\"meta\">%1</span>").arg(escapeHtml(c.reason));
        if (!c.verdict.empty())
            s += QStringLiteral("<br/><span class=\"%1\">&nbsp;<b>%2</b>&nbsp;</span>")
                     .arg(verdictClass(c.verdictRating), escapeHtml(c.verdict));
        if (c.credibility)
            s += QStringLiteral("<br/><span class=\"meta\">credibility %1: %2</span>")
                     .arg(*c.credibility)
                     .arg(escapeHtml(QString::fromStdString(exporting::credibilityName(*c.credibility))));
        if (c.verdict.empty() && !c.credibility)
            s += QStringLiteral("<br/><span class=\"meta\">not assessed</span>");
        if (!c.assessmentNote.empty())
            s += QStringLiteral("<br/>%1").arg(escapeHtml(c.assessmentNote));
        const std::string& who = !c.assessedBy.empty() ? c.assessedBy : c.analyst;
        const std::string& when = !c.assessedAt.empty() ? c.assessedAt : c.reviewedAt;
        if (!who.empty() || !when.empty())
            s += QStringLiteral("<br/><span class=\"meta\">%1, %2</span>").arg(escapeHtml(who), escapeHtml(shortTime(when)));
        return cell(s);
    }

    void claimTable(const std::vector<ReportClaim>& claims, bool bySpeaker) {
        beginTable({QStringLiteral("#"), QStringLiteral("Claim"), bySpeaker ? QStringLiteral("Cue") : QStringLiteral("Speaker"),
                    QStringLiteral("Source"), QStringLiteral("Attribution and assessment")},
                   {6, 42, 15, 14, 23});
        for (const auto& c : claims)
            tableRow(numberCell(c) + cell(claimText(c)) + cell(bySpeaker ? escapeHtml(c.cue) : speakerOf(c)) +
                     cell(sourceOf(c)) + judgementCell(c));
        endTable();
    }

    void summary() {
        heading(1, QStringLiteral("At a glance"), true);
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
        row(QStringLiteral("Attribution checked"), s.confirmed, QStringLiteral("class=\"st-confirmed\""));
        row(QStringLiteral("Attribution wrong"), s.rejected, QStringLiteral("class=\"st-rejected\""));
        row(QStringLiteral("Attribution unchecked"), s.extracted, QStringLiteral("class=\"st-extracted\""));
        row(QStringLiteral("Assessed"), s.assessed);
        for (const auto& [verdict, n] : s.verdicts)
            row(QStringLiteral("… ") + q(verdict), n);
        row(QStringLiteral("Disagreements"), s.disagreements);
        row(QStringLiteral("Speakers"), s.speakers);
        row(QStringLiteral("Analyst notes"), s.notes);
        endTable();
        body += QStringLiteral("<p class=\"meta\">A checked attribution means the speaker said it, not that it is "
                               "true; whether it is true is the assessment (a verdict and the Admiralty "
                               "credibility, 1 confirmed by other sources to 6 cannot be judged).</p>\n");
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
            heading(2, q(d.heading.empty() ? d.reason : d.heading), nextTableBreaks(), listAll);
            if (d.heading != d.reason)
                body += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escapeHtml(d.reason));
            figure(d.clusterId);
            claimTable(d.claims, false);
        }
    }

    // A disagreement's own narrower timeline, when there is one.
    void figure(std::int64_t clusterId) {
        const auto it = m_extras.disagreementFigures.find(clusterId);
        if (it == m_extras.disagreementFigures.end() || it->second.isNull())
            return;
        if (m_flavor == HtmlFlavor::File) {
            body += QStringLiteral("<p><img class=\"figure\" alt=\"Timeline of these claims\" src=\"%1\"/></p>\n")
                        .arg(pngDataUri(it->second));
        } else {
            body += QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>\n")
                        .arg(escapeHtml(disagreementResource(clusterId)))
                        .arg(m_extras.figureWidthPx);
        }
    }

    static QString pngDataUri(const QImage& image) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }

    void claims() {
        const bool bySpeaker = m_data.options.grouping == report::Grouping::Speaker;
        heading(1, bySpeaker ? QStringLiteral("Claims by speaker") : QStringLiteral("Claims by what they report"));
        if (m_data.groups.empty()) {
            body += QStringLiteral("<p>No claim matches the report's filters.</p>\n");
            return;
        }
        // A large project has hundreds of clusters: the contents then list
        // the section only.
        const bool listGroups = m_data.groups.size() <= kListedGroups;
        std::set<std::int64_t> disagreeing;
        for (const auto& d : m_data.disagreements)
            disagreeing.insert(d.clusterId);
        for (const auto& g : m_data.groups) {
            // A disagreement's claims are in its table above: named, not repeated.
            if (g.clusterId && disagreeing.count(g.clusterId)) {
                heading(2, q(g.heading), false, listGroups);
                QStringList numbers;
                for (const auto& c : g.claims)
                    numbers << QStringLiteral("C%1").arg(c.number);
                body += QStringLiteral("<p class=\"meta\">%1: under Disagreements above.</p>\n")
                            .arg(escapeHtml(numbers.join(QStringLiteral(", "))));
                continue;
            }
            heading(2, q(g.heading), nextTableBreaks(), listGroups);
            if (!g.note.empty())
                body += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escapeHtml(g.note));
            claimTable(g.claims, bySpeaker);
        }
    }

    void timeline() {
        if (m_extras.timeline.isNull())
            return;
        heading(1, QStringLiteral("Timeline"));
        if (m_flavor == HtmlFlavor::File) {
            body += QStringLiteral("<p><img class=\"figure\" alt=\"Timeline\" src=\"%1\"/></p>\n").arg(pngDataUri(m_extras.timeline));
        } else {
            body += QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>\n")
                        .arg(escapeHtml(m_extras.timelineResource))
                        .arg(m_extras.figureWidthPx);
        }
        body += QStringLiteral("<p class=\"meta\">Each claim's three dates: when what it reports happened (diamond), "
                               "when it was said (circle), when it was published (square).</p>\n");
    }

    void excerpts() {
        if (!m_data.options.excerpts || m_data.excerpts.empty())
            return;
        heading(1, QStringLiteral("Annotated excerpts"));
        body += QStringLiteral("<p class=\"meta\">Claims are highlighted by their attribution check: "
                               "<span class=\"st-confirmed\">&nbsp;checked&nbsp;</span> "
                               "<span class=\"st-rejected\">&nbsp;wrong&nbsp;</span> "
                               "<span class=\"st-extracted\">&nbsp;unchecked&nbsp;</span>; "
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
        heading(1, QStringLiteral("Sources"));
        for (const auto& s : m_data.sources) {
            QString authors;
            for (const auto& a : s.authors)
                authors += (authors.isEmpty() ? QString() : QStringLiteral(", ")) + q(a);
            body += QStringLiteral("<p class=\"source\"><b>S") + QString::number(s.number) + QStringLiteral(". ") +
                    escapeHtml(s.outlet.empty() ? std::string("(unknown outlet)") : s.outlet) + QStringLiteral("</b>") +
                    (s.published ? QStringLiteral(", ") + escapeHtml(*s.published) : QStringLiteral(", undated")) +
                    QStringLiteral("<br/>") + escapeHtml(s.title) + QStringLiteral("<br/><span class=\"meta\">") +
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

// The first page: what the report is, the analyst's own summary, and
// what it covers.
QString titlePage(const ReportData& data, HtmlFlavor flavor) {
    QString html = QStringLiteral("<div class=\"titlepage\">");
    if (flavor == HtmlFlavor::RichText)
        html += QStringLiteral("<p style=\"margin-top: 40px;\">&nbsp;</p>");
    html += QStringLiteral("<p class=\"titlemain\">%1</p>\n").arg(escapeHtml(data.title));
    QStringList byline;
    if (!data.analyst.empty())
        byline << escapeHtml(data.analyst);
    if (!data.date.empty())
        byline << escapeHtml(data.date);
    html += QStringLiteral("<p class=\"titlesub\">%1</p>\n")
                .arg(byline.isEmpty() ? QStringLiteral("Claims, disagreements and sources") : byline.join(QStringLiteral(" · ")));
    if (!data.analystSummary.empty()) {
        QString summary = escapeHtml(data.analystSummary);
        summary.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p class=\"summarytext\">"));
        summary.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<p class=\"summarytext\">%1</p>\n").arg(summary);
    }
    QStringList outlets;
    for (const auto& o : data.outlets)
        outlets << escapeHtml(o);
    html += QStringLiteral("<p class=\"titlefacts\"><span class=\"titlelabel\">Covers:</span> %1 documents from %2. "
                           "%3 claims shown, %4 assessed.</p>\n")
                .arg(data.summary.documents)
                .arg(outlets.isEmpty() ? QStringLiteral("no named outlet") : outlets.join(QStringLiteral(", ")))
                .arg(data.summary.claims)
                .arg(data.summary.assessed);
    QStringList filters;
    if (!data.options.statuses.empty()) {
        QStringList s;
        for (ClaimStatus st : data.options.statuses)
            s << QString::fromLatin1(statusLabel(st)).toLower();
        filters << s.join(QStringLiteral(", ")) + (data.options.includeAssessed ? QStringLiteral(", or assessed") : QString());
    }
    if (!data.options.documentIds.empty())
        filters << QStringLiteral("%1 selected documents").arg(data.options.documentIds.size());
    if (!data.options.excerpts)
        filters << QStringLiteral("without excerpts");
    if (!filters.isEmpty())
        html += QStringLiteral("<p class=\"meta\">Claims shown: %1</p>\n").arg(escapeHtml(filters.join(QStringLiteral("; "))));
    return html + QStringLiteral("</div>\n");
}

QString contents(const std::vector<TocEntry>& toc, HtmlFlavor flavor, const std::vector<int>& pages) {
    QString html = flavor == HtmlFlavor::RichText
                       ? QStringLiteral("<h2>Contents</h2>\n"
                                        "<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n")
                       : QStringLiteral("<h2>Contents</h2>\n<div class=\"toc\">\n");
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

QString disagreementResource(std::int64_t clusterId) {
    return QStringLiteral("claimdesk-figure://disagreement-%1").arg(clusterId);
}

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
