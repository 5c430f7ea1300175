#include <gtest/gtest.h>

#include "core/store/postgres/placeholders.h"

namespace claimdesk::store::postgres {
namespace {

TEST(PostgresPlaceholders, BareQuestionMarksAreNumberedInOrder) {
    const PostgresSql sql = toPostgresPlaceholders("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
    EXPECT_EQ(sql.text, "INSERT INTO t (a, b, c) VALUES ($1, $2, $3)");
    EXPECT_EQ(sql.parameterCount, 3);
}

TEST(PostgresPlaceholders, NumberedOnesKeepTheirNumberAndMayRepeat) {
    const PostgresSql sql = toPostgresPlaceholders("SELECT 1 WHERE (?7 IS NULL OR ?8 = x) AND ?8 <> y AND z = ?");
    EXPECT_EQ(sql.text, "SELECT 1 WHERE ($7 IS NULL OR $8 = x) AND $8 <> y AND z = $9");
    EXPECT_EQ(sql.parameterCount, 9);
}

// A question mark in a literal, a quoted name or a comment is text.
TEST(PostgresPlaceholders, QuestionMarksInsideLiteralsNamesAndCommentsStay) {
    const PostgresSql sql = toPostgresPlaceholders(
        "SELECT 'why?', 'it''s ?', \"odd?name\" -- really?\n FROM t /* or ? */ WHERE a = ?");
    EXPECT_EQ(sql.text,
              "SELECT 'why?', 'it''s ?', \"odd?name\" -- really?\n FROM t /* or ? */ WHERE a = $1");
    EXPECT_EQ(sql.parameterCount, 1);
}

TEST(PostgresPlaceholders, DollarQuotedBodiesStay) {
    const PostgresSql sql =
        toPostgresPlaceholders("CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := '?'; END $body$ "
                               "LANGUAGE plpgsql; SELECT $$?$$, ?");
    EXPECT_EQ(sql.text,
              "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := '?'; END $body$ "
              "LANGUAGE plpgsql; SELECT $$?$$, $1");
    EXPECT_EQ(sql.parameterCount, 1);
}

TEST(PostgresPlaceholders, AnUnterminatedLiteralIsLeftForTheServerToRefuse) {
    const PostgresSql sql = toPostgresPlaceholders("SELECT 'open ?");
    EXPECT_EQ(sql.text, "SELECT 'open ?");
    EXPECT_EQ(sql.parameterCount, 0);
}

}  // namespace
}  // namespace claimdesk::store::postgres
