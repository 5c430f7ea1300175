#pragma once

// The SQLite engine of the store's SQL layer: a project file (or
// ":memory:") through sqlite3, with a cache of compiled statements.

#include <memory>
#include <string>

#include "core/domain/result.h"
#include "core/store/engine.h"

namespace claimdesk::store::sqlite {

// Opens `path` for reading and writing (creating the file), or read-only:
// then a WAL file whose -shm cannot be made beside it is opened as
// immutable, read as it is on disk.
Result<std::unique_ptr<EngineConnection>> open(const std::string& path, bool readOnly);

}  // namespace claimdesk::store::sqlite
