#include "core/ingest/layout/textlayout.h"

#include "core/text/utf8.h"

namespace claimdesk::ingest {

TextLayout analyzeTextLayout(std::string_view text) {
    TextLayout layout;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return layout;
    layout.body = {text::codePointCount(text.substr(0, first)), text::codePointCount(text.substr(0, last + 1))};
    return layout;
}

}  // namespace claimdesk::ingest
