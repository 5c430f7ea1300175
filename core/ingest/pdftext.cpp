#include "core/ingest/pdftext.h"

#include <memory>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace claimdesk::ingest {
namespace {

// Poppler prints its parse errors to stderr; ours say the same in one line.
void quiet(const std::string&, void*) {}

}  // namespace

Result<std::string> extractPdfText(std::string_view bytes) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc)
        return makeError("not a readable PDF (damaged file)");
    if (doc->is_locked())
        return makeError("the PDF is encrypted");
    std::string text;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
        if (!text.empty())
            text += "\n\n";
        text.append(utf8.begin(), utf8.end());
    }
    // Form feeds and carriage returns carry no reading order.
    std::string cleaned;
    cleaned.reserve(text.size());
    for (char c : text)
        if (c != '\f' && c != '\r')
            cleaned.push_back(c);
    if (cleaned.find_first_not_of(" \t\n") == std::string::npos)
        return makeError("the PDF has no text layer (scanned pages are not read)");
    return cleaned;
}

}  // namespace claimdesk::ingest
