#include <gtest/gtest.h>

#include "analyzed.h"
#include "core/extract/claimtypes/claimclassifier.h"

namespace claimdesk::extract {
namespace {

using testing::analyzeText;
using testing::claimWith;

const Claim& only(const Analysis& a, const std::string& words) {
    const Claim* c = claimWith(a, words);
    EXPECT_NE(c, nullptr) << words;
    static const Claim none;
    return c ? *c : none;
}

TEST(ClaimClassifier, TheCueSaysWhatKindOfAttributionItIs) {
    const auto r = analyzeText(
        "date 2025-06-12\n"
        "Bridge, schools and water: the week in Orlo\n\n"
        "The mayor said the bridge would reopen on Monday.\n\n"
        "The operator denied that the barge had failed an inspection.\n\n"
        "The minister believes the talks will succeed.\n\n"
        "The governor hopes that the schools will reopen in July.\n\n"
        "The council urged residents to boil their water.\n\n"
        "The senator cited two reports as the basis for the estimate.\n");
    EXPECT_EQ(only(r.analysis, "bridge would reopen").type, ClaimType::Statement);
    EXPECT_EQ(only(r.analysis, "failed an inspection").type, ClaimType::Denial);
    EXPECT_EQ(only(r.analysis, "talks will succeed").type, ClaimType::Belief);
    EXPECT_EQ(only(r.analysis, "schools will reopen").type, ClaimType::Belief);
    EXPECT_EQ(only(r.analysis, "boil their water").type, ClaimType::Request);
    EXPECT_EQ(only(r.analysis, "two reports").type, ClaimType::Reference);
}

TEST(ClaimClassifier, AStatementNotMadeIsNegatedOrDeclined) {
    const auto r = analyzeText(
        "date 2025-06-12\n"
        "Troops, detentions and a ransom\n\n"
        "The ministry has not confirmed that troops crossed the river.\n\n"
        "Neither the army nor the police have acknowledged that anyone was detained.\n\n"
        "A spokesman declined to comment on whether a ransom had been paid.\n\n"
        "The company said it had not paid a ransom.\n");
    EXPECT_EQ(only(r.analysis, "troops crossed").polarity, Polarity::Negated);
    EXPECT_EQ(only(r.analysis, "anyone was detained").polarity, Polarity::Negated);
    EXPECT_EQ(only(r.analysis, "a ransom had been paid").polarity, Polarity::Declined);
    // A negation inside the content is what the source said.
    EXPECT_EQ(only(r.analysis, "had not paid").polarity, Polarity::Affirmed);
}

// A refusal that names no topic states nothing and is no claim; one with a
// topic stays, declined (issue 11: "declined to comment" became a claim
// "to comment").
TEST(ClaimClassifier, ARefusalWithoutATopicIsNoClaim) {
    const auto r = analyzeText(
        "date 2025-06-12\n"
        "Ferry service halted after the collision\n\n"
        "The harbour master said the ferry would not sail until Friday.\n\n"
        "The operator declined to comment.\n\n"
        "A union official refused to comment further for this article.\n\n"
        "The ministry declined to comment on whether the captain had been suspended.\n");
    EXPECT_NE(claimWith(r.analysis, "would not sail"), nullptr);
    for (const auto& c : r.analysis.claims) {
        if (c.content.text.find("comment") != std::string::npos) {
            EXPECT_NE(c.content.text.find("suspended"), std::string::npos) << "a bare refusal: " << c.content.text;
        }
    }
    EXPECT_EQ(r.analysis.claims.size(), 2u);
    const Claim& topic = only(r.analysis, "captain had been suspended");
    EXPECT_EQ(topic.polarity, Polarity::Declined);
}

TEST(ClaimClassifier, CueWordsAloneGiveTheType) {
    EXPECT_EQ(cueType({"has", "also", "denied"}), ClaimType::Denial);
    EXPECT_EQ(cueType({"is", "hoping"}), ClaimType::Belief);
    EXPECT_EQ(cueType({"called", "on"}), ClaimType::Request);
    // The intention cues mined from PolNeAR train are beliefs, not statements.
    EXPECT_EQ(cueType({"is", "seeking"}), ClaimType::Belief);
    EXPECT_EQ(cueType({"has", "decided"}), ClaimType::Belief);
    EXPECT_EQ(cueType({"is", "considering"}), ClaimType::Belief);
    EXPECT_EQ(cueType({"according", "to"}), ClaimType::Statement);
    EXPECT_EQ(cueType({}), ClaimType::Statement);
}

}  // namespace
}  // namespace claimdesk::extract
