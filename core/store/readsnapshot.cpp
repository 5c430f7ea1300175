#include "core/store/readsnapshot.h"

#include "core/store/database.h"

namespace claimdesk::store {

ReadSnapshot::ReadSnapshot(Database& db) : m_transaction(std::make_unique<ReadTransaction>(db)) {}
ReadSnapshot::ReadSnapshot(ReadSnapshot&&) noexcept = default;
ReadSnapshot& ReadSnapshot::operator=(ReadSnapshot&&) noexcept = default;
ReadSnapshot::~ReadSnapshot() = default;

void ReadSnapshot::release() { m_transaction.reset(); }

}  // namespace claimdesk::store
