#include "core/store/postgres/teamroles.h"

#include <string>
#include <string_view>
#include <utility>

#include "core/store/postgres/postgresengine.h"
#include "core/store/schema.h"

namespace claimdesk::store::postgres {
namespace {

// What an analyst writes: reviews (claims' status and the history),
// assessments (verdict, credibility, note and their history), annotations
// and the claims and events an annotation makes, with their search rows
// and linking marks.
constexpr const char* kAnalystTables =
    "claims, review_history, assessment_history, annotations, events, claims_fts, link_pending_claims, "
    "link_pending_events";

// Statements with "{reader}", "{analyst}", "{editor}" standing for the
// role names.
constexpr const char* kGrants[] = {
    // The analyst and the editor can do all the reader can.
    "GRANT {reader} TO {analyst}",
    "GRANT {analyst} TO {editor}",
    "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {reader}', current_database()); END $$",
    "GRANT USAGE ON SCHEMA public TO {reader}",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {reader}",
    "GRANT INSERT, UPDATE ON {analystTables} TO {analyst}",
    "GRANT DELETE ON annotations TO {analyst}",
    // lastval() after an insert needs the sequence.
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {analyst}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {analyst}",
    "GRANT ALL ON ALL TABLES IN SCHEMA public TO {editor}",
    "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {editor}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {editor}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO {editor}",
};

// `text` with every {name} replaced.
std::string expand(std::string_view text) {
    static const std::pair<std::string_view, std::string_view> kNames[] = {
        {"{reader}", kReaderRole}, {"{analyst}", kAnalystRole}, {"{editor}", kEditorRole},
        {"{analystTables}", kAnalystTables}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [name, value] : kNames) {
            if (text.substr(i, name.size()) == name) {
                out.append(value);
                i += name.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.push_back(text[i++]);
    }
    return out;
}

std::string createRole(std::string_view role) {
    std::string sql = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '";
    sql.append(role);
    sql.append("') THEN CREATE ROLE ");
    sql.append(role);
    sql.append(" NOLOGIN; END IF; END $$");
    return sql;
}

// The whole script, one statement a line.
std::string script() {
    std::string sql;
    for (const char* role : {kReaderRole, kAnalystRole, kEditorRole}) {
        sql.append(createRole(role));
        sql.append(";\n");
    }
    for (const char* grant : kGrants) {
        sql.append(expand(grant));
        sql.append(";\n");
    }
    return sql;
}

constexpr const char* kNeedsServer =
    "team roles need a project on a PostgreSQL server (a postgresql:// URI), not a file";

}  // namespace

std::string teamRolesSql() { return script(); }

Status initTeamRoles(Database& db) {
    if (db.engine() != Engine::Postgres)
        return makeError(kNeedsServer);
    Transaction tx(db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = db.exec(script()); !s.ok())
        return makeError("cannot make the team roles or grant them their rights: " + s.error());
    return tx.commit();
}

Status initTeamProject(const std::string& uri) {
    if (!Database::isServerUri(uri))
        return makeError(kNeedsServer);
    auto db = Database::open(uri);
    if (!db)
        return makeError(db.error());
    if (Status s = migrate(*db); !s.ok())
        return makeError(describe(uri) + ": " + s.error());
    if (Status s = initTeamRoles(*db); !s.ok())
        return makeError(describe(uri) + ": " + s.error());
    return {};
}

}  // namespace claimdesk::store::postgres
