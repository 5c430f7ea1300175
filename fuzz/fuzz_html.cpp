// HTML ingest: any bytes named .html, through charset detection, gumbo,
// the nesting limit and main-content extraction.
#include <string>

#include "core/ingest/ingest.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)claimdesk::ingest::loadBytes(std::string(claimdesk::fuzz::bytes(data, size)), "fuzz.html", {});
    return 0;
}
