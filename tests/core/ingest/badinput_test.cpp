// Every kind of bad input gets one clear line naming the file and the problem.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ingest/ingest.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

using claimdesk::testing::TempDir;
using ::testing::HasSubstr;

TEST(IngestBadInput, MissingFile) {
    auto doc = loadFile("/nonexistent/folder/article.txt");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), "/nonexistent/folder/article.txt: no such file");
}

TEST(IngestBadInput, EmptyFile) {
    TempDir dir;
    const auto path = dir.write("empty.txt", "  \n\n ");
    auto doc = loadFile(path);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), path.string() + ": empty file (no text)");
}

TEST(IngestBadInput, BinaryFile) {
    TempDir dir;
    const auto path = dir.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    auto doc = loadFile(path);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), path.string() + ": binary file, not text");
}

TEST(IngestBadInput, InvalidUtf8) {
    TempDir dir;
    const auto path = dir.write("latin1.txt", "Caf\xE9 au lait, said the waiter.\n");
    auto doc = loadFile(path);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), path.string() + ": invalid UTF-8 at byte 3");
}

TEST(IngestBadInput, FileOverTheSizeLimit) {
    TempDir dir;
    const auto path = dir.write("big.txt", std::string(2048, 'a'));
    IngestOptions options;
    options.maxFileBytes = 1024;
    auto doc = loadFile(path, options);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), path.string() + ": file too large (2048 bytes; the limit is 1024)");
}

TEST(IngestBadInput, HtmlPageWithoutText) {
    TempDir dir;
    const auto path = dir.write("blank.html",
                                "<html><head><script>var a;</script></head><body><nav>x</nav><img src=a.png></body></html>");
    auto doc = loadFile(path);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), path.string() + ": HTML page has no readable text");
}

TEST(IngestBadInput, DamagedPdf) {
    TempDir dir;
    const auto path = dir.write("broken.pdf", "%PDF-1.4\nthis is not really a pdf\n");
    auto doc = loadFile(path);
    ASSERT_FALSE(doc.ok());
    EXPECT_THAT(doc.error(), HasSubstr(path.string() + ": "));
    EXPECT_THAT(doc.error(), HasSubstr("PDF"));
}

TEST(IngestBadInput, FolderWithoutArticles) {
    TempDir dir;
    dir.write("readme.md", "nothing to read");
    CollectedPaths found = collectArticles({dir.path().string()});
    EXPECT_TRUE(found.files.empty());
    ASSERT_EQ(found.errors.size(), 1u);
    EXPECT_EQ(found.errors[0], dir.path().string() + ": folder has no articles (.txt, .html, .htm, .xhtml, .pdf)");
}

TEST(IngestBadInput, MissingPathInABatch) {
    TempDir dir;
    const auto good = dir.write("good.txt", "A sentence.");
    CollectedPaths found = collectArticles({good.string(), (dir.path() / "gone").string()});
    ASSERT_EQ(found.files.size(), 1u);
    ASSERT_EQ(found.errors.size(), 1u);
    EXPECT_EQ(found.errors[0], (dir.path() / "gone").string() + ": no such file or folder");
}

}  // namespace
}  // namespace claimdesk::ingest
