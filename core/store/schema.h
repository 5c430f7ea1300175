#pragma once

#include <cstdint>

#include "core/domain/result.h"
#include "core/store/database.h"

namespace claimdesk::store {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 15;

// PRAGMA application_id of every project file: "CDSK" in the SQLite header
// (bytes 68-71, big-endian), so the desktop tells a project from any other
// SQLite file by content (packaging/mime/claimdesk.xml matches these bytes).
inline constexpr std::int32_t kApplicationId = 0x4344534B;

// Brings a store from its recorded version up to kSchemaVersion in one
// transaction, and marks it with kApplicationId (a file from before the
// mark is marked when opened; if it cannot be written, it opens unmarked).
// Fails, changing nothing, on a store newer than this build and on an
// SQLite file another program marked as its own.
Status migrate(Database& db);

}  // namespace claimdesk::store
