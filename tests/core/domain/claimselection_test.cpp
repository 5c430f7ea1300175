#include <gtest/gtest.h>

#include "core/domain/claimselection.h"

namespace claimdesk {
namespace {

TEST(ClaimSelection, AnEmptySelectionTakesEverything) {
    const ClaimSelection all;
    EXPECT_TRUE(all.accepts(ClaimStatus::Rejected, 7, std::nullopt));
    EXPECT_TRUE(all.accepts(ClaimStatus::Extracted, 1, 3));
}

TEST(ClaimSelection, StatusDocumentAndSpeakerMustAllMatch) {
    ClaimSelection s;
    s.statuses = {ClaimStatus::Confirmed, ClaimStatus::Rejected};
    s.documentIds = {2, 4};
    s.speakerId = 9;
    EXPECT_TRUE(s.accepts(ClaimStatus::Confirmed, 4, 9));
    EXPECT_FALSE(s.accepts(ClaimStatus::Extracted, 4, 9));
    EXPECT_FALSE(s.accepts(ClaimStatus::Confirmed, 3, 9));
    EXPECT_FALSE(s.accepts(ClaimStatus::Confirmed, 4, 8));
    EXPECT_FALSE(s.accepts(ClaimStatus::Confirmed, 4, std::nullopt));  // no speaker
    EXPECT_TRUE(s.acceptsDocument(2));
    EXPECT_FALSE(s.acceptsStatus(ClaimStatus::Extracted));
}

}  // namespace
}  // namespace claimdesk
