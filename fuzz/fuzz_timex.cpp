// The timex grammar: temporal expressions found and resolved in any text,
// with and without a publication date to resolve against.
#include "core/extract/timex/timexfinder.h"
#include "core/text/utf8.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = claimdesk::fuzz::finderText(data, size);
    if (!text)
        return 0;
    const claimdesk::text::OffsetMap map(*text);
    const claimdesk::Span all{0, map.codePointCount()};
    (void)claimdesk::extract::findTimexes(*text, map, all, std::nullopt);
    (void)claimdesk::extract::findTimexes(*text, map, all, std::string("2025-03-05"));
    return 0;
}
