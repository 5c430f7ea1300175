#pragma once

// The analysis export: one JSON object with every document's source, body,
// speakers, claims, events and timexes, and the cross-document clusters.
// Its format is the one ../shared/eval/README.md describes; spans are code
// points into each document's text.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"

namespace claimdesk::exporting {

// The analyst's assessment of a claim, apart from its review status.
struct ClaimAssessment {
    std::optional<int> credibility;  // Admiralty 1-6
    std::string verdict;             // the project's label; empty: none
    std::string note;
};

struct ExportedDocument {
    const Document* document = nullptr;
    const Analysis* analysis = nullptr;
    // Assessed claims by claim id; a claim with none is written without an
    // "assessment".
    const std::map<std::int64_t, ClaimAssessment>* assessments = nullptr;
};

struct ClusterMember {
    std::string fileName;
    std::string claimId;  // the export's claim id within that document ("c3")
};

struct ExportedCluster {
    std::string id;
    std::vector<ClusterMember> members;
    bool disagreement = false;
    std::string reason;
    // Corroboration; written only for claim clusters (outletCount > 0).
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
};

struct ExportOptions {
    bool withText = false;  // add each document's whole text as "text"
};

// The export id of the n-th (0-based) claim, speaker or event of a document.
std::string claimExportId(std::size_t index);
std::string speakerExportId(std::size_t index);
std::string eventExportId(std::size_t index);

// Serialises to UTF-8 JSON text, indented.
std::string writeAnalysisExport(const std::vector<ExportedDocument>& documents,
                                const std::vector<ExportedCluster>& clusters, const ExportOptions& options);

}  // namespace claimdesk::exporting
