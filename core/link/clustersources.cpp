#include "core/link/clustersources.h"

#include <map>
#include <set>

#include "core/text/fold.h"

namespace claimdesk::link {

ClusterSources tallySources(const std::vector<const LinkClaim*>& members) {
    std::set<std::string> outlets, speakers;
    std::map<std::string, int> speakerCount;
    for (const LinkClaim* m : members) {
        if (!m->outlet.empty())
            outlets.insert(text::foldCase(m->outlet));
        if (!m->speakerKey.empty()) {
            speakers.insert(m->speakerKey);
            ++speakerCount[m->speakerKey];
        }
    }
    ClusterSources out;
    out.outletCount = static_cast<int>(outlets.size());
    out.independentSources = static_cast<int>(speakers.size());
    int most = 0;
    for (const LinkClaim* m : members) {
        if (!m->speakerKey.empty() && speakerCount[m->speakerKey] > most) {
            most = speakerCount[m->speakerKey];
            out.originSpeaker = m->speakerName;
        }
    }
    return out;
}

}  // namespace claimdesk::link
