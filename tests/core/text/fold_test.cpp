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
