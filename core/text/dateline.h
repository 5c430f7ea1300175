#pragma once

// The dateline of a news text: the place (in capitals) that opens the
// story, with the date and the agency wire copy puts beside it:
//   "SEOUL:", "KYIV (Reuters) -", "PORT SALVO, May 4 (Tidewater Press) -",
//   "WASHINGTON —", "DAESAN, May 5 (Seowon) --".
// A dateline says where the story was filed, never who speaks, so the
// finders keep it out of sources and contents.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/text/tokens.h"

namespace claimdesk::text {

// Tokens [begin, end) of a dateline, its closing colon or dash included;
// empty when the text has none.
struct DatelineRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return end <= begin; }
};

// The dateline opening one of the first three paragraphs of `tokens` (a
// headline and a byline may come first). A place followed by a colon
// alone ("SEOUL: ...") is a dateline only when the text is no transcript:
// no other paragraph opens with a label in capitals ("WALLACE: ...") and
// fewer than three with a capitalised one ("Caption: ..."). `paragraphOf` gives each token's paragraph.
DatelineRange findDateline(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& paragraphOf);

}  // namespace claimdesk::text
