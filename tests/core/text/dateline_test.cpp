// The dateline of a news text (core/text/dateline.h), found over the one
// token stream.

#include <gtest/gtest.h>

#include <string>

#include "core/text/annotatedtext.h"

namespace claimdesk::text {
namespace {

// The dateline's text, or "" when the text has none.
std::string dateline(const std::string& utf8) {
    const AnnotatedText a(utf8);
    const DatelineRange d = a.structure().dateline;
    return d.empty() ? std::string() : std::string(a.slice(a.span(d.begin, d.end)));
}

TEST(Dateline, PlaceAndColon) { EXPECT_EQ(dateline("HARBOURTON: The port will reopen."), "HARBOURTON:"); }

TEST(Dateline, PlaceOfSeveralWords) {
    EXPECT_EQ(dateline("NEW HARBOURTON: The port will reopen."), "NEW HARBOURTON:");
    EXPECT_EQ(dateline("ST. ALBANS - The port will reopen."), "ST. ALBANS -");
}

TEST(Dateline, PlaceAgencyAndDash) {
    EXPECT_EQ(dateline("VELMORE (Northgate Wire) - Two ferries collided."), "VELMORE (Northgate Wire) -");
    EXPECT_EQ(dateline("VELMORE, June 2 (Northgate Wire) -- Two ferries collided."),
              "VELMORE, June 2 (Northgate Wire) --");
    EXPECT_EQ(dateline("VELMORE, Calif. \xE2\x80\x94 Two ferries collided."), "VELMORE, Calif. \xE2\x80\x94");
}

TEST(Dateline, AfterAHeadlineAndAByline) {
    EXPECT_EQ(dateline("Ferries collide near the pier\n\nBy Ana Lind\n\nVELMORE: Two ferries collided."), "VELMORE:");
}

TEST(Dateline, NotPastTheThirdParagraph) {
    EXPECT_EQ(dateline("One.\n\nTwo.\n\nThree.\n\nVELMORE: Two ferries collided."), "");
}

TEST(Dateline, NotAWordInCapitalsOpeningASentence) {
    EXPECT_EQ(dateline("NATO said on Monday that the talks would resume."), "");
    EXPECT_EQ(dateline("The port will reopen, HARBOURTON: officials said."), "");
    EXPECT_EQ(dateline("VELMORE - two ferries collided."), "");  // no sentence follows
}

// A transcript's speaker labels name speakers: the first is no dateline.
TEST(Dateline, NotATranscriptLabel) {
    EXPECT_EQ(dateline("MORRIS: We have the votes.\n\nKELLY: You do not."), "");
    EXPECT_EQ(dateline("Morris: We have the votes.\n\nKelly: No.\n\nMorris: Yes.\n\nKelly: No."), "");
    // One caption is furniture, not a transcript.
    EXPECT_EQ(dateline("TALLIN: The strike ended.\n\nCaption: A ferry leaves the pier."), "TALLIN:");
}

}  // namespace
}  // namespace claimdesk::text
