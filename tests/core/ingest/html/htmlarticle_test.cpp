#include <gtest/gtest.h>

#include <string>

#include "core/ingest/html/htmlarticle.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

using claimdesk::testing::readFile;
using claimdesk::testing::sourceDir;

std::string fixture(const std::string& name) {
    return readFile(sourceDir() / "tests" / "core" / "ingest" / "html" / "fixtures" / name);
}

std::string bodyOf(const HtmlArticle& a) {
    text::OffsetMap map(a.text);
    return text::sliceCodePoints(a.text, map, a.body.start, a.body.end);
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// A short article body, long enough to be taken for one.
const std::string kParagraphs =
    "<p>The harbour bridge will reopen to traffic on Friday after six weeks of repairs, the city's "
    "transport office said on Tuesday, ending a long detour for commuters.</p>"
    "<p>Engineers replaced corroded cables, resurfaced the deck and installed new lighting, according "
    "to a statement from the office, which put the cost at 4.2 million euros.</p>"
    "<p>Local businesses near the bridge, many of which reported lower sales during the closure, "
    "welcomed the news, though some said they would wait and see.</p>";

std::string page(const std::string& head, const std::string& body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

class NewsPage : public ::testing::Test {
protected:
    void SetUp() override {
        auto result = extractHtmlArticle(fixture("news-page.html"));
        ASSERT_TRUE(result.ok()) << result.error();
        article = *result;
        body = bodyOf(article);
    }
    HtmlArticle article;
    std::string body;
};

TEST_F(NewsPage, BodyRunsFromTheFirstToTheLastParagraph) {
    EXPECT_TRUE(body.starts_with("The harbour bridge will reopen")) << body;
    EXPECT_TRUE(body.ends_with("whether customers returned.")) << body;
    EXPECT_TRUE(contains(body, "\"We know the closure was hard on residents")) << body;
}

TEST_F(NewsPage, HeadlineAndBylineStayInTheTextButOutOfTheBody) {
    EXPECT_TRUE(contains(article.text, "Harbour bridge to reopen after repairs\n"));
    EXPECT_TRUE(contains(article.text, "By Mara Lindqvist"));
    EXPECT_FALSE(contains(body, "Harbour bridge to reopen after repairs"));
    EXPECT_FALSE(contains(body, "By Mara Lindqvist"));
    EXPECT_FALSE(contains(body, "5 March 2024"));
}

TEST_F(NewsPage, BoilerplateStaysOutOfTheBody) {
    for (const char* furniture : {"Skip to content", "Sport", "Ferry timetable", "Share on social media",
                                  "morning briefing", "Most popular", "Storm warning", "nightmare",
                                  "All rights reserved", "covers transport and city hall"})
        EXPECT_FALSE(contains(body, furniture)) << furniture << " in\n" << body;
}

TEST_F(NewsPage, ScriptsStylesNavigationAndFormsNeverReachTheText) {
    for (const char* hidden : {"analytics", "tracking text", "font-family", "News\nSport", "Weather",
                               "morning briefing", "Sign up"})
        EXPECT_FALSE(contains(article.text, hidden)) << hidden << " in\n" << article.text;
    // Comments and the footer are page text, only not article text.
    EXPECT_TRUE(contains(article.text, "nightmare"));
    EXPECT_TRUE(contains(article.text, "All rights reserved"));
}

TEST_F(NewsPage, MetadataComesFromTheMetaTags) {
    EXPECT_EQ(article.title, "Harbour bridge to reopen after repairs");
    EXPECT_EQ(article.authors, std::vector<std::string>{"Mara Lindqvist"});
    ASSERT_TRUE(article.published.has_value());
    EXPECT_EQ(*article.published, "2024-03-05");
    EXPECT_EQ(article.outlet, "The Coastal Courier");
}

struct TextCase {
    const char* name;
    std::string html;
    std::string expected;  // the whole text
};

void PrintTo(const TextCase& c, std::ostream* os) { *os << c.name; }

class HtmlText : public ::testing::TestWithParam<TextCase> {};

TEST_P(HtmlText, RendersReadableText) {
    auto result = extractHtmlArticle(GetParam().html);
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->text, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlText,
    ::testing::Values(
        TextCase{"blocks", page("", "<div>one</div><div>two</div><p>three<br>four</p><h2>five</h2>six"),
                 "one\ntwo\nthree\nfour\nfive\nsix\n"},
        TextCase{"inline", page("", "<p><b>bold</b><i>italic</i> and <span>a</span> <span>b</span></p>"),
                 "bolditalic and a b\n"},
        TextCase{"lists_and_cells",
                 page("", "<ul><li>alpha</li><li>beta</li></ul><table><tr><td>x</td><td>y</td></tr></table>"),
                 "alpha\nbeta\nx y\n"},
        TextCase{"entities", page("", "<p>Fish &amp; chips &eacute;t&eacute; &#8217;s &lt;b&gt; a&nbsp;b</p>"),
                 "Fish & chips \xC3\xA9t\xC3\xA9 \xE2\x80\x99s <b> a b\n"},
        TextCase{"whitespace", page("", "<p>  many \n\t spaces   here  </p>\n\n<p>\nnext</p>"),
                 "many spaces here\nnext\n"},
        TextCase{"hidden",
                 page("<style>p{}</style>",
                      "<p>seen</p><p hidden>attr</p><p aria-hidden=\"true\">aria</p>"
                      "<p style=\"display: none\">styled</p><div style=\"visibility:hidden\">invisible</div>"
                      "<!-- a comment --><template><p>template</p></template><script>code()</script>"
                      "<noscript>enable js</noscript><svg><text>drawn</text></svg><button>Click</button>"
                      "<p>also seen</p>"),
                 "seen\nalso seen\n"},
        TextCase{"pre_keeps_lines", page("", "<pre>line one\nline two</pre>"), "line one\nline two\n"}),
    [](const ::testing::TestParamInfo<TextCase>& info) { return std::string(info.param.name); });

TEST(HtmlArticle, ReadsJsonLdInAGraph) {
    const std::string head =
        "<title>Ignored title - Example News</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"Example News\"},"
        "{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":\"Tomas Berg\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"Council approves the budget\","
        "\"datePublished\":\"2023-11-30T18:00:00+01:00\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"@id\":\"#p2\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]}</script>";
    auto result = extractHtmlArticle(page(head, kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->title, "Council approves the budget");
    EXPECT_EQ(result->authors, (std::vector<std::string>{"Ana Ruiz", "Tomas Berg"}));
    ASSERT_TRUE(result->published.has_value());
    EXPECT_EQ(*result->published, "2023-11-30");
    EXPECT_EQ(result->outlet, "Example News");
}

TEST(HtmlArticle, ReadsAnArrayOfJsonLdNodesAndSkipsBrokenOnes) {
    const std::string head =
        "<script type=\"application/ld+json\">{ not json at all</script>"
        "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\",\"name\":\"Crumbs\"},"
        "{\"@type\":\"BlogPosting\",\"name\":\"Notes from the field\",\"author\":\"Ola Nordmann\","
        "\"datePublished\":\"2021/06/01\"}]</script>";
    auto result = extractHtmlArticle(page(head, kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->title, "Notes from the field");
    EXPECT_EQ(result->authors, std::vector<std::string>{"Ola Nordmann"});
    ASSERT_TRUE(result->published.has_value());
    EXPECT_EQ(*result->published, "2021-06-01");
}

TEST(HtmlArticle, TitleLosesTheSiteNameSegment) {
    auto result = extractHtmlArticle(
        page("<title>Rail strike called off at the last minute | Daily Ledger</title>", kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->title, "Rail strike called off at the last minute");

    result = extractHtmlArticle(page(
        "<meta property=\"og:site_name\" content=\"Daily Ledger\">"
        "<meta property=\"og:title\" content=\"Rail strike called off at the last minute - Daily Ledger\">",
        kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->title, "Rail strike called off at the last minute");
}

TEST(HtmlArticle, MetaAuthorIsSplitAndAUrlAuthorIgnored) {
    auto result = extractHtmlArticle(page(
        "<meta property=\"article:author\" content=\"https://example.org/staff/jane\">"
        "<meta name=\"author\" content=\"By Jane Doe and John Roe\">"
        "<meta name=\"date\" content=\"2020-02-29\">",
        kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
    ASSERT_TRUE(result->published.has_value());
    EXPECT_EQ(*result->published, "2020-02-29");
}

TEST(HtmlArticle, NamesAreSplitWhateverTheCaseAndLanguage) {
    for (const auto& [byline, expected] :
         {std::pair<std::string, std::vector<std::string>>{"ANA RUIZ AND TOMAS BERG", {"ANA RUIZ", "TOMAS BERG"}},
          {"Par Claire Martin et Paul Roux", {"Claire Martin", "Paul Roux"}},
          {"Von Jana Weber und Ole Hansen", {"Jana Weber", "Ole Hansen"}},
          {"Ana Ruiz, Tomas Berg & Lena Holm", {"Ana Ruiz", "Tomas Berg", "Lena Holm"}}}) {
        auto result = extractHtmlArticle(page("<meta name=\"author\" content=\"" + byline + "\">", kParagraphs));
        ASSERT_TRUE(result.ok()) << result.error();
        EXPECT_EQ(result->authors, expected) << byline;
    }
}

TEST(HtmlArticle, BylineElementGivesTheAuthors) {
    auto result = extractHtmlArticle(
        page("", "<article><h1>Rail strike called off</h1>"
                 "<p class=\"byline\">By Kofi Mensah &amp; Lena Holm | Reuters</p>" +
                     kParagraphs + "</article>"));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->authors, (std::vector<std::string>{"Kofi Mensah", "Lena Holm"}));
    EXPECT_TRUE(bodyOf(*result).starts_with("The harbour bridge")) << bodyOf(*result);
}

TEST(HtmlArticle, MarkedNamePartsOfABylineLeaveTheRoleOut) {
    auto result = extractHtmlArticle(
        page("", "<article><div class=\"author\"><a class=\"author-link\" href=\"/x\">Ben Okri</a>"
                 "<span>Games Editor</span></div>" + kParagraphs + "</article>"));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->authors, std::vector<std::string>{"Ben Okri"});
}

TEST(HtmlArticle, BylineDateIsNoPartOfTheName) {
    for (const std::string& byline :
         {std::string("<cite class=\"byline vcard\"><span>By </span><span class=\"fn\">Ama Owusu</span> "
                      "<abbr>March 11, 2015 3:46 PM</abbr></cite>"),
          std::string("<div class=\"byline\">By Ama Owusu March 11, 2015 3:46 PM</div>"),
          std::string("<div class=\"byline\">By Ama Owusu, Sunday</div>")}) {
        auto result = extractHtmlArticle(page("", "<article>" + byline + kParagraphs + "</article>"));
        ASSERT_TRUE(result.ok()) << result.error();
        EXPECT_EQ(result->authors, std::vector<std::string>{"Ama Owusu"}) << byline;
    }
}

TEST(HtmlArticle, AuthorLinkInMetaIsLeftOut) {
    auto result = extractHtmlArticle(
        page("<meta name=\"author\" content=\"Ada Byron (https://example.org/ada/)\">", kParagraphs));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->authors, std::vector<std::string>{"Ada Byron"});
}

TEST(HtmlArticle, HeadlineInsideAnArticleHeaderStaysInTheText) {
    auto result = extractHtmlArticle(page(
        "<title>Rail strike called off | Daily Ledger</title>",
        "<article><header class=\"article-header\"><h1>Rail strike called off</h1>"
        "<p class=\"byline\">By Jane Doe</p></header>" + kParagraphs + "</article>"));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_TRUE(contains(result->text, "Rail strike called off\n")) << result->text;
    EXPECT_TRUE(contains(result->text, "By Jane Doe\n")) << result->text;
    EXPECT_TRUE(bodyOf(*result).starts_with("The harbour bridge")) << bodyOf(*result);
}

TEST(HtmlArticle, TimeElementDatesThePage) {
    auto result = extractHtmlArticle(
        page("", "<article><time datetime=\"2019-08-07\">7 August</time>" + kParagraphs + "</article>"));
    ASSERT_TRUE(result.ok()) << result.error();
    ASSERT_TRUE(result->published.has_value());
    EXPECT_EQ(*result->published, "2019-08-07");
}

TEST(HtmlArticle, TheArticlesOwnTimeDatesItNotASidebarOne) {
    auto result = extractHtmlArticle(page(
        "", "<aside><ul><li><a href=\"/old\">An older story</a> <time datetime=\"2020-01-01\">1 Jan</time></li></ul></aside>"
            "<main><div class=\"meta\"><time datetime=\"2024-03-05T08:00\">5 March</time></div>"
            "<div class=\"story\">" + kParagraphs + "</div></main>"
            "<section class=\"comments\"><time datetime=\"2024-03-09\">9 March</time><p>Nice.</p></section>"));
    ASSERT_TRUE(result.ok()) << result.error();
    ASSERT_TRUE(result->published.has_value());
    EXPECT_EQ(*result->published, "2024-03-05");
}

TEST(HtmlArticle, PageWithNoReadableTextFails) {
    for (const std::string& html :
         {std::string(""), page("<title>Only a title</title><script>var x = 1;</script>", "  \n "),
          page("", "<div style=\"display:none\">hidden</div><nav>Menu</nav>")}) {
        auto result = extractHtmlArticle(html);
        ASSERT_FALSE(result.ok()) << html;
        EXPECT_EQ(result.error(), "HTML page has no readable text");
    }
}

TEST(HtmlArticle, ASmallPageWithoutContainersIsAllBody) {
    auto result = extractHtmlArticle("<p>Just one short line of text.</p>");
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->text, "Just one short line of text.\n");
    EXPECT_EQ(bodyOf(*result), "Just one short line of text.");
}

TEST(HtmlArticle, AMegabytePageIsReadWhole) {
    // How fast is bench/'s business (docs/performance.md): a wall-clock
    // bound here failed whenever the shared machine was busy.
    std::string body;
    for (int i = 0; body.size() < 1'000'000; ++i)
        body += "<div class=\"section\"><p>Paragraph " + std::to_string(i) +
                ", with a comma, and some <a href=\"/x\">linked words</a> in it to score.</p></div>\n";
    const std::string html = page("<title>Big</title>", "<article>" + body + "</article>");
    auto result = extractHtmlArticle(html);
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_GT(result->body.length(), 500'000);
}

TEST(HtmlArticle, ARiverOfTeasersBesideTheStoryStaysOutOfTheBody) {
    // The page section holding the story and a long stream of teasers scores
    // higher than the story's own column; it is still not the article.
    std::string story;
    for (int i = 0; i < 3; ++i)
        story += kParagraphs;
    std::string river;
    for (int i = 0; i < 24; ++i)
        river += "<div class=\"item\"><h3><a href=\"/s" + std::to_string(i) + "\">Another story number " +
                 std::to_string(i) + "</a></h3><p>A summary of that other story, with a comma, long enough to "
                 "score as a paragraph of its own, and then, some more words, to be sure, of it.</p></div>";
    auto result = extractHtmlArticle(page(
        "", "<div class=\"page\"><div class=\"column\"><div class=\"story-body\">" + story + "</div>"
            "<a href=\"/more\">More from the city desk</a></div><div class=\"stream\">" + river + "</div></div>"));
    ASSERT_TRUE(result.ok()) << result.error();
    const std::string body = bodyOf(*result);
    EXPECT_TRUE(body.starts_with("The harbour bridge")) << body;
    EXPECT_TRUE(body.ends_with("wait and see.")) << body;
    EXPECT_FALSE(contains(body, "Another story")) << body;
}

TEST(HtmlArticle, ParagraphsMadeOfLineBreaksAreRead) {
    auto result = extractHtmlArticle(page(
        "", "<div id=\"sidebar\"><a href=\"/a\">Archive</a> <a href=\"/b\">About me</a></div>"
            "<div class=\"post-body\">We walked to the old harbour this morning, past the fish market, the ferry "
            "terminal and the closed bridge.<br><br>The repairs, the foreman told us, would take another week, "
            "maybe two, depending on the weather.<br><br>On the way back, we stopped for coffee, and watched the "
            "cranes lift new cables into place.</div>"));
    ASSERT_TRUE(result.ok()) << result.error();
    const std::string body = bodyOf(*result);
    EXPECT_TRUE(body.starts_with("We walked to the old harbour")) << body;
    EXPECT_TRUE(contains(body, "two, depending on the weather.\nOn the way back")) << body;
    EXPECT_TRUE(body.ends_with("new cables into place.")) << body;
    EXPECT_FALSE(contains(body, "Archive")) << body;
}

TEST(HtmlArticle, AdLabelsAndLoadingPlaceholdersLeaveTheBody) {
    auto result = extractHtmlArticle(page(
        "", "<article><p>The harbour bridge will reopen to traffic on Friday after six weeks of repairs, the "
            "city's transport office said on Tuesday, ending a long detour for commuters.</p>"
            "<div class=\"slot\"><span>Advertisement</span></div>"
            "<p>Engineers replaced corroded cables, resurfaced the deck and installed new lighting, according to a "
            "statement from the office, which put the cost at 4.2 million euros.</p>"
            "<p>Local businesses near the bridge, many of which reported lower sales during the closure, "
            "welcomed the news, though some said they would wait and see.</p><div>Loading\xE2\x80\xA6</div></article>"));
    ASSERT_TRUE(result.ok()) << result.error();
    const std::string body = bodyOf(*result);
    EXPECT_FALSE(contains(body, "Advertisement")) << body;
    EXPECT_FALSE(contains(body, "Loading")) << body;
    EXPECT_TRUE(body.ends_with("wait and see.")) << body;
}

TEST(HtmlArticle, AFormWrappingTheWholePageIsRead) {
    // Server-generated pages put everything inside one <form>.
    std::string paragraphs;
    for (int i = 0; i < 4; ++i)
        paragraphs += kParagraphs;
    auto result = extractHtmlArticle(page("", "<form id=\"aspnetForm\" action=\"/page\"><div class=\"story\">" +
                                                  paragraphs + "</div><input type=\"hidden\" value=\"x\"></form>"));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_TRUE(bodyOf(*result).starts_with("The harbour bridge")) << result->text;
    EXPECT_TRUE(bodyOf(*result).ends_with("wait and see.")) << result->text;
}

TEST(HtmlArticle, LegacyCharsetsAreDecoded) {
    // "café crème" in windows-1252 / ISO-8859-1, declared either way or not at all.
    for (const std::string& head : {std::string("<meta charset=\"iso-8859-1\">"),
                                    std::string("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
                                    std::string()}) {
        auto result = extractHtmlArticle(page(head, "<p>caf\xE9 cr\xE8me</p>"));
        ASSERT_TRUE(result.ok()) << result.error();
        EXPECT_EQ(result->text, "caf\xC3\xA9 cr\xC3\xA8me\n") << head;
    }
    // Shift_JIS: "日本" (0x93FA 0x967B).
    auto result = extractHtmlArticle(page("<meta charset=\"shift_jis\">", "<p>\x93\xFA\x96\x7B</p>"));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_EQ(result->text, "\xE6\x97\xA5\xE6\x9C\xAC\n");
}

TEST(HtmlArticle, DeeplyNestedPageIsRead) {
    std::string open, close;
    for (int i = 0; i < 3000; ++i) {
        open += "<div class=\"wrap\">";
        close += "</div>";
    }
    auto result = extractHtmlArticle(page("", open + kParagraphs + close));
    ASSERT_TRUE(result.ok()) << result.error();
    EXPECT_TRUE(bodyOf(*result).starts_with("The harbour bridge")) << bodyOf(*result);
    EXPECT_TRUE(bodyOf(*result).ends_with("wait and see.")) << bodyOf(*result);
}

}  // namespace
}  // namespace claimdesk::ingest
