#include "core/link/clusterfacts.h"

#include <map>
#include <set>
#include <string>

#include "core/link/disagreement.h"
#include "core/text/fold.h"

namespace claimdesk::link {

ClaimCluster describeCluster(const std::vector<const LinkClaim*>& members) {
    ClaimCluster cluster;
    std::set<std::string> outlets, speakers;
    std::map<std::string, int> speakerCount;
    for (const LinkClaim* c : members) {
        if (!c->outlet.empty())
            outlets.insert(text::foldCase(c->outlet));
        if (!c->speakerKey.empty()) {
            speakers.insert(c->speakerKey);
            ++speakerCount[c->speakerKey];
        }
    }
    cluster.outletCount = static_cast<int>(outlets.size());
    cluster.independentSources = static_cast<int>(speakers.size());
    int most = 0;
    for (const LinkClaim* c : members)
        if (!c->speakerKey.empty() && speakerCount[c->speakerKey] > most) {
            most = speakerCount[c->speakerKey];
            cluster.originSpeaker = c->speakerName;
        }
    const Disagreement d = findDisagreement(members);
    cluster.disagreement = d.found;
    cluster.reason = d.reason;
    cluster.disputed = d.parties;  // positions in `members`
    return cluster;
}

}  // namespace claimdesk::link
