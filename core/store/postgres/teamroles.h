#pragma once

// Who may do what in a team project, enforced by the server's grants, not
// by the client. Three group roles (NOLOGIN), shared by the projects of
// one server, each analyst's login role made a member of one of them:
//
//   claimdesk_reader   read and export: SELECT on every table
//   claimdesk_analyst  also review, assess, annotate: INSERT and UPDATE on
//                      the tables those write (kAnalystTables), DELETE on
//                      annotations, and the id sequences
//   claimdesk_editor   everything: ingest, re-analyse, merge, delete
//
// Default privileges give the same rights on tables later schema steps
// add. A refused action fails with the server's own message ("permission
// denied for table review_history").

#include <string>

#include "core/domain/result.h"
#include "core/store/database.h"

namespace claimdesk::store::postgres {

inline constexpr const char* kReaderRole = "claimdesk_reader";
inline constexpr const char* kAnalystRole = "claimdesk_analyst";
inline constexpr const char* kEditorRole = "claimdesk_editor";

// The SQL initTeamRoles runs, for a database administrator to read or
// run by hand (psql -d PROJECT -f FILE) in the project's database.
std::string teamRolesSql();

// Opens the team project at `uri` (a postgresql:// URI), brings its
// schema to this build's version and grants the roles.
Status initTeamProject(const std::string& uri);

// Makes the three roles where missing and grants them their rights on the
// project `db` is connected to (a migrated PostgreSQL project; the
// connection's role must be allowed to create roles and own the tables).
// Running it again changes nothing. Fails, changing nothing, on SQLite.
Status initTeamRoles(Database& db);

}  // namespace claimdesk::store::postgres
