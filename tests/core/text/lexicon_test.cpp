#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/text/lexicon.h"
#include "testsupport.h"

namespace claimdesk::text {
namespace {

TEST(Lexicon, ReadsEntriesWithFieldsSkippingCommentsAndBlankLines) {
    testing::TempDir dir;
    dir.write("lexicons/sample.txt", "# a comment\n\nfall\tFA\r\nspring\tSP\textra\nsolo\n");
    ::setenv("CLAIMDESK_DATA_DIR", dir.path().c_str(), 1);
    const auto& entries = lexicon("sample");
    ::unsetenv("CLAIMDESK_DATA_DIR");
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].key, "fall");
    EXPECT_EQ(entries[0].fields, std::vector<std::string>{"FA"});
    EXPECT_EQ(entries[1].fields, (std::vector<std::string>{"SP", "extra"}));
    EXPECT_TRUE(entries[2].fields.empty());
}

TEST(Lexicon, AMissingFileIsAnErrorNamingIt) {
    try {
        lexicon("no-such-lexicon");
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-lexicon.txt"), std::string::npos);
    }
}

TEST(Lexicon, WithoutAnOverrideTheDataIsShareClaimdeskBesideTheExecutablesFolder) {
    ::unsetenv("CLAIMDESK_DATA_DIR");
    const auto exe = std::filesystem::read_symlink("/proc/self/exe");
    EXPECT_EQ(dataDirectory(), exe.parent_path().parent_path() / "share" / "claimdesk");
    // The build tree mirrors the install layout, so the lexicons are there.
    EXPECT_TRUE(std::filesystem::exists(dataDirectory() / "lexicons" / "attribution_cues.txt"));
}

}  // namespace
}  // namespace claimdesk::text
