// The search query parser: what it makes of any text must be accepted by
// FTS5 (it never passes a syntax error through).
#include <cstdio>
#include <cstdlib>

#include "core/store/projectstore.h"
#include "core/store/searchquery.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static auto store = claimdesk::store::ProjectStore::open(":memory:");
    const auto text = claimdesk::fuzz::bytes(data, size);
    if (!claimdesk::store::parseSearchQuery(text))
        return 0;
    auto hits = store->search(std::string(text));
    if (!hits) {
        std::fprintf(stderr, "a parsed query failed in FTS5: %s\n", hits.error().c_str());
        std::abort();
    }
    return 0;
}
