// The W3C Web Annotation import: any bytes read as an export, and what it
// reads imported into a new project holding one document.
#include <cstdlib>

#include "core/domain/analysis.h"
#include "core/export/webannotationimport.h"
#include "core/export/webannotationread.h"
#include "core/store/projectstore.h"
#include "fuzzinput.h"

namespace {

claimdesk::Document sampleDocument() {
    claimdesk::Document document;
    document.sha256 = std::string(64, 'a');
    document.fileName = document.filePath = "a.txt";
    document.text = "Mayor Hrytsenko said the bridge would reopen on Monday.";
    document.original = document.text;
    document.body = {0, 55};
    document.ingestedAt = "2025-03-05T10:00:00Z";
    return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto read = claimdesk::exporting::readWebAnnotations(claimdesk::fuzz::bytes(data, size));
    if (!read)
        return 0;
    auto store = claimdesk::store::ProjectStore::open(":memory:");
    if (!store || !store->addDocument(sampleDocument(), {}))
        std::abort();
    (void)claimdesk::exporting::importWebAnnotations(*store, *read);
    return 0;
}
