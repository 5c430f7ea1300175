#pragma once

#include "core/domain/result.h"
#include "core/store/database.h"

namespace claimdesk::store {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 4;

// Brings a store from its recorded version up to kSchemaVersion in one
// transaction. Fails, changing nothing, on a store newer than this build.
Status migrate(Database& db);

}  // namespace claimdesk::store
