#include <gtest/gtest.h>

#include "core/domain/speakerkey.h"

namespace claimdesk {
namespace {

struct KeyCase {
    const char* a;
    const char* b;
};

class SameKey : public ::testing::TestWithParam<KeyCase> {};

TEST_P(SameKey, NamesOfOnePersonShareAKey) {
    EXPECT_EQ(speakerKey(GetParam().a), speakerKey(GetParam().b)) << GetParam().a << " / " << GetParam().b;
    EXPECT_FALSE(speakerKey(GetParam().a).empty());
}

INSTANTIATE_TEST_SUITE_P(Speakers, SameKey,
                         ::testing::Values(KeyCase{"President Volodymyr Zelenskyy", "Volodymyr Zelensky"},
                                           KeyCase{"Volodymyr Zelenskiy", "VOLODYMYR ZELENSKY"},
                                           KeyCase{"Володимир Зеленський", "Volodymyr Zelensky"},
                                           KeyCase{"Mr. Obama", "Obama"},
                                           KeyCase{"the Rev. Peter Wherry", "Peter Wherry"},
                                           KeyCase{"Sen. Bernie Sanders Jr.", "Bernie Sanders"},
                                           KeyCase{"Bill Clinton", "William Clinton"},
                                           KeyCase{"Oleksandr Syrskyi", "Oleksandr Syrsky"},
                                           KeyCase{"The General Staff", "General Staff"}));

class DifferentKey : public ::testing::TestWithParam<KeyCase> {};

TEST_P(DifferentKey, DifferentEntitiesKeepApart) {
    EXPECT_NE(speakerKey(GetParam().a), speakerKey(GetParam().b)) << GetParam().a << " / " << GetParam().b;
}

INSTANTIATE_TEST_SUITE_P(Speakers, DifferentKey,
                         ::testing::Values(KeyCase{"Hillary Clinton", "Bill Clinton"},
                                           KeyCase{"General Staff", "Staff"},
                                           KeyCase{"State Department", "Defense Department"}));

TEST(SpeakerKey, TransliterationSpellingsOfOneNameShareAKey) {
    EXPECT_EQ(speakerKey("Ilona Dzhurenko"), speakerKey("Ilona Djurenko"));
    EXPECT_EQ(speakerKey("Oleksandr Kharchenko"), speakerKey("Olexandr Harchenko"));
    EXPECT_EQ(speakerKey("Wladimir Tsoi"), speakerKey("Vladimir Coi"));
    EXPECT_NE(speakerKey("Ilona Dzhurenko"), speakerKey("Ilona Durenko"));
}

TEST(SpeakerKey, DropsTitlesAndDeterminersButKeepsOrganisationWords) {
    EXPECT_EQ(speakerKey("President Volodymyr Zelensky"), "volodimir zelenski");
    EXPECT_EQ(speakerKey("The New York Times"), speakerKey("New York Times"));
    EXPECT_EQ(speakerKey("General Staff"), "general staf");
    EXPECT_EQ(speakerKey("the"), "");
    EXPECT_EQ(speakerKey(""), "");
}

struct SameNameCase {
    const char* a;
    const char* b;
    bool same;
};

class SameName : public ::testing::TestWithParam<SameNameCase> {};

TEST_P(SameName, DecidesWhetherTwoNamesCanBeOnePerson) {
    EXPECT_EQ(sameSpeakerName(GetParam().a, GetParam().b), GetParam().same) << GetParam().a << " / " << GetParam().b;
}

INSTANTIATE_TEST_SUITE_P(Speakers, SameName,
                         ::testing::Values(SameNameCase{"Zelensky", "President Volodymyr Zelenskyy", true},
                                           SameNameCase{"Зеленський", "Zelenskiy", true},
                                           SameNameCase{"Paul D. Ryan", "Paul Ryan", true},
                                           SameNameCase{"P. Ryan", "Paul Ryan", true},
                                           SameNameCase{"Hillary Clinton", "Bill Clinton", false},
                                           SameNameCase{"Kyrylo Budanov", "Volodymyr Zelensky", false},
                                           SameNameCase{"", "Zelensky", false}));

}  // namespace
}  // namespace claimdesk
