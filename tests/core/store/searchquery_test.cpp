// Regression (issue 14): search passed the analyst's text to FTS5 as is:
// "title:zelensky" said "no such column: title", "^^^" a syntax error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "core/store/searchquery.h"
#include "storefixtures.h"

namespace claimdesk::store {
namespace {

using ::testing::HasSubstr;

TEST(SearchQuery, WordsArePhrasesAndTheOperatorsAnAnalystTypes) {
    auto q = parseSearchQuery("bridge reopen*");
    ASSERT_TRUE(q.ok()) << q.error();
    EXPECT_EQ(q->documents, "((\"bridge\") AND (\"reopen\" *))");
    EXPECT_EQ(q->claims, q->documents);
    EXPECT_EQ(parseSearchQuery("\"water intake\" OR barge")->documents, "((\"water intake\" OR \"barge\"))");
    EXPECT_EQ(parseSearchQuery("barge -diesel")->documents, "(((\"barge\")) NOT (\"diesel\"))");
    EXPECT_EQ(parseSearchQuery("barge NOT \"diesel fuel\"")->documents, "(((\"barge\")) NOT (\"diesel fuel\"))");
    EXPECT_EQ(parseSearchQuery("a AND (b)")->documents, "((\"a\") AND (\"b\"))");
}

TEST(SearchQuery, TitleIsAColumnOfDocumentsOnly) {
    auto q = parseSearchQuery("title:zelensky");
    ASSERT_TRUE(q.ok()) << q.error();
    EXPECT_EQ(q->documents, "((title : \"zelensky\"))");
    EXPECT_EQ(q->claims, "") << "claims have no title";
    EXPECT_EQ(parseSearchQuery("title:\"water crisis\"")->documents, "((title : \"water crisis\"))");
    EXPECT_EQ(parseSearchQuery("barge -title:opinion")->claims, "((\"barge\"))");
}

TEST(SearchQuery, WhatFts5WouldChokeOnIsQuotedOrDropped) {
    for (const char* text : {"^^^ bridge", "bridge \"", "\"\"\"bridge", "foo:bar", "col:x*", "NEAR(a b)", "a OR",
                             "OR a", "{title}: x", "bridge'; DROP TABLE claims; --"}) {
        auto q = parseSearchQuery(text);
        EXPECT_TRUE(q.ok()) << text << ": " << q.error();
    }
}

TEST(SearchQuery, NothingToSearchForSaysWhatToType) {
    for (const char* text : {"", "   ", "^^^", "\"\"", "-", "title:", "***"}) {
        auto q = parseSearchQuery(text);
        ASSERT_FALSE(q.ok()) << text;
        EXPECT_THAT(q.error(), HasSubstr("nothing to search for")) << text;
    }
    auto onlyOut = parseSearchQuery("-barge");
    ASSERT_FALSE(onlyOut.ok());
    EXPECT_THAT(onlyOut.error(), HasSubstr("only leaves words out"));
}

class StoreSearch : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok());
        m_store.emplace(std::move(*opened));
        ASSERT_TRUE(m_store->addDocument(testing::sampleDocument("a.txt", "Mayor Hrytsenko said the bridge would "
                                                                          "reopen on Monday."),
                                         testing::sampleAnalysis())
                        .ok());
    }
    std::optional<ProjectStore> m_store;
};

TEST_F(StoreSearch, QueriesThatWereFts5ErrorsSearchOrSayWhy) {
    auto title = m_store->search("title:bridge");
    ASSERT_TRUE(title.ok()) << title.error();
    ASSERT_EQ(title->size(), 1u) << "the sample's title is \"Bridge closed\"";
    EXPECT_EQ(title->front().kind, SearchHit::Kind::Document);

    auto carets = m_store->search("^^^");
    ASSERT_FALSE(carets.ok());
    EXPECT_EQ(carets.error().rfind("search: nothing to search for in \"^^^\"", 0), 0u) << carets.error();
    EXPECT_EQ(carets.error().find("syntax"), std::string::npos);

    // Found by fuzz_search_query: control characters inside a term.
    auto controls = m_store->search(std::string("bridge\0\0\0\x01\0\0\0\x01re*", 17));
    ASSERT_TRUE(controls.ok()) << controls.error();
    EXPECT_EQ(controls->size(), 2u);

    // Found by fuzz_search_query: a NUL inside a "phrase" made FTS5 refuse
    // the whole expression.
    auto inPhrase = m_store->search(std::string("a0JOT \"*%n@\0ob c\"", 17));
    ASSERT_TRUE(inPhrase.ok()) << inPhrase.error();
    auto bridge = m_store->search(std::string("\"the\0bridge\"", 12));
    ASSERT_TRUE(bridge.ok()) << bridge.error();
    EXPECT_EQ(bridge->size(), 2u) << "the document and its claim";

    auto mixed = m_store->search("^^^ reopen* \"");
    ASSERT_TRUE(mixed.ok()) << mixed.error();
    EXPECT_EQ(mixed->size(), 2u) << "the document and its claim";
}

}  // namespace
}  // namespace claimdesk::store
