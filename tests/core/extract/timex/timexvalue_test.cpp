#include <gtest/gtest.h>

#include "core/extract/timex/timexvalue.h"

namespace claimdesk::extract {
namespace {

TEST(TimexValue, DayArithmetic) {
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

TEST(TimexValue, RangesAndContainment) {
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

TEST(TimexValue, ResolvesOnePhrase) {
    EXPECT_EQ(resolveDateExpression("Feb. 2", "2025-02-03"), "2025-02-02");
    EXPECT_EQ(resolveDateExpression("mid-January", "2025-02-08"), "2025-01");
    EXPECT_EQ(resolveDateExpression("yesterday", "2025-03-01"), "2025-02-28");
    EXPECT_EQ(resolveDateExpression("on Monday", "2025-01-15"), "2025-01-13");
    EXPECT_EQ(resolveDateExpression("last fall", "2025-02-03"), "2024-FA");
    EXPECT_EQ(resolveDateExpression("Nov. 5", "2025-01-04"), "2024-11-05");
    EXPECT_EQ(resolveDateExpression("Feb. 2", "garbage"), "XXXX-02-02");
    EXPECT_EQ(resolveDateExpression("the ministry", "2025-02-03"), std::nullopt);
    EXPECT_EQ(resolveDateExpression("", "2025-02-03"), std::nullopt);
}

}  // namespace
}  // namespace claimdesk::extract
