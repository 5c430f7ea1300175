#pragma once

// The PostgreSQL engine of the store's SQL layer, on libpq: a team
// project's database on a server, named by a libpq connection URI.
//
// Statements: ? / ?N placeholders become $N (placeholders.h); each text is
// prepared once per connection (PQprepare) and run with PQexecPrepared;
// results come back in text format, read by the column getters (bytea
// decoded, booleans as 1/0). A statement's rows are fetched whole when it
// first steps. lastInsertId() is lastval(): the store's id columns are
// identity columns, and no trigger of the schema inserts into a table with
// one, so it is the id of the row the last INSERT added. Notices (e.g.
// "already exists, skipping") are not printed.

#include <memory>
#include <string>

#include "core/domain/result.h"
#include "core/store/engine.h"

namespace claimdesk::store::postgres {

// Connects to `uri`. A URI that carries a password is refused: passwords
// come from ~/.pgpass or PGPASSWORD, never from a command line or a
// setting. Read-only, every transaction of the connection is read-only.
Result<std::unique_ptr<EngineConnection>> open(const std::string& uri, bool readOnly);

// The URI as it may be shown in a message: a password in it hidden.
std::string describe(const std::string& uri);

}  // namespace claimdesk::store::postgres
