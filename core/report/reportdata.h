#pragma once

// What an analyst's report shows, gathered from a project store: the
// title-page facts, summary counts, disagreements, claims in groups,
// annotated excerpts of each article and the sources. Plain data: the
// writers in ui/report turn it into PDF or HTML, so both show the same.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/result.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::report {

enum class Grouping { Cluster, Speaker };

struct ReportOptions {
    std::set<ClaimStatus> statuses;        // claims shown; empty: every status
    bool includeAssessed = false;          // also every assessed claim, whatever its status
    std::set<std::int64_t> documentIds;    // documents covered; empty: all
    bool excerpts = true;                  // the annotated excerpts section
    Grouping grouping = Grouping::Cluster;
    std::string title;                     // project title; empty: "Claimdesk report"
    std::string analyst;
    std::string date;                      // the report's date as printed; the caller's clock

    // What a report to send shows by default: the claims an analyst
    // reviewed (attribution checked either way) and those assessed.
    static ReportOptions toSend();
};

// One claim with the analyst's latest decision on it.
struct ReportClaim {
    std::int64_t id = 0;
    int number = 0;                        // C<n> in the report, in the order the claims section lists them
    int sourceNumber = 0;                  // S<n> of its document in the sources section
    std::int64_t documentId = 0;
    std::string outlet;
    std::string documentTitle;
    std::string speaker;                   // empty: unattributed
    std::string speakerRole;
    std::string content;
    Span contentSpan;                      // in its document's text
    std::string cue;
    std::optional<std::string> statedOn;
    std::string figures;                   // the quantities' texts, "; "-separated
    std::string figureFrames;              // each figure with what it counts, whose and when, one per line
    ClaimType type = ClaimType::Statement;
    Polarity polarity = Polarity::Affirmed;
    ClaimStatus status = ClaimStatus::Extracted;
    std::optional<int> credibility;        // Admiralty 1-6
    std::string verdict;                   // the analyst's verdict label; empty: none
    std::optional<int> verdictRating;      // the label's rating, 1 (false) to 5 (true)
    std::string assessmentNote;
    std::string assessedBy, assessedAt;
    std::string reason;                    // of the latest review decision
    std::string analyst;
    std::string reviewedAt;
    std::optional<std::int64_t> clusterId;
    bool disagreement = false;
};

struct Disagreement {
    std::int64_t clusterId = 0;
    // What is counted and the two figures ("Soldiers, casualties: ≥ 300 vs
    // 4,000"); for a denial, who denied what. Never a cluster number.
    std::string heading;
    std::string reason;
    int outletCount = 0;
    std::vector<ReportClaim> claims;       // the cluster's members that the options cover
};

struct ClaimGroup {
    std::int64_t clusterId = 0;            // grouped by cluster: its id; 0 otherwise
    std::string heading;                   // "Ana Lind (Mayor)", "Soldiers, casualties: 4,000", "Single claims"
    std::string note;                      // a disagreement's reason, a speaker's claim count...
    std::vector<ReportClaim> claims;
};

// A highlight inside an excerpt; span in code points from the excerpt's start.
struct Mark {
    Span span;
    enum class Kind { Claim, Note } kind = Kind::Claim;
    ClaimStatus status = ClaimStatus::Extracted;  // for claims
    int noteNumber = 0;                            // for notes: the numbered note it refers to
};

struct Excerpt {
    Span span;                             // in the document's text
    std::string text;                      // UTF-8, exactly the span's text
    bool cutBefore = false, cutAfter = false;  // a long paragraph was cut there
    std::vector<Mark> marks;               // sorted by start
};

struct NumberedNote {
    int number = 0;
    std::string quote;                     // the highlighted text
    std::string note;
    std::string author;
    std::string at;
};

struct DocumentExcerpts {
    std::int64_t documentId = 0;
    std::string outlet, title, fileName;
    std::vector<Excerpt> excerpts;
    std::vector<NumberedNote> notes;
};

struct SourceEntry {
    int number = 0;                        // S<n>, as claims cite it
    std::int64_t documentId = 0;
    std::string outlet, title, fileName;   // title: without one, the body's opening words
    std::vector<std::string> authors;
    std::optional<std::string> published;
    std::string sha256;
    std::int64_t claimCount = 0;           // claims the report shows from it
};

struct Summary {
    std::int64_t documents = 0;
    std::int64_t claims = 0;
    // The claims by what they are: statements (and denials) made, beliefs
    // and intentions, requests and references, and statements not made
    // (negated, declined), whatever their type. They add up to `claims`.
    std::int64_t statements = 0, beliefs = 0, requestsAndReferences = 0, notMade = 0;
    std::int64_t extracted = 0, confirmed = 0, rejected = 0;
    std::int64_t assessed = 0;
    std::vector<std::pair<std::string, std::int64_t>> verdicts;  // claims shown per verdict label, in the project's order
    std::int64_t disagreements = 0;
    std::int64_t notes = 0;
    std::int64_t speakers = 0;
};

struct ReportData {
    std::string title;
    std::string analyst;
    std::string date;
    std::string analystSummary;            // the analyst's own summary, kept in the project; may be empty
    std::vector<std::string> outlets;      // sources covered, sorted
    ReportOptions options;
    Summary summary;
    std::vector<Disagreement> disagreements;
    std::vector<ClaimGroup> groups;
    std::vector<DocumentExcerpts> excerpts;  // empty when options.excerpts is false
    std::vector<SourceEntry> sources;
};

// Reads everything the report shows from the store. Fails with the store's
// error; an unknown document id in the options is an error too.
Result<ReportData> buildReport(store::ProjectStore& store, const ReportOptions& options);

// A run of excerpt text with one look, for writers that cannot nest
// spans: the colour of the innermost claim covering it, whether a note
// covers it, and the numbers of the notes ending with it.
struct Segment {
    std::string text;
    std::optional<ClaimStatus> claim;
    bool noted = false;
    std::vector<int> notesAfter;
};
std::vector<Segment> segments(const Excerpt& excerpt);

}  // namespace claimdesk::report
