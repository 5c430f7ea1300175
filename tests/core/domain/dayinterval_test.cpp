#include <gtest/gtest.h>

#include "core/domain/dayinterval.h"

namespace claimdesk {
namespace {

struct IntervalCase {
    const char* value;
    const char* mod;
    const char* first;  // nullptr: no interval
    const char* last;
    Precision precision;
};

class IntervalOf : public ::testing::TestWithParam<IntervalCase> {};

TEST_P(IntervalOf, MapsValueToDays) {
    const IntervalCase& c = GetParam();
    const auto interval = intervalOf(c.value, c.mod);
    if (!c.first) {
        EXPECT_FALSE(interval) << c.value;
        return;
    }
    ASSERT_TRUE(interval) << c.value;
    EXPECT_EQ(isoDate(interval->first), c.first) << c.value << " " << c.mod;
    EXPECT_EQ(isoDate(interval->last), c.last) << c.value << " " << c.mod;
    EXPECT_EQ(interval->precision, c.precision) << c.value << " " << c.mod;
}

INSTANTIATE_TEST_SUITE_P(
    Values, IntervalOf,
    ::testing::Values(
        IntervalCase{"2025-01-31", "", "2025-01-31", "2025-01-31", Precision::Day},
        IntervalCase{"2025-02-03T08:54", "", "2025-02-03", "2025-02-03", Precision::Day},
        IntervalCase{"2025-02-06TNI", "", "2025-02-06", "2025-02-06", Precision::Day},
        IntervalCase{"2025-02", "", "2025-02-01", "2025-02-28", Precision::Vague},
        IntervalCase{"2024-02", "", "2024-02-01", "2024-02-29", Precision::Vague},
        IntervalCase{"2025-02", "START", "2025-02-01", "2025-02-10", Precision::Vague},
        IntervalCase{"2025-01", "MID", "2025-01-11", "2025-01-20", Precision::Vague},
        IntervalCase{"2025-01", "END", "2025-01-21", "2025-01-31", Precision::Vague},
        IntervalCase{"2025-02", "APPROX", "2025-02-01", "2025-02-28", Precision::Vague},
        IntervalCase{"2024-FA", "", "2024-09-01", "2024-11-30", Precision::Vague},
        IntervalCase{"2024-WI", "", "2024-12-01", "2025-02-28", Precision::Vague},
        IntervalCase{"2024-SU", "", "2024-06-01", "2024-08-31", Precision::Vague},
        IntervalCase{"2025-W05", "", "2025-01-27", "2025-02-02", Precision::Vague},
        IntervalCase{"2025-Q1", "", "2025-01-01", "2025-03-31", Precision::Vague},
        IntervalCase{"2024", "", "2024-01-01", "2024-12-31", Precision::Vague},
        IntervalCase{"2024", "END", "2024-09-01", "2024-12-31", Precision::Vague},
        IntervalCase{"199X", "", "1990-01-01", "1999-12-31", Precision::Vague},
        IntervalCase{"2025-02-04/2025-02-05", "", "2025-02-04", "2025-02-05", Precision::Duration},
        IntervalCase{"2025-02-04/P3D", "", "2025-02-04", "2025-02-06", Precision::Duration},
        IntervalCase{"P2D/2025-02-05", "", "2025-02-04", "2025-02-05", Precision::Duration},
        IntervalCase{"2025-02-05/2025-02-04", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"P3W", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"PRESENT_REF", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"PAST_REF", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"FUTURE_REF", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"XXXX-XX-XXT06:41", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"", "", nullptr, nullptr, Precision::Day},
        IntervalCase{"2025-13", "", nullptr, nullptr, Precision::Day}));

TEST(DayArithmetic, RoundTripsThroughCivilDates) {
    EXPECT_EQ(dayOf(1970, 1, 1), 0);
    EXPECT_EQ(dayOf(2025, 1, 31) + 1, dayOf(2025, 2, 1));
    EXPECT_EQ(dayOf(2024, 3, 1) - dayOf(2024, 2, 28), 2);  // leap year
    const YearMonthDay d = civilOf(dayOf(1999, 12, 31));
    EXPECT_EQ(d.year, 1999);
    EXPECT_EQ(d.month, 12);
    EXPECT_EQ(d.day, 31);
    EXPECT_EQ(isoDate(dayOf(1812, 6, 24)), "1812-06-24");
}

TEST(DurationDays, CountsIsoDurations) {
    EXPECT_EQ(durationDays("P3W"), 21);
    EXPECT_EQ(durationDays("P1Y2M3D"), 365 + 60 + 3);
    EXPECT_FALSE(durationDays("PT5H"));
    EXPECT_FALSE(durationDays("P"));
    EXPECT_FALSE(durationDays("2025"));
}

TEST(DayInterval, MiddleAndLength) {
    const DayInterval d{10, 19, Precision::Vague};
    EXPECT_EQ(d.length(), 10);
    EXPECT_DOUBLE_EQ(d.middle(), 15.0);
    EXPECT_DOUBLE_EQ((DayInterval{4, 4}).middle(), 4.5);  // the middle of the day
}

}  // namespace
}  // namespace claimdesk
