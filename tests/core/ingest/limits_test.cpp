// Regression (issue 14): inputs that once hung or ran out of memory, and the
// per-document limits, each failing with one line naming the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ingest/html/nesting.h"
#include "core/ingest/ingest.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

using ::testing::HasSubstr;

std::string sentences(std::size_t bytes) {
    std::string out;
    while (out.size() < bytes)
        out += "The minister said on Monday that 40 families had been moved. ";
    return out;
}

TEST(IngestLimits, ANulPastTheFirst8KbIsRefusedWithItsOffset) {
    std::string text = sentences(12000);
    text[9000] = '\0';
    auto doc = loadBytes(text, "nul.txt");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), "nul.txt: binary file, not text (a NUL byte at byte 9000)");
}

TEST(IngestLimits, Utf16WithAByteOrderMarkIsDecoded) {
    const std::u16string text = u"Mayor \u00c1gnes Kov\u00e1cs said the bridge would reopen on 3 March 2025.\n";
    std::string little("\xFF\xFE", 2), big("\xFE\xFF", 2);
    for (char16_t unit : text) {
        little += static_cast<char>(unit & 0xFF);
        little += static_cast<char>(unit >> 8);
        big += static_cast<char>(unit >> 8);
        big += static_cast<char>(unit & 0xFF);
    }
    for (const std::string& bytes : {little, big}) {
        auto doc = loadBytes(bytes, "windows.txt");
        ASSERT_TRUE(doc.ok()) << doc.error();
        EXPECT_EQ(doc->text, "Mayor \xC3\x81gnes Kov\xC3\xA1""cs said the bridge would reopen on 3 March 2025.\n");
        EXPECT_EQ(doc->original, bytes) << "the file's bytes are kept as they were";
        EXPECT_EQ(doc->mediaType, MediaType::PlainText);
    }
}

TEST(IngestLimits, Utf16HtmlWithAByteOrderMarkIsDecoded) {
    const std::string page = "<html><body><article><p>The mayor said the bridge would reopen.</p></article></body></html>";
    std::string bytes("\xFF\xFE", 2);
    for (char c : page) {
        bytes += c;
        bytes += '\0';
    }
    auto doc = loadBytes(bytes, "page.html");
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_THAT(doc->text, HasSubstr("The mayor said the bridge would reopen."));
}

TEST(IngestLimits, MalformedUtf16IsOneLine) {
    const std::string odd("\xFF\xFE" "a\0b", 5);
    EXPECT_EQ(loadBytes(odd, "odd.txt").error(), "odd.txt: malformed UTF-16LE text (an odd number of bytes)");
    const std::string lone("\xFF\xFE" "a\0\x00\xD8" "b\0", 8);  // a high surrogate alone
    EXPECT_THAT(loadBytes(lone, "lone.txt").error(), HasSubstr("lone.txt: malformed UTF-16LE text"));
}

TEST(IngestLimits, ATextOverTheLimitIsRefusedBeforeItIsRead) {
    IngestOptions options;
    options.maxTextBytes = 1000;
    auto doc = loadBytes(sentences(2000), "long.txt", options);
    ASSERT_FALSE(doc.ok());
    EXPECT_THAT(doc.error(), ::testing::MatchesRegex("long\\.txt: text too long \\([0-9]+ bytes; the limit is 1000\\)"));
}

TEST(IngestLimits, AReadingTextOverTheLimitIsRefusedForHtmlToo) {
    IngestOptions options;
    options.maxTextBytes = 1000;
    auto doc = loadBytes("<html><body><p>" + sentences(2000) + "</p></body></html>", "long.html", options);
    ASSERT_FALSE(doc.ok());
    EXPECT_THAT(doc.error(), HasSubstr("long.html: text too long ("));
}

TEST(IngestLimits, ARunWithoutSpacesOverTheLimitIsRefusedWithWhereItStarts) {
    IngestOptions options;
    options.maxWordLength = 50;
    auto doc = loadBytes("The minister said " + std::string(60, '7') + " people came.", "digits.txt", options);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(),
              "digits.txt: a run of more than 50 characters without a space at character 18 (the limit is 50)");
    EXPECT_TRUE(loadBytes("The minister said " + std::string(50, '7') + " people came.", "ok.txt", options).ok());
}

TEST(IngestLimits, HtmlNestedPastTheLimitIsRefusedBeforeItIsParsed) {
    std::string deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "<p>The minister said 40 people came on Monday.</p>";
    for (int i = 0; i < 100000; ++i)
        deep += "</div>";
    deep += "</body></html>";
    auto doc = loadBytes(deep, "deep.html");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), "deep.html: HTML nested more than 1000 elements deep (the limit)");
}

TEST(HtmlNesting, CountsTheTreeABrowserWouldBuild) {
    using html::nestingDepth;
    EXPECT_EQ(nestingDepth("<html><body><div><p>x</p></div></body></html>", 100), 4u);
    // End tags HTML lets a page leave out, closed as a browser closes them.
    EXPECT_EQ(nestingDepth("<ul><li>a<li>b<li>c</ul><p>one<p>two<p>three<div>x</div>", 100), 2u);
    EXPECT_EQ(nestingDepth("<table><tr><td>a<td>b<tr><td>c</table>", 100), 3u);
    // A list inside a list item nests: the inner <li> closes only its own.
    EXPECT_EQ(nestingDepth("<ul><li>a<ul><li>b<li>c</ul><li>d</ul>", 100), 4u);
    std::string lists;
    for (int i = 0; i < 300; ++i)
        lists += "<ul><li>";
    EXPECT_EQ(nestingDepth(lists, 1000), 600u) << "nested lists cannot hide their depth";
    // Void elements, comments, scripts and stray end tags do not nest.
    EXPECT_EQ(nestingDepth("<div><br><img src=a><input><!-- <div><div> --><script>if (a<b) '<div>'</script></span></div>",
                           100), 2u);
    // "/>" closes only inside svg and math; elsewhere <div/> opens a div.
    EXPECT_EQ(nestingDepth("<svg><path/><path/><path/></svg>", 100), 1u);
    EXPECT_EQ(nestingDepth("<div/><div/><div/>", 100), 3u);
    // Attributes may hold '>' inside quotes.
    EXPECT_EQ(nestingDepth("<div title='a>b'><span>x</span></div>", 100), 2u);
}

TEST(HtmlNesting, StopsCountingPastTheLimit) {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<div>";
    EXPECT_EQ(html::nestingDepth(deep, 10), 11u);
}

}  // namespace
}  // namespace claimdesk::ingest
