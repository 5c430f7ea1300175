// Regression (issue 14): a NUL byte made the timex tokenizer emit a token
// of no bytes and loop, growing its token list until memory ran out.
#include <gtest/gtest.h>

#include <string>

#include "core/extract/timex/timexfinder.h"
#include "core/text/utf8.h"
#include "watchdog.h"

namespace claimdesk::extract {
namespace {

TEST(TimexNulByte, ANulSeparatesWordsAndTheDatesAroundItAreFound) {
    const std::string text = std::string("The talks began on Monday.") + '\0' + "They ended on 3 March 2025.";
    TimexFindings found;
    testing::finishesWithin(30, "finding timexes in a text with a NUL byte", [&] {
        const text::OffsetMap map(text);
        found = findTimexes(text, map, Span{0, map.codePointCount()}, std::string("2025-03-05"));
    });
    std::vector<std::string> extents;
    for (const Timex& t : found.timexes)
        extents.push_back(t.text.text);
    EXPECT_EQ(extents, (std::vector<std::string>{"Monday", "3 March 2025"}));
}

}  // namespace
}  // namespace claimdesk::extract
