// Attribution: who said what, in any text.
#include "core/extract/attribution/attributionfinder.h"
#include "core/text/utf8.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = claimdesk::fuzz::finderText(data, size);
    if (!text)
        return 0;
    const claimdesk::text::OffsetMap map(*text);
    (void)claimdesk::extract::findRawAttributions(*text, map, {0, map.codePointCount()});
    return 0;
}
