#pragma once

// For tests that check or set up stored rows with SQL: the connection a
// ProjectStore keeps private. Product code never reaches it; a caller
// writes and reads through the store's intent-level methods.

#include "core/store/database.h"
#include "core/store/projectstore.h"

namespace claimdesk::store {

struct ProjectStoreTestAccess {
    static Database& database(ProjectStore& store) { return store.database(); }
};

}  // namespace claimdesk::store

namespace claimdesk::testing {

inline store::Database& rawDatabase(store::ProjectStore& store) {
    return store::ProjectStoreTestAccess::database(store);
}

}  // namespace claimdesk::testing
