#include <gtest/gtest.h>

#include "core/domain/calendar.h"

namespace claimdesk {
namespace {

TEST(Calendar, DayArithmetic) {
    EXPECT_EQ(addDays("2025-01-31", 1), "2025-02-01");
    EXPECT_EQ(addDays("2024-02-28", 1), "2024-02-29");
    EXPECT_EQ(addDays("2023-02-28", 1), "2023-03-01");
    EXPECT_EQ(addDays("2025-01-01", -1), "2024-12-31");
    EXPECT_EQ(addDays("2025-02-03T08:54", -3), "2025-01-31");
    EXPECT_EQ(addDays("2025-01", 1), std::nullopt);
    EXPECT_EQ(addDays("2025-02-30", 1), std::nullopt);
    EXPECT_EQ(weekday(CalendarDate{2025, 2, 3}), 1);  // a Monday
    EXPECT_EQ(weekday(CalendarDate{1970, 1, 1}), 4);
    int isoYear = 0;
    EXPECT_EQ(isoWeek(CalendarDate{2021, 1, 1}, isoYear), 53);
    EXPECT_EQ(isoYear, 2020);
    EXPECT_EQ(isoWeek(CalendarDate{2025, 1, 15}, isoYear), 3);
    EXPECT_EQ(addMonths(CalendarDate{2025, 1, 31}, 1), (CalendarDate{2025, 2, 28}));
    EXPECT_EQ(addMonths(CalendarDate{2025, 1, 15}, -13), (CalendarDate{2023, 12, 15}));
}

TEST(Calendar, RangesAndContainment) {
    EXPECT_TRUE(valueContains("2025-01", "2025-01-31"));
    EXPECT_FALSE(valueContains("2025-01", "2025-02-01"));
    EXPECT_TRUE(valueContains("2025", "2025-W05"));
    EXPECT_TRUE(valueContains("2025-W05", "2025-01-31"));  // Monday 27 January .. Sunday 2 February
    EXPECT_TRUE(valueContains("2024-FA", "2024-10-01"));
    EXPECT_TRUE(valueContains("2024-WI", "2025-02-10"));
    EXPECT_TRUE(valueContains("2024-Q3", "2024-09"));
    EXPECT_TRUE(valueContains("199X", "1998-01-08"));
    EXPECT_TRUE(valueContains("2025-02-03", "2025-02-03T08:54"));
    EXPECT_FALSE(valueContains("PRESENT_REF", "2025-01-01"));
    EXPECT_FALSE(valueContains("P3W", "2025-01-01"));
    EXPECT_FALSE(valueContains("XXXX-01-31", "2025-01-31"));
    EXPECT_EQ(compareValues("2025-01", "2025-01-31"), -1);
    EXPECT_EQ(compareValues("2025-01-31", "2025-01"), 1);
    EXPECT_EQ(compareValues("2025-01-01", "2025-01-01"), 0);
    EXPECT_EQ(compareValues("2024", "2025-01-01"), -1);
    EXPECT_EQ(compareValues("PAST_REF", "2025"), std::nullopt);
}


TEST(Calendar, CalendarValuesDropTheTimeAndRefuseDurations) {
    EXPECT_EQ(calendarValue("2025-02-06TNI").value_or(""), "2025-02-06");
    EXPECT_EQ(calendarValue("2024-FA").value_or(""), "2024-FA");
    EXPECT_EQ(calendarValue("2025-01").value_or(""), "2025-01");
    EXPECT_FALSE(calendarValue("P3W").has_value());
    EXPECT_FALSE(calendarValue("PRESENT_REF").has_value());
}

}  // namespace
}  // namespace claimdesk
