#include <gtest/gtest.h>

#include "core/ingest/ingest.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

using claimdesk::testing::TempDir;

TEST(IngestPlainText, KeepsTheFileTextAndReadsTheLeadingDate) {
    TempDir dir;
    const std::string text = " date 2025-02-03 Officials said on Monday that the bridge would reopen.\n";
    auto doc = loadFile(dir.write("a.txt", text));
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_EQ(doc->text, text);
    EXPECT_EQ(doc->original, text);
    EXPECT_EQ(doc->fileName, "a.txt");
    EXPECT_EQ(doc->mediaType, MediaType::PlainText);
    ASSERT_TRUE(doc->source.published.has_value());
    EXPECT_EQ(*doc->source.published, "2025-02-03");
    EXPECT_EQ(doc->sha256.size(), 64u);
}

TEST(IngestPlainText, StripsAByteOrderMarkFromTheText) {
    auto doc = loadBytes("\xEF\xBB\xBFHello world. A sentence.\n", "bom.txt");
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_EQ(doc->text, "Hello world. A sentence.\n");
}

TEST(IngestPlainText, DefaultPublishedDateFillsOnlyAMissingDate) {
    IngestOptions options;
    options.defaultPublished = "2016-09-12";
    auto undated = loadBytes("A text without a date line.\n", "u.txt", options);
    ASSERT_TRUE(undated.ok());
    EXPECT_EQ(undated->source.published.value_or(""), "2016-09-12");
    auto dated = loadBytes("date 2025-01-04\nA text with a date line.\n", "d.txt", options);
    ASSERT_TRUE(dated.ok());
    EXPECT_EQ(dated->source.published.value_or(""), "2025-01-04");
}

TEST(IngestHtml, LeavesScriptsStylesAndCommentsOutAndDecodesEntities) {
    const std::string html =
        "<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<script>var x = 'never';</script><!-- hidden comment -->"
        "<p>Fish &amp; chips</p><p>cost&nbsp;more</p></body></html>";
    auto doc = loadBytes(html, "page.html");
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_EQ(doc->mediaType, MediaType::Html);
    EXPECT_EQ(doc->text.find("never"), std::string::npos);
    EXPECT_EQ(doc->text.find("color"), std::string::npos);
    EXPECT_EQ(doc->text.find("hidden comment"), std::string::npos);
    EXPECT_NE(doc->text.find("Fish & chips\n"), std::string::npos) << doc->text;
    EXPECT_EQ(doc->original, html);
}

TEST(CollectArticles, FindsArticleFilesInFoldersInAStableOrder) {
    TempDir dir;
    dir.write("b/2.html", "<p>x</p>");
    dir.write("b/1.txt", "x");
    dir.write("b/notes.md", "x");
    CollectedPaths found = collectArticles({dir.path().string()});
    EXPECT_TRUE(found.errors.empty());
    ASSERT_EQ(found.files.size(), 2u);
    EXPECT_EQ(found.files[0].filename(), "1.txt");
    EXPECT_EQ(found.files[1].filename(), "2.html");
}

}  // namespace
}  // namespace claimdesk::ingest

namespace claimdesk::ingest {
namespace {

TEST(IngestPdf, ReadsTheTextLayerInReadingOrder) {
    auto doc = loadFile(claimdesk::testing::testDataDir() / "ingest" / "article.pdf");
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_EQ(doc->mediaType, MediaType::Pdf);
    EXPECT_EQ(doc->original.substr(0, 5), "%PDF-");
    EXPECT_NE(doc->text.find("Mayor Oleksa Hrytsenko said on Tuesday."), std::string::npos) << doc->text;
    // Page two follows page one.
    EXPECT_LT(doc->text.find("he told reporters"), doc->text.find("Engineers found cracks"));
    EXPECT_LE(doc->body.end, text::codePointCount(doc->text));
}

}  // namespace
}  // namespace claimdesk::ingest
