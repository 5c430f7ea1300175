#include <gtest/gtest.h>

#include "analyzed.h"
#include "core/extract/statedon/statedon.h"

namespace claimdesk::extract {
namespace {

using testing::analyzeText;
using testing::claimWith;

TEST(StatedOn, ADateInTheAttributionItself) {
    const auto r = analyzeText(
        "date 2025-03-12\nMayor Ilona Dzhurenko told reporters on March 10 that the water was safe to drink again.\n");
    const Claim* c = claimWith(r.analysis, "the water was safe");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->statedOn.value_or("none"), "2025-03-10");
}

TEST(StatedOn, ARelativeDateResolvesAgainstThePublicationDate) {
    const auto r = analyzeText("date 2025-03-12\nThe authority said yesterday that the intake had reopened.\n");
    const Claim* c = claimWith(r.analysis, "the intake had reopened");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->statedOn.value_or("none"), "2025-03-11");
}

TEST(StatedOn, ADateInsideTheQuoteIsNotWhenItWasSaid) {
    const auto r = analyzeText(
        "date 2025-03-12\n\"The barge ran aground on March 3,\" the inspector said.\n");
    const Claim* c = claimWith(r.analysis, "The barge ran aground");
    ASSERT_NE(c, nullptr);
    EXPECT_NE(c->statedOn.value_or("none"), "2025-03-03");
}

TEST(StatedOn, OneInterviewQuotedOverSeveralParagraphsSharesItsDate) {
    const auto r = analyzeText(
        "date 2025-03-12\n"
        "Mayor Ilona Dzhurenko told Radio Ambra on March 10 that the river was clean.\n\n"
        "\"We tested it every day for a week,\" Dzhurenko said.\n\n"
        "\"Nobody should worry about the tap water now,\" she added.\n");
    const Claim* first = claimWith(r.analysis, "the river was clean");
    const Claim* second = claimWith(r.analysis, "We tested it every day");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(first->statedOn.value_or("none"), "2025-03-10");
    EXPECT_EQ(second->statedOn.value_or("none"), "2025-03-10");
}


}  // namespace
}  // namespace claimdesk::extract
