// The claimdesk executable as started from a shell.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace {

TEST(ClaimdeskApp, WithoutADisplayItSaysSoInOneLineAndFails) {
    const std::string command =
        std::string("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM '") + CLAIMDESK_WINDOW + "' 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    std::string output;
    std::array<char, 1024> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    const int status = pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status)) << "it must exit, not crash";
    EXPECT_NE(WEXITSTATUS(status), 0);
    EXPECT_EQ(std::count(output.begin(), output.end(), '\n'), 1) << output;
    EXPECT_NE(output.find("no display"), std::string::npos) << output;
}

TEST(ClaimdeskApp, StartsAndQuitsOffscreen) {
    // --version makes Qt's parser print and exit once the application exists.
    const std::string command = std::string("QT_QPA_PLATFORM=offscreen '") + CLAIMDESK_WINDOW + "' --version 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    std::string output;
    std::array<char, 1024> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    const int status = pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_NE(output.find(CLAIMDESK_VERSION), std::string::npos) << output;
}

}  // namespace
