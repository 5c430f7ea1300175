// `team init` makes a PostgreSQL database a team project with its roles.

#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/store/postgres/teamroles.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kTeamHelp = R"(usage: claimdesk-cli team init (--store postgresql://HOST/DATABASE | --sql)

Makes a PostgreSQL database a team project: brings its schema to this
version and grants three roles their rights, enforced by the server:
claimdesk_reader (read and export), claimdesk_analyst (also review,
assess, annotate) and claimdesk_editor (everything). Make each analyst's
login a member of one: GRANT claimdesk_analyst TO ana. Run it as the
database's owner, allowed to create roles; running it again changes
nothing.

  --store URI   the project's database, a libpq connection URI; its
                password comes from ~/.pgpass or PGPASSWORD, never from
                the URI
  --sql         print the SQL that makes the roles and grants their
                rights instead, to read or run with psql
)";

}  // namespace

int runTeam(const Args& args) {
    Arguments a(args, {"--store"}, {"--help", "--sql"});
    if (a.has("--help")) {
        std::cout << kTeamHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("team", a.error());
    if (a.positional() != std::vector<std::string>{"init"})
        return usageError("team", "the one subcommand is init");
    const auto uri = a.value("--store");
    if (uri.has_value() == a.has("--sql"))
        return usageError("team", "one of --store URI or --sql is required");
    if (a.has("--sql")) {
        std::cout << store::postgres::teamRolesSql();
        return kExitOk;
    }
    if (Status s = store::postgres::initTeamProject(*uri); !s.ok()) {
        std::cerr << "claimdesk-cli team: " << s.error() << "\n";
        return kExitStoreError;
    }
    std::cout << "team project ready: roles " << store::postgres::kReaderRole << ", "
              << store::postgres::kAnalystRole << ", " << store::postgres::kEditorRole << "\n";
    return kExitOk;
}

}  // namespace claimdesk::cli
