#include "core/store/postgres/teamroles.h"

#include <string>

namespace claimdesk::store::postgres {
namespace {

// What an analyst writes: reviews (claims' status and the history),
// assessments (verdict, credibility, note and their history), annotations
// and the claims and events an annotation makes, with their search rows
// and linking marks.
constexpr const char* kAnalystTables =
    "claims, review_history, assessment_history, annotations, events, claims_fts, link_pending_claims, "
    "link_pending_events";

std::string createRole(const char* role) {
    return std::string("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '") + role +
           "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$;";
}

std::string grants() {
    const std::string reader = kReaderRole;
    const std::string analyst = kAnalystRole;
    const std::string editor = kEditorRole;
    return
        // The analyst and the editor can do all the reader can.
        "GRANT " + reader + " TO " + analyst + "; GRANT " + analyst + " TO " + editor + ";" +
        "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO " + reader + "', current_database()); END $$;" +
        "GRANT USAGE ON SCHEMA public TO " + reader + ";" +
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader + ";" +
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO " + reader + ";" +
        "GRANT INSERT, UPDATE ON " + kAnalystTables + " TO " + analyst + ";" +
        "GRANT DELETE ON annotations TO " + analyst + ";" +
        // lastval() after an insert needs the sequence.
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + analyst + ";" +
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + analyst + ";" +
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + editor + ";" +
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + editor + ";" +
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO " + editor + ";" +
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO " + editor + ";";
}

}  // namespace

Status initTeamRoles(Database& db) {
    if (db.engine() != Engine::Postgres)
        return makeError("team roles need a project on a PostgreSQL server (a postgresql:// URI), not a file");
    Transaction tx(db);
    if (!tx.started().ok())
        return tx.started();
    for (const char* role : {kReaderRole, kAnalystRole, kEditorRole}) {
        if (Status s = db.exec(createRole(role)); !s.ok())
            return makeError(std::string("cannot create role ") + role + ": " + s.error());
    }
    if (Status s = db.exec(grants()); !s.ok())
        return makeError("cannot grant the team roles their rights: " + s.error());
    return tx.commit();
}

}  // namespace claimdesk::store::postgres
