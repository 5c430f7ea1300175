// PDF text: any bytes named .pdf, through poppler and the text layout.
#include <string>

#include "core/ingest/ingest.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)claimdesk::ingest::loadBytes(std::string(claimdesk::fuzz::bytes(data, size)), "fuzz.pdf", {});
    return 0;
}
