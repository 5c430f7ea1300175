// Main-body detection over the real pages of ../shared/devsets/html, scored
// with the article-extraction benchmark's metric (runs of four words).
// Skipped when ../shared is absent.

#include <gtest/gtest.h>

#include <unicode/uchar.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/ingest/html/htmlarticle.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

namespace fs = std::filesystem;
using Shingle = std::vector<std::u32string>;

// Python's \w: letters, numbers and the underscore.
bool isWordChar(char32_t c) {
    if (c == U'_')
        return true;
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER: case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
        return true;
    default:
        return false;
    }
}

std::vector<std::u32string> tokens(const std::string& utf8) {
    std::vector<std::u32string> out;
    std::u32string cur;
    for (char32_t c : text::toUtf32(utf8)) {
        if (isWordChar(c)) {
            cur.push_back(c);
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::map<Shingle, int> shingles(const std::string& utf8) {
    const auto toks = tokens(utf8);
    std::map<Shingle, int> out;
    if (toks.empty())
        return out;
    if (toks.size() < 4) {
        ++out[Shingle(toks.begin(), toks.end())];
        return out;
    }
    for (std::size_t i = 0; i + 4 <= toks.size(); ++i)
        ++out[Shingle(toks.begin() + static_cast<long>(i), toks.begin() + static_cast<long>(i) + 4)];
    return out;
}

struct PageScore {
    double precision = -1, recall = -1;  // -1: undefined on this page
};

PageScore scorePage(const std::string& gold, const std::string& pred) {
    const auto g = shingles(gold), p = shingles(pred);
    double tp = 0, fp = 0, fn = 0;
    for (const auto& [s, n] : p) {
        auto it = g.find(s);
        const int both = it == g.end() ? 0 : std::min(n, it->second);
        tp += both;
        fp += n - both;
    }
    for (const auto& [s, n] : g) {
        auto it = p.find(s);
        fn += n - (it == p.end() ? 0 : std::min(n, it->second));
    }
    PageScore out;
    if (tp + fp > 0)
        out.precision = tp / (tp + fp);
    if (tp + fn > 0)
        out.recall = tp / (tp + fn);
    return out;
}

TEST(HtmlDevSet, BodyF1StaysAboveTheBar) {
    const fs::path set = claimdesk::testing::sharedDir() / "devsets" / "html";
    if (!fs::exists(set / "gold.json"))
        GTEST_SKIP() << "no ../shared/devsets/html";
    const auto gold = nlohmann::json::parse(claimdesk::testing::readFile(set / "gold.json"));
    double precSum = 0, recSum = 0;
    int precN = 0, recN = 0;
    for (const auto& [id, goldText] : gold.items()) {
        const fs::path file = set / "pages" / (id + ".html");
        ASSERT_TRUE(fs::exists(file)) << file;
        auto article = extractHtmlArticle(claimdesk::testing::readFile(file));
        std::string body;
        if (article.ok()) {
            text::OffsetMap map(article->text);
            body = text::sliceCodePoints(article->text, map, article->body.start, article->body.end);
        }
        const PageScore s = scorePage(goldText.get<std::string>(), body);
        if (s.precision >= 0) {
            precSum += s.precision;
            ++precN;
        }
        if (s.recall >= 0) {
            recSum += s.recall;
            ++recN;
        }
    }
    ASSERT_GT(recN, 0);
    const double p = precN ? precSum / precN : 0, r = recSum / recN;
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    RecordProperty("body_f1", std::to_string(f1));
    EXPECT_GT(f1, 0.92) << "precision " << p << " recall " << r;
}

}  // namespace
}  // namespace claimdesk::ingest
