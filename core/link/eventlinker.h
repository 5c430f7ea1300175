#pragma once

// The same happening reported by several documents: events whose dates
// can be the same day ("early August 2024" holds "Aug. 6, 2024"; "six
// months ago" resolves to the month) and whose places agree, or whose
// descriptions share enough words, form one cluster.

#include <cstdint>
#include <string>
#include <vector>

namespace claimdesk::link {

struct LinkEvent {
    std::int64_t eventId = 0;
    std::int64_t documentId = 0;
    std::string date;   // TIMEX3 date value
    std::string place;  // may be empty
    std::string text;   // what happened, with its evidence
};

// Groups of two or more events (indexes into `events`) from different
// documents; each event is in at most one group.
std::vector<std::vector<std::size_t>> clusterEvents(const std::vector<LinkEvent>& events);

// The same for events added to a project: events [0, firstNew) were
// clustered before (`groups`: their cluster key, -1 for none) and stay
// together; only pairs with a new event are compared. Returns the groups
// of two or more that hold a new event, each in index order.
std::vector<std::vector<std::size_t>> joinNewEvents(const std::vector<LinkEvent>& events,
                                                    const std::vector<std::int64_t>& groups, std::size_t firstNew);

// Whether two TIMEX3 dates can denote the same happening: equal, or one
// period holds the other.
bool datesCompatible(const std::string& a, const std::string& b);

}  // namespace claimdesk::link
