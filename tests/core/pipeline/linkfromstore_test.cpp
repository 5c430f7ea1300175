// Linking claims read back from the store (a relink, a re-analysis, a batch
// linked against earlier claims) sees each claim as extraction gave it:
// its type, its polarity and its figures' frames.
#include <gtest/gtest.h>

#include <optional>

#include "core/pipeline/linking.h"
#include "../store/storefixtures.h"
#include "storeaccess.h"

namespace claimdesk::pipeline {
namespace {

using claimdesk::testing::sampleDocument;

constexpr const char* kText = "The operator said the barge spilled 40 tonnes of diesel into the river.";

// One document of `outlet` whose one claim reports `tonnes` of spilled
// diesel with `cue`, of `type` and `polarity`.
void addReport(store::ProjectStore& store, const std::string& outlet, const std::string& speaker,
               const std::string& tonnes, const std::string& cue, ClaimType type, Polarity polarity) {
    const std::string content = "the barge spilled " + tonnes + " tonnes of diesel into the river";
    Document d = sampleDocument(outlet + ".txt", kText);
    d.source.outlet = outlet;
    Analysis a;
    Speaker s;
    s.name = speaker;
    s.kind = SpeakerKind::Organization;
    a.speakers.push_back(s);
    Claim c;
    c.speakerIndex = 0;
    c.cue = TextSpan{{13, 17}, cue};
    c.content = {{18, 70}, content};
    c.statedOn = "2025-03-05";
    c.type = type;
    c.polarity = polarity;
    Quantity q;
    q.text = {{36, 38}, tonnes};
    q.value = std::stod(tonnes);
    q.unit = "tonnes";
    q.frame.measure = "spilled";
    c.quantities.push_back(q);
    a.claims.push_back(c);
    ASSERT_TRUE(store.addDocument(d, a).ok());
}

class LinkingFromTheStore : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok()) << opened.error();
        m_store.emplace(std::move(*opened));
    }

    // Links every stored claim from what the store holds, as a relink
    // does, and expects the two reports in one cluster.
    std::vector<store::ClaimRow> relinkedTogether() {
        Status linked = m_store->link([](store::LinkSession& session, const auto&) {
            if (Status s = session.forgetLinks(); !s.ok())
                return s;
            return linkWaiting(session);
        });
        EXPECT_TRUE(linked.ok()) << linked.error();
        auto claims = *m_store->claims({});
        EXPECT_EQ(claims.size(), 2u);
        EXPECT_TRUE(claims.size() == 2 && claims[0].clusterId && claims[0].clusterId == claims[1].clusterId)
            << "one report, two outlets";
        return claims;
    }

    std::optional<store::ProjectStore> m_store;
};

TEST_F(LinkingFromTheStore, ADeclinedFigureIsNotHeldAgainstAStatedOne) {
    addReport(*m_store, "Harbour Ledger", "Ossa Shipping", "40", "said", ClaimType::Statement, Polarity::Affirmed);
    addReport(*m_store, "River Post", "Port Authority", "12", "said", ClaimType::Statement, Polarity::Declined);
    for (const auto& c : relinkedTogether())
        EXPECT_FALSE(c.disagreement) << "a claim not made states no figure: " << c.disagreementReason;
}

TEST_F(LinkingFromTheStore, AClaimTypedAsADenialDeniesWhatOthersReport) {
    addReport(*m_store, "Harbour Ledger", "Ossa Shipping", "40", "said", ClaimType::Statement, Polarity::Affirmed);
    addReport(*m_store, "River Post", "Port Authority", "40", "said", ClaimType::Denial, Polarity::Affirmed);
    for (const auto& c : relinkedTogether()) {
        EXPECT_TRUE(c.disagreement);
        EXPECT_NE(c.disagreementReason.find("Port Authority denied what Ossa Shipping"), std::string::npos)
            << c.disagreementReason;
    }
}

TEST_F(LinkingFromTheStore, TwoRunningTotalsOnDifferentDaysAreAProgression) {
    addReport(*m_store, "Harbour Ledger", "Ossa Shipping", "12", "said", ClaimType::Statement, Polarity::Affirmed);
    addReport(*m_store, "River Post", "Port Authority", "40", "said", ClaimType::Statement, Polarity::Affirmed);
    // The frames as extraction gives them: each a running total as of its day.
    ASSERT_TRUE(testing::rawDatabase(*m_store)
                    .exec("UPDATE quantities SET cumulative = 1, period_kind = 'as_of', "
                          "period = CASE WHEN value = 12 THEN '2025-03-04' ELSE '2025-03-08' END")
                    .ok());
    for (const auto& c : relinkedTogether())
        EXPECT_FALSE(c.disagreement) << c.disagreementReason;
}

}  // namespace
}  // namespace claimdesk::pipeline
