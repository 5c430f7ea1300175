#pragma once
// Writing a claim cluster's own row, shared by the whole-project writer
// (ProjectStore::writeClaimClusters) and linking's incremental one
// (LinkSession::writeClaimClusters), so both keep the same rules.

#include <cstdint>
#include <optional>

#include "core/domain/result.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"

namespace claimdesk::store {

class ClusterRowWriter {
public:
    explicit ClusterRowWriter(Database& db);
    Status prepared() const;
    // Updates the record's row (id given) or inserts a new one; returns its id.
    // A disagreement the analyst dismissed stays so while its reason is the same.
    Result<std::int64_t> write(const ClusterRecord& record);

private:
    Database& m_db;
    std::optional<Statement> m_update, m_insert;
    std::string m_error;
};

// Whether a member shows the record's disagreement: only its parties do
// (every member when the record names none).
inline int disputedFlag(const ClusterRecord& record, std::int64_t claimId) {
    return record.disputed.empty() || record.disputed.count(claimId) ? 1 : 0;
}

}  // namespace claimdesk::store
