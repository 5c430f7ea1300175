#include <gtest/gtest.h>

#include "core/export/textanchor.h"

namespace claimdesk::exporting {
namespace {

struct AnchorCase {
    const char* name;
    const char* text;
    std::optional<Span> position;
    std::optional<TextQuote> quote;
    std::optional<Span> expected;
};

class Anchor : public ::testing::TestWithParam<AnchorCase> {};

TEST_P(Anchor, FindsTheSpan) {
    const AnchorCase& c = GetParam();
    EXPECT_EQ(anchorSpan(c.text, c.position, c.quote), c.expected) << c.name;
}

// "Łódź said no. Kraków said no." : "no" at code points 10 and 26.
constexpr const char* kTwice = "Łódź said no. Kraków said no.";

INSTANTIATE_TEST_SUITE_P(
    Cases, Anchor,
    ::testing::Values(
        AnchorCase{"position agrees with the quote", kTwice, Span{10, 12}, TextQuote{"no", "said ", ". K"}, Span{10, 12}},
        AnchorCase{"position moved: the context decides", kTwice, Span{3, 5}, TextQuote{"no", "Kraków said ", "."},
                   Span{26, 28}},
        AnchorCase{"no position: the context decides", kTwice, std::nullopt, TextQuote{"no", "ów said ", ""},
                   Span{26, 28}},
        AnchorCase{"same context: the nearest to the old position", kTwice, Span{24, 26}, TextQuote{"no", "said ", ""},
                   Span{26, 28}},
        AnchorCase{"the quote is gone", kTwice, Span{10, 12}, TextQuote{"yes", "said ", ""}, std::nullopt},
        AnchorCase{"position past the end, quote found", kTwice, Span{100, 102}, TextQuote{"Kraków", "", ""},
                   Span{14, 20}},
        AnchorCase{"position only", kTwice, Span{0, 4}, std::nullopt, Span{0, 4}},
        AnchorCase{"position only, outside the text", kTwice, Span{20, 40}, std::nullopt, std::nullopt},
        AnchorCase{"nothing to anchor by", kTwice, std::nullopt, std::nullopt, std::nullopt}),
    [](const auto& info) {
        std::string n;
        for (const char* p = info.param.name; *p; ++p)
            n += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        return n;
    });

}  // namespace
}  // namespace claimdesk::exporting
