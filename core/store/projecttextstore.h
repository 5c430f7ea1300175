#pragma once

// What the analyst writes about the project as a whole: free texts such
// as the report's summary, and the titles given to timeline lanes.

#include <map>
#include <optional>
#include <string>

#include "core/domain/result.h"

namespace claimdesk::store {

class ProjectTextStore {
public:
    virtual ~ProjectTextStore() = default;

    // Free texts kept with the project ("summary": the report's opening);
    // empty when never set. Setting an empty text removes it.
    virtual Result<std::string> projectText(const std::string& key) = 0;
    virtual Status setProjectText(const std::string& key, const std::string& value) = 0;
    // Timeline lane titles the analyst gave, by lane key; nullopt removes one.
    virtual Result<std::map<std::string, std::string>> laneTitles() = 0;
    virtual Status setLaneTitle(const std::string& laneKey, const std::optional<std::string>& title) = 0;

protected:
    ProjectTextStore() = default;
    ProjectTextStore(const ProjectTextStore&) = default;
    ProjectTextStore& operator=(const ProjectTextStore&) = default;
};

}  // namespace claimdesk::store
