// `assess` records whether a claim is true, as the analyst judges it:
// apart from review, which only checks who said what.

#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/pipeline/clock.h"
#include "core/store/projectstore.h"
#include "core/text/fold.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kAssessHelp = R"(usage: claimdesk-cli assess --store FILE.claimdesk --claim ID
                            [--verdict LABEL | --no-verdict] [--credibility 1-6 | --no-credibility]
                            [--note TEXT] [--analyst NAME]

Records an assessment of a claim: whether it is true, as the analyst
judges it, apart from its review (which checks only that the extraction
got who said what right). The verdict is one of the project's labels
(by default corroborated, unverified, disputed, false); the credibility
is the Admiralty scale's (1 confirmed by other sources ... 6 cannot be
judged). What is not given stays as it was. Every assessment is appended
to the claim's assessment history.

  --store FILE        the project file (*.claimdesk)
  --claim ID          the claim (ids from claimdesk-cli claims)
  --verdict LABEL     one of the project's verdict labels
  --no-verdict        clear the verdict
  --credibility N     the Admiralty credibility, 1 to 6
  --no-credibility    clear the credibility
  --note TEXT         the assessment's note (why), kept in the history
  --analyst NAME      who assessed (default: the operating-system user)
)";

}  // namespace

int runAssess(const Args& args) {
    Arguments a(args, {"--store", "--claim", "--verdict", "--credibility", "--note", "--analyst"},
                {"--help", "--no-verdict", "--no-credibility"});
    if (a.has("--help")) {
        std::cout << kAssessHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("assess", a.error());
    const auto storePath = a.value("--store");
    const auto claimText = a.value("--claim");
    if (!storePath || !claimText)
        return usageError("assess", "--store and --claim are required");
    const auto claimId = parseId(*claimText);
    if (!claimId)
        return usageError("assess", "--claim needs a claim id (see claimdesk-cli claims)");
    std::optional<int> credibility;
    if (auto text = a.value("--credibility")) {
        if (text->size() != 1 || (*text)[0] < '1' || (*text)[0] > '6')
            return usageError("assess", "--credibility must be 1 to 6");
        credibility = (*text)[0] - '0';
    }
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli assess: " << store.error() << "\n";
        return kExitStoreError;
    }
    auto current = store->assessment(*claimId);
    if (!current) {
        std::cerr << "claimdesk-cli assess: " << current.error() << "\n";
        return kExitUsage;
    }
    store::Assessment next = *current;
    if (a.has("--no-verdict"))
        next.verdict.clear();
    if (auto verdict = a.value("--verdict")) {
        auto labels = store->verdictLabels();
        if (!labels) {
            std::cerr << "claimdesk-cli assess: " << labels.error() << "\n";
            return kExitStoreError;
        }
        std::string known;
        for (const auto& l : *labels) {
            if (text::foldCase(l.name) == text::foldCase(*verdict))
                next.verdict = l.name;
            known += (known.empty() ? "" : ", ") + l.name;
        }
        if (text::foldCase(next.verdict) != text::foldCase(*verdict))
            return usageError("assess", "--verdict must be one of the project's labels: " + known);
    }
    if (a.has("--no-credibility"))
        next.credibility.reset();
    if (credibility)
        next.credibility = credibility;
    if (auto note = a.value("--note"))
        next.note = *note;
    const std::string analyst = a.value("--analyst").value_or(osUser());
    if (Status s = store->assess({{*claimId, next, analyst, pipeline::systemClock()()}}); !s.ok()) {
        std::cerr << "claimdesk-cli assess: " << s.error() << "\n";
        return kExitStoreError;
    }
    std::cout << "claim " << *claimId << ": " << (next.verdict.empty() ? "no verdict" : next.verdict)
              << ", credibility " << (next.credibility ? std::to_string(*next.credibility) : "not graded") << " by "
              << analyst << "\n";
    return kExitOk;
}

}  // namespace claimdesk::cli
