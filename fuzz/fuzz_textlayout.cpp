// Text layout: reading a plain-text article's headline, byline, date and
// body from its lines.
#include "core/ingest/layout/textlayout.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const auto text = claimdesk::fuzz::finderText(data, size))
        (void)claimdesk::ingest::analyzeTextLayout(*text);
    return 0;
}
