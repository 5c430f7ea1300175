#pragma once

// One consistent view of a project for a reader that makes many queries
// (an export, a report, a timeline): while a ReadSnapshot lives, every read
// through the store that took it sees the project as it was when it was
// taken, and other connections keep writing meanwhile. Taken inside a
// write the store holds, it is that write's view. Ends, changing nothing,
// when destroyed or reset; it must not outlive its store.

#include <memory>

namespace claimdesk::store {

class Database;
class ReadTransaction;

class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ReadSnapshot(ReadSnapshot&&) noexcept;
    ReadSnapshot& operator=(ReadSnapshot&&) noexcept;
    ~ReadSnapshot();

    // Ends the snapshot before the object dies (reading is over).
    void release();

private:
    std::unique_ptr<ReadTransaction> m_transaction;
};

}  // namespace claimdesk::store
