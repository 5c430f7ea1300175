// Table-driven: every fixtures/<case>.txt is an invented article as a copy
// of its web page (or PDF) would give it, beside <case>.expected holding
// where its body starts and ends and the metadata it states.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "core/ingest/layout/textlayout.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

namespace fs = std::filesystem;

fs::path fixturesDir() {
    return claimdesk::testing::sourceDir() / "tests" / "core" / "ingest" / "textlayout" / "fixtures";
}

std::vector<std::string> fixtureNames() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(fixturesDir()))
        if (entry.path().extension() == ".txt")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

// "key: value" lines; a key with nothing after the colon expects nothing.
std::map<std::string, std::string> readExpected(const fs::path& path) {
    std::map<std::string, std::string> expected;
    std::istringstream in(claimdesk::testing::readFile(path));
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (line.empty() || colon == std::string::npos)
            continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        expected[line.substr(0, colon)] = value;
    }
    return expected;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : " | ") + n;
    return out;
}

class LayoutFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutFixture, FindsBodyAndMetadata) {
    const std::string text = claimdesk::testing::readFile(fixturesDir() / (GetParam() + ".txt"));
    const auto expected = readExpected(fixturesDir() / (GetParam() + ".expected"));
    ASSERT_TRUE(expected.count("body_starts_with") && expected.count("body_ends_with")) << GetParam();

    const TextLayout layout = analyzeTextLayout(text);
    const text::OffsetMap map(text);
    const std::string body = text::sliceCodePoints(text, map, layout.body.start, layout.body.end);

    // The body is exactly the run from the expected first words to the
    // expected last words.
    const std::string& head = expected.at("body_starts_with");
    const std::string& tail = expected.at("body_ends_with");
    const auto startByte = text.find(head);
    const auto endByte = text.find(tail);
    ASSERT_NE(startByte, std::string::npos) << "fixture lacks its own body start";
    ASSERT_NE(endByte, std::string::npos) << "fixture lacks its own body end";
    EXPECT_EQ(layout.body.start, map.toCodePoint(startByte)) << "body: " << body.substr(0, 120);
    EXPECT_EQ(layout.body.end, map.toCodePoint(endByte + tail.size()))
        << "body ends: " << body.substr(body.size() > 120 ? body.size() - 120 : 0);

    EXPECT_EQ(layout.title, expected.at("title"));
    EXPECT_EQ(joined(layout.authors), expected.at("authors"));
    EXPECT_EQ(layout.published.value_or(""), expected.at("published"));
    EXPECT_EQ(layout.outlet, expected.at("outlet"));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, LayoutFixture, ::testing::ValuesIn(fixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace claimdesk::ingest
