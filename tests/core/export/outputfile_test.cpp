// Regression (issue 14): writing an export by rename replaced what the
// output path was: /dev/null, a FIFO or a symbolic link became a file.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <future>

#include "core/export/outputfile.h"
#include "testsupport.h"

namespace claimdesk::exporting {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

mode_t modeOf(const fs::path& path) {
    struct stat st{};
    EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
    return st.st_mode;
}

TEST(OutputFile, ANewFileIsWrittenWithTheUsualModeAndNoTemporaryLeft) {
    TempDir dir;
    const fs::path out = dir.file("export.json");
    ASSERT_TRUE(writeOutputFile(out.string(), "{}\n").ok());
    EXPECT_EQ(testing::readFile(out), "{}\n");
    EXPECT_TRUE(S_ISREG(modeOf(out)));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(OutputFile, AnExistingFileIsReplacedWholeAndKeepsItsMode) {
    TempDir dir;
    const fs::path out = dir.write("export.csv", "an older, longer export\n");
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    const ino_t before = [&] { struct stat st{}; ::stat(out.c_str(), &st); return st.st_ino; }();
    ASSERT_TRUE(writeOutputFile(out.string(), "new\n").ok());
    EXPECT_EQ(testing::readFile(out), "new\n");
    EXPECT_EQ(modeOf(out) & 0777, 0640u);
    struct stat after{};
    ::stat(out.c_str(), &after);
    EXPECT_NE(after.st_ino, before) << "replaced by rename, not rewritten in place";
}

TEST(OutputFile, ASymbolicLinkIsWrittenThroughAndStaysALink) {
    TempDir dir;
    const fs::path target = dir.write("real/export.json", "old\n");
    const fs::path link = dir.file("link.json");
    fs::create_symlink("real/export.json", link);
    ASSERT_TRUE(writeOutputFile(link.string(), "new\n").ok());
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_EQ(testing::readFile(target), "new\n");
}

TEST(OutputFile, ADanglingLinkGetsItsTargetMade) {
    TempDir dir;
    const fs::path link = dir.file("link.json");
    fs::create_symlink("made.json", link);
    ASSERT_TRUE(writeOutputFile(link.string(), "x").ok());
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_EQ(testing::readFile(dir.file("made.json")), "x");
}

TEST(OutputFile, AFifoIsWrittenInPlaceAndStaysAFifo) {
    TempDir dir;
    const fs::path fifo = dir.file("pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto reader = std::async(std::launch::async, [&] { return testing::readFile(fifo); });
    ASSERT_TRUE(writeOutputFile(fifo.string(), "through the pipe\n").ok());
    EXPECT_EQ(reader.get(), "through the pipe\n");
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
}

TEST(OutputFile, ANullDeviceStaysADevice) {
    // As root a rename would replace the device: a private node of
    // /dev/null's numbers is used then, so a failure harms nothing.
    TempDir dir;
    fs::path device = "/dev/null";
    if (::geteuid() == 0) {
        device = dir.file("null");
        ASSERT_EQ(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
    }
    ASSERT_TRUE(writeOutputFile(device.string(), "discarded").ok());
    EXPECT_TRUE(S_ISCHR(modeOf(device)));
    EXPECT_TRUE(writesInPlace(device.string()));
}

TEST(OutputFile, ThisProcessStreamsAreWrittenInPlace) {
    EXPECT_TRUE(writesInPlace("/dev/stdout"));
    EXPECT_TRUE(writesInPlace("/proc/self/fd/1"));
    TempDir dir;
    EXPECT_FALSE(writesInPlace(dir.file("new.json").string()));
    EXPECT_FALSE(writesInPlace(dir.write("old.json", "x").string()));
}

TEST(OutputFile, AnUnwritablePlaceIsOneLineNamingThePath) {
    const Status s = writeOutputFile("/nonexistent/folder/export.json", "x");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), "/nonexistent/folder/export.json: cannot write (No such file or directory)");
}

}  // namespace
}  // namespace claimdesk::exporting
