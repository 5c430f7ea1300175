// `claims` lists a project's claims; `review` records an analyst's decision.

#include <iostream>
#include <nlohmann/json.hpp>

#include "arguments.h"
#include "commands.h"
#include "core/pipeline/clock.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kClaimsHelp = R"(usage: claimdesk-cli claims --store FILE.claimdesk [--status STATUS] [--document ID] [--json]

Lists the claims of a project with their ids, statuses, speakers and
content, in document order. --json prints one JSON array instead of lines.

  --store FILE      the project file (*.claimdesk)
  --status STATUS   only extracted, confirmed or rejected claims
  --document ID     only the claims of one document
  --json            print a JSON array with every field of each claim
)";

constexpr const char* kClusterHelp = R"(usage: claimdesk-cli cluster --store FILE.claimdesk --claim ID (--into CLUSTER | --new)

Moves a claim into another cluster (the cluster of the same statement
across documents; `claims --json` shows each claim's) or into a cluster of
its own. The move is pinned: linking never moves the claim again.

  --store FILE      the project file (*.claimdesk)
  --claim ID        the claim to move (ids from claimdesk-cli claims)
  --into CLUSTER    the cluster to move it into
  --new             give the claim a cluster of its own
)";

constexpr const char* kReviewHelp = R"(usage: claimdesk-cli review --store FILE.claimdesk --claim ID --status confirmed|rejected|extracted
                            [--reason TEXT] [--analyst NAME]

Records a review decision: sets the claim's status and appends the decision
(status, reason, analyst, time) to its history, which is never rewritten.

  --store FILE      the project file (*.claimdesk)
  --claim ID        the claim (ids from claimdesk-cli claims)
  --status STATUS   the decision: confirmed, rejected, or extracted to reopen it
  --reason TEXT     why, kept in the history
  --analyst NAME    who decided (default: the operating-system user)
)";

}  // namespace

int runClaims(const Args& args) {
    Arguments a(args, {"--store", "--status", "--document"}, {"--help", "--json"});
    if (a.has("--help")) {
        std::cout << kClaimsHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("claims", a.error());
    const auto storePath = a.value("--store");
    if (!storePath)
        return usageError("claims", "--store FILE is required");
    store::ClaimQuery query;
    if (auto status = a.value("--status")) {
        query.status = claimStatusFromName(*status);
        if (!query.status)
            return usageError("claims", "--status must be extracted, confirmed or rejected");
    }
    if (auto document = a.value("--document")) {
        query.documentId = parseId(*document);
        if (!query.documentId)
            return usageError("claims", "--document needs a document id");
    }
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli claims: " << store.error() << "\n";
        return kExitStoreError;
    }
    auto rows = store->claims(query);
    if (!rows) {
        std::cerr << "claimdesk-cli claims: " << rows.error() << "\n";
        return kExitStoreError;
    }
    if (a.has("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : *rows)
            out.push_back({{"id", r.id},
                           {"document", r.documentId},
                           {"file", r.fileName},
                           {"outlet", r.outlet},
                           {"speaker", r.speakerName},
                           {"speaker_id", r.speakerId ? nlohmann::json(*r.speakerId) : nlohmann::json(nullptr)},
                           {"kind", claimKindName(r.kind)},
                           {"cue", r.cue},
                           {"content", r.content},
                           {"stated_on", r.statedOn ? nlohmann::json(*r.statedOn) : nlohmann::json(nullptr)},
                           {"status", claimStatusName(r.status)},
                           {"credibility", r.credibility ? nlohmann::json(*r.credibility) : nlohmann::json(nullptr)},
                           {"origin", originName(r.origin)},
                           {"cluster", r.clusterId ? nlohmann::json(*r.clusterId) : nlohmann::json(nullptr)}});
        std::cout << out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& r : *rows) {
        std::string content = r.content;
        for (char& c : content)
            if (c == '\n')
                c = ' ';
        std::cout << r.id << "\t" << claimStatusName(r.status) << "\t"
                  << (r.speakerName.empty() ? "(unattributed)" : r.speakerName) << "\t" << content << "\n";
    }
    return kExitOk;
}

int runCluster(const Args& args) {
    Arguments a(args, {"--store", "--claim", "--into"}, {"--help", "--new"});
    if (a.has("--help")) {
        std::cout << kClusterHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("cluster", a.error());
    const auto storePath = a.value("--store");
    const auto claimText = a.value("--claim");
    if (!storePath || !claimText || (a.has("--new") == a.value("--into").has_value()))
        return usageError("cluster", "--store, --claim and one of --into CLUSTER or --new are required");
    const auto claimId = parseId(*claimText);
    std::optional<std::int64_t> into;
    if (auto text = a.value("--into")) {
        into = parseId(*text);
        if (!into)
            return usageError("cluster", "--into needs a cluster id");
    }
    if (!claimId)
        return usageError("cluster", "--claim needs a claim id");
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli cluster: " << store.error() << "\n";
        return kExitStoreError;
    }
    if (auto claim = store->claim(*claimId); !claim) {
        std::cerr << "claimdesk-cli cluster: " << claim.error() << "\n";
        return kExitUsage;
    }
    auto moved = store->moveClaimToCluster(*claimId, into);
    if (!moved) {
        std::cerr << "claimdesk-cli cluster: " << moved.error() << "\n";
        return kExitUsage;
    }
    std::cout << "claim " << *claimId << ": in cluster " << *moved << " (pinned)\n";
    return kExitOk;
}

int runReview(const Args& args) {
    Arguments a(args, {"--store", "--claim", "--status", "--reason", "--analyst"}, {"--help"});
    if (a.has("--help")) {
        std::cout << kReviewHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("review", a.error());
    const auto storePath = a.value("--store");
    const auto claimText = a.value("--claim");
    const auto statusText = a.value("--status");
    if (!storePath || !claimText || !statusText)
        return usageError("review", "--store, --claim and --status are required");
    const auto claimId = parseId(*claimText);
    if (!claimId)
        return usageError("review", "--claim needs a claim id (see claimdesk-cli claims)");
    const auto status = claimStatusFromName(*statusText);
    if (!status)
        return usageError("review", "--status must be confirmed, rejected or extracted");
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli review: " << store.error() << "\n";
        return kExitStoreError;
    }
    store::ReviewDecision decision{*claimId, *status, a.value("--reason").value_or(""),
                                   a.value("--analyst").value_or(osUser()), pipeline::systemClock()()};
    if (Status s = store->review({decision}); !s.ok()) {
        std::cerr << "claimdesk-cli review: " << s.error() << "\n";
        return s.error().rfind("no claim", 0) == 0 ? kExitUsage : kExitStoreError;
    }
    std::cout << "claim " << *claimId << ": " << claimStatusName(*status) << " by " << decision.analyst << "\n";
    return kExitOk;
}

}  // namespace claimdesk::cli
