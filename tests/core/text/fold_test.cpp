#include <gtest/gtest.h>

#include "core/text/fold.h"

namespace claimdesk::text {
namespace {

TEST(Fold, CaseAccentsAndTypographyCompareEqual) {
    EXPECT_EQ(foldCase("ZELENSKYY"), "zelenskyy");
    EXPECT_EQ(foldCase("Café Crème"), "cafe creme");
    EXPECT_EQ(foldCase("Ukraine’s"), "ukraine's");
    EXPECT_EQ(foldCase("Зеленський"), "зеленськии");  // keeps the script
}

TEST(Fold, TransliteratesOtherScriptsToLatin) {
    EXPECT_EQ(foldToLatin("Зеленський"), "zelenskij");
    EXPECT_EQ(foldToLatin("Zelenskyy"), "zelenskyy");
    EXPECT_EQ(foldToLatin("Ukraine’s"), "ukraines");
}

}  // namespace
}  // namespace claimdesk::text

namespace claimdesk::text {
namespace {

// ASCII takes a fast path; it must fold exactly as the transliterators do.
TEST(Fold, AsciiFastPathAgreesWithTheTransliterators) {
    for (const char* s : {"O'Brien", "Zelenskyy", "NIS", "it`s", "U.S. officials", "Kyiv-based"}) {
        const std::string withAccent = std::string(s) + "é";  // forces the ICU path
        const std::string slow = foldCase(withAccent);
        EXPECT_EQ(foldCase(s) + "e", slow) << s;
        EXPECT_EQ(foldToLatin(s) + "e", foldToLatin(withAccent)) << s;
    }
}

}  // namespace
}  // namespace claimdesk::text
