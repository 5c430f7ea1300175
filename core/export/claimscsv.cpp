#include "core/export/claimscsv.h"

#include <cctype>

namespace claimdesk::exporting {
namespace {

// "-12", "+3.5", "0.25": a plain decimal number, harmless in a spreadsheet.
bool isPlainNumber(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    std::size_t digits = 0, dots = 0;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i])))
            ++digits;
        else if (s[i] == '.' && dots == 0)
            ++dots;
        else
            return false;
    }
    return digits > 0;
}

std::string yesNo(bool b) { return b ? "yes" : "no"; }

}  // namespace

std::string neutraliseFormula(std::string_view cell) {
    if (cell.empty())
        return {};
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        if (!isPlainNumber(cell))
            return "'" + std::string(cell);
        break;
    default: break;
    }
    return std::string(cell);
}

std::string csvField(std::string_view cell) {
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(cell);
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

const std::vector<std::string>& claimsCsvColumns() {
    static const std::vector<std::string> columns = {
        "id",           "status",      "credibility",    "speaker",         "claim",     "kind",
        "quantities",   "stated_on",   "outlet",         "document",        "file",      "published",
        "start",        "end",         "cluster",        "disagreement",    "disagreement_reason",
        "decision_reason", "decided_by", "decided_at",   "origin",    "verdict",   "assessment_note",
        "assessed_by",  "assessed_at"};
    return columns;
}

std::string writeClaimsCsv(const ProjectExport& project, const CsvOptions& options) {
    std::string out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    auto record = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(neutraliseFormula(cells[i]));
        }
        out += "\r\n";
    };
    record(claimsCsvColumns());
    for (const auto& pd : project.documents) {
        const Document& d = pd.document;
        for (const auto& c : pd.claims) {
            const store::ClaimRow& r = c.row;
            const store::ReviewDecision* last = c.lastDecision();
            record({std::to_string(r.id),
                    claimStatusName(r.status),
                    r.credibility ? std::to_string(*r.credibility) : "",
                    r.speakerName,
                    r.content,
                    claimKindName(r.kind),
                    r.quantities,
                    r.statedOn.value_or(""),
                    r.outlet,
                    d.source.title,
                    d.fileName,
                    d.source.published.value_or(""),
                    std::to_string(r.contentSpan.start),
                    std::to_string(r.contentSpan.end),
                    r.clusterId ? std::to_string(*r.clusterId) : "",
                    yesNo(r.disagreement),
                    r.disagreementReason,
                    last ? last->reason : "",
                    last ? last->analyst : "",
                    last ? last->at : "",
                    originName(r.origin),
                    c.assessment.verdict,
                    c.assessment.note,
                    c.assessments.empty() ? "" : c.assessments.back().analyst,
                    c.assessments.empty() ? "" : c.assessments.back().at});
        }
    }
    return out;
}

}  // namespace claimdesk::exporting
