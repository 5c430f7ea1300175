#include "unprivileged.h"

#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace claimdesk::testing {
namespace {

// In the child: become "nobody" (or uid/gid 65534 when it is not named).
bool dropRoot() {
    if (geteuid() != 0)
        return true;
    uid_t uid = 65534;
    gid_t gid = 65534;
    if (const passwd* pw = getpwnam("nobody")) {
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    }
    return setgroups(0, nullptr) == 0 && setgid(gid) == 0 && setuid(uid) == 0 && geteuid() != 0;
}

}  // namespace

int runUnprivileged(const std::function<int()>& check) {
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (!dropRoot())
            std::_Exit(255);
        std::_Exit(check());
    }
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) == 255)
        return -1;
    return WEXITSTATUS(status);
}

}  // namespace claimdesk::testing
