// The claim table's paging: continuing after the last row shown (keyset
// paging) lists the same claims in the same order as one query of
// everything, for every sort the table offers, both ways, with ties and
// missing values; and the first pages of the orders that have an index
// are read through it, not by sorting every claim.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/store/claimsqueryplan.h"
#include "core/store/projectstore.h"
#include "storefixtures.h"

namespace claimdesk::store {
namespace {

using Order = ClaimQuery::Order;

constexpr Order kEveryOrder[] = {Order::Document, Order::Speaker,      Order::Status,      Order::StatedOn,
                                 Order::Outlet,   Order::Cluster,      Order::Content,     Order::Kind,
                                 Order::Quantities, Order::Disagreement, Order::Credibility, Order::Grade,
                                 Order::Verdict,  Order::Type};

// Eight claims per document with repeated keys: two speakers and none, a
// date or none, three kinds, repeated contents, figures on some.
Analysis analysisOf(const std::string& text) {
    Analysis a;
    for (const char* name : {"Ada Berg", "Ben Cole"}) {
        Speaker s;
        s.name = name;
        s.kind = SpeakerKind::Person;
        a.speakers.push_back(s);
    }
    for (int i = 0; i < 8; ++i) {
        Claim c;
        if (i % 3 != 2)
            c.speakerIndex = i % 3;
        c.kind = i % 3 == 0 ? ClaimKind::Direct : i % 3 == 1 ? ClaimKind::Indirect : ClaimKind::Mixed;
        const std::int64_t start = i * 10;
        c.content = {{start, start + 9}, text.substr(static_cast<std::size_t>(start), 9)};
        if (i % 2 == 0)
            c.statedOn = i % 4 == 0 ? "2025-03-04" : "2025-03-01";
        if (i % 4 == 1) {
            Quantity q;
            q.text = {{start, start + 2}, text.substr(static_cast<std::size_t>(start), 2)};
            q.value = i;
            q.unit = "people";
            c.quantities.push_back(q);
        }
        a.claims.push_back(c);
    }
    return a;
}

class ClaimPagingTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok());
        m_store.emplace(std::move(*opened));
        // Repeated words, so that several claims share a content.
        std::string text;
        for (int i = 0; i < 8; ++i)
            text += i % 2 ? "harbour  ." : "bridge   .";
        for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
            auto document = testing::sampleDocument(name, text);
            if (std::string(name) == "b.txt")
                document.source.outlet.clear();
            ASSERT_TRUE(m_store->addDocument(document, analysisOf(text)).ok());
        }
        auto all = m_store->claims({});
        ASSERT_TRUE(all.ok()) << all.error();
        ASSERT_EQ(all->size(), 24u);
        // Statuses and grades on some, so those orders have ties and gaps.
        std::vector<ReviewDecision> decisions;
        for (std::size_t i = 0; i < all->size(); i += 5)
            decisions.push_back({(*all)[i].id, i % 2 ? ClaimStatus::Rejected : ClaimStatus::Confirmed, "", "ana",
                                 "2025-03-06T09:00:00Z"});
        ASSERT_TRUE(m_store->review(decisions).ok());
        for (std::size_t i = 0; i < all->size(); i += 4)
            ASSERT_TRUE(m_store->setCredibility((*all)[i].id, 1 + static_cast<int>(i % 3)).ok());
    }

    std::vector<std::int64_t> idsOf(const ClaimQuery& query) {
        auto rows = m_store->claims(query);
        EXPECT_TRUE(rows.ok()) << rows.error();
        std::vector<std::int64_t> ids;
        for (const auto& row : rows ? *rows : std::vector<ClaimRow>{})
            ids.push_back(row.id);
        return ids;
    }

    std::optional<ProjectStore> m_store;
};

TEST_F(ClaimPagingTest, ContinuingAfterTheLastRowListsWhatOneQueryLists) {
    for (Order order : kEveryOrder)
        for (bool descending : {false, true}) {
            ClaimQuery query;
            query.order = order;
            query.descending = descending;
            const auto everything = idsOf(query);
            ASSERT_EQ(everything.size(), 24u);
            std::vector<std::int64_t> paged;
            ClaimQuery page = query;
            page.limit = 5;
            for (;;) {
                const auto ids = idsOf(page);
                if (ids.empty())
                    break;
                paged.insert(paged.end(), ids.begin(), ids.end());
                page.after = ids.back();
                ASSERT_LE(paged.size(), everything.size());
            }
            EXPECT_EQ(paged, everything) << "order " << static_cast<int>(order) << (descending ? " descending" : "");
        }
}

TEST_F(ClaimPagingTest, ContinuingAfterKeepsTheFilter) {
    ClaimQuery query;
    query.order = Order::Speaker;
    query.speakerId = m_store->claims({})->front().speakerId;
    const auto everything = idsOf(query);
    ASSERT_GE(everything.size(), 3u);
    ClaimQuery page = query;
    page.limit = 2;
    page.after = everything[0];
    EXPECT_EQ(idsOf(page), (std::vector<std::int64_t>{everything[1], everything[2]}));
}

// The orders on a column of claims have an index: the first page walks
// it from the start and a page continuing after a row seeks in it; no
// sort of every claim either way.
TEST_F(ClaimPagingTest, IndexedOrdersReadTheirIndexInsteadOfSortingEveryClaim) {
    for (Order order : {Order::Document, Order::Status, Order::StatedOn, Order::Content, Order::Kind,
                        Order::Credibility, Order::Verdict, Order::Type})
        for (bool continuing : {false, true}) {
            ClaimQuery query;
            query.order = order;
            query.limit = 200;
            if (continuing)
                query.after = m_store->claims({})->at(7).id;
            auto plan = claimsQueryPlan(*m_store, query);
            ASSERT_TRUE(plan.ok()) << plan.error();
            // The page's ids are chosen in a subquery, before the outer
            // query reads their rows (and sorts those 200 alone).
            const auto from = plan->find("MATERIALIZE page");
            const auto to = plan->find("SCAN page");
            ASSERT_NE(from, std::string::npos) << *plan;
            ASSERT_NE(to, std::string::npos) << *plan;
            const std::string choosing = plan->substr(from, to - from);
            EXPECT_EQ(choosing.find("TEMP B-TREE"), std::string::npos) << choosing;
            const std::string walk = continuing ? "SEARCH c USING INDEX claims_" : "SCAN c USING INDEX claims_";
            EXPECT_NE(choosing.find(walk), std::string::npos) << choosing;
        }
}

}  // namespace
}  // namespace claimdesk::store
