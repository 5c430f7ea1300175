#include <gtest/gtest.h>

#include "core/timeline/timelinefilter.h"

namespace claimdesk::timeline {
namespace {

TimelineEntry entry(EntryKind kind, std::int64_t documentId, ClaimStatus status = ClaimStatus::Extracted) {
    TimelineEntry e;
    e.kind = kind;
    e.documentId = documentId;
    e.status = status;
    e.stated = DayInterval{10, 10};
    return e;
}

struct Case {
    const char* name;
    TimelineEntry entry;
    ClaimSelection filter;
    bool accepted;
};

class AcceptsEntry : public ::testing::TestWithParam<Case> {};

TEST_P(AcceptsEntry, FollowsTheExportFilter) {
    const Case& c = GetParam();
    EXPECT_EQ(acceptsEntry(c.entry, c.filter), c.accepted) << c.name;
}

const ClaimSelection kNone;
const ClaimSelection kConfirmed{{ClaimStatus::Confirmed}, {}, {}};
const ClaimSelection kDocument2{{}, {2}, {}};
const ClaimSelection kSpeaker{{}, {}, 5};

INSTANTIATE_TEST_SUITE_P(
    Timeline, AcceptsEntry,
    ::testing::Values(Case{"claim, no filter", entry(EntryKind::Claim, 1), kNone, true},
                      Case{"event, no filter", entry(EntryKind::Event, 1), kNone, true},
                      Case{"confirmed claim, status filter", entry(EntryKind::Claim, 1, ClaimStatus::Confirmed),
                           kConfirmed, true},
                      Case{"extracted claim, status filter", entry(EntryKind::Claim, 1), kConfirmed, false},
                      Case{"event, status filter: events have no status", entry(EntryKind::Event, 1), kConfirmed,
                           false},
                      Case{"claim of another document", entry(EntryKind::Claim, 1), kDocument2, false},
                      Case{"event of the chosen document", entry(EntryKind::Event, 2), kDocument2, true},
                      Case{"claim, speaker filter: entries carry no speaker id", entry(EntryKind::Claim, 1),
                           kSpeaker, false}));

TEST(FilterEntries, KeepsAcceptedEntriesInOrder) {
    std::vector<TimelineEntry> entries{entry(EntryKind::Claim, 1, ClaimStatus::Confirmed), entry(EntryKind::Event, 1),
                                       entry(EntryKind::Claim, 2, ClaimStatus::Rejected),
                                       entry(EntryKind::Claim, 3, ClaimStatus::Confirmed)};
    entries[0].id = 10;
    entries[3].id = 13;
    const auto kept = filterEntries(entries, kConfirmed);
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[0].id, 10);
    EXPECT_EQ(kept[1].id, 13);
}

}  // namespace
}  // namespace claimdesk::timeline
