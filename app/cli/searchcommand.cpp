#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli search --store FILE.claimdesk [--limit N] QUERY...

Full-text search over the documents and claims of a project: words (all
must match), "a phrase", prefix*, OR between two terms, -word or NOT word
to leave one out, title:word for documents whose title has it. Prints one
hit per line: document or claim, its id, the file and a snippet with
matches in [ ].

  --store FILE        the project file (*.claimdesk)
  --limit N           at most N hits, from 1 to 10000 (default 50)
)";

}  // namespace

int runSearch(const Args& args) {
    Arguments a(args, {"--store", "--limit"}, {"--help"});
    if (a.has("--help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("search", a.error());
    const auto storePath = a.value("--store");
    if (!storePath)
        return usageError("search", "--store FILE is required");
    if (a.positional().empty())
        return usageError("search", "no QUERY");
    int limit = 50;
    if (auto l = a.value("--limit")) {
        const auto n = parseId(*l);  // a positive whole number, nothing after it
        if (!n || *n > 10000)
            return usageError("search", "--limit needs a number from 1 to 10000");
        limit = static_cast<int>(*n);
    }
    std::string query;
    for (const auto& word : a.positional())
        query += (query.empty() ? "" : " ") + word;

    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli search: " << store.error() << "\n";
        return kExitStoreError;
    }
    auto hits = store->search(query, limit);
    if (!hits) {
        std::cerr << "claimdesk-cli search: " << hits.error() << "\n";
        return kExitUsage;
    }
    for (const auto& h : *hits) {
        std::string snippet = h.snippet;
        for (char& c : snippet)
            if (c == '\n')
                c = ' ';
        std::cout << (h.kind == store::SearchHit::Kind::Document ? "document " : "claim    ") << h.id << "\t"
                  << oneLine(h.fileName) << "\t" << oneLine(snippet) << "\n";
    }
    if (hits->empty())
        std::cerr << "no match for " << query << "\n";
    return kExitOk;
}

}  // namespace claimdesk::cli
