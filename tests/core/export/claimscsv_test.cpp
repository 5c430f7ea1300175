#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/export/claimscsv.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

struct CellCase {
    const char* in;
    const char* neutralised;
    const char* field;  // what the CSV holds for the neutralised cell
};

class CsvCell : public ::testing::TestWithParam<CellCase> {};

TEST_P(CsvCell, IsNeutralisedAndQuotedAsRfc4180Says) {
    const CellCase& c = GetParam();
    EXPECT_EQ(neutraliseFormula(c.in), c.neutralised);
    EXPECT_EQ(csvField(neutraliseFormula(c.in)), c.field);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, CsvCell,
    ::testing::Values(CellCase{"plain words", "plain words", "plain words"},  //
                      CellCase{"", "", ""},
                      CellCase{"a, b", "a, b", "\"a, b\""},
                      CellCase{"say \"no\"", "say \"no\"", "\"say \"\"no\"\"\""},
                      CellCase{"two\nlines", "two\nlines", "\"two\nlines\""},
                      CellCase{"cr\rhere", "cr\rhere", "\"cr\rhere\""},
                      CellCase{"Łódź", "Łódź", "Łódź"},
                      // Formula openings (OWASP): made text with a leading quote.
                      CellCase{"=1+1", "'=1+1", "'=1+1"},
                      CellCase{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")",
                               "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
                      CellCase{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
                      CellCase{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
                      CellCase{"@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)"},
                      CellCase{"\t=1", "'\t=1", "'\t=1"},
                      CellCase{"\r=1", "'\r=1", "\"'\r=1\""},
                      // A plain number stays a number.
                      CellCase{"-12", "-12", "-12"},
                      CellCase{"+3.5", "+3.5", "+3.5"},
                      CellCase{"-", "'-", "'-"},
                      CellCase{"-1.2.3", "'-1.2.3", "'-1.2.3"},
                      // Only the first character counts.
                      CellCase{"a=1", "a=1", "a=1"}));

class ClaimsCsvTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_store = testing::articleStore();
        ASSERT_TRUE(m_store);
        auto claims = m_store->claims({});
        ASSERT_EQ(claims->size(), 2u);
        m_bridge = (*claims)[0].id;
        ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Confirmed, "checked, twice", "ana", "t1"}}).ok());
        ASSERT_TRUE(m_store->setCredibility(m_bridge, 2).ok());
    }
    std::string csv(const ExportFilter& filter = {}, bool bom = false) {
        auto project = readProject(*m_store, filter);
        EXPECT_TRUE(project.ok()) << project.error();
        CsvOptions options;
        options.byteOrderMark = bom;
        return writeClaimsCsv(*project, options);
    }
    std::optional<store::ProjectStore> m_store;
    std::int64_t m_bridge = 0;
};

TEST_F(ClaimsCsvTest, WritesAHeaderAndOneCrlfRecordPerClaim) {
    const std::string out = csv();
    EXPECT_EQ(out.rfind("id,status,credibility,speaker,claim,kind,", 0), 0u);
    // Three records (header and two claims), each ended by CRLF; the only
    // bare LF is none: no cell holds one here.
    std::size_t crlf = 0;
    for (std::size_t at = out.find("\r\n"); at != std::string::npos; at = out.find("\r\n", at + 2))
        ++crlf;
    EXPECT_EQ(crlf, 3u);
    EXPECT_EQ(out.substr(out.size() - 2), "\r\n");
    const std::string bridge = std::to_string(m_bridge) +
                               ",confirmed,2,Ilona Nowak,the bridge would reopen on Monday,indirect,Monday,2025-03-04,"
                               "Harbour Ledger,Bridge to reopen,bridge.txt,2025-03-05,";
    EXPECT_NE(out.find(bridge), std::string::npos) << out;
    EXPECT_NE(out.find(",\"checked, twice\",ana,t1,extractor,,,,\r\n"), std::string::npos) << out;
}

TEST_F(ClaimsCsvTest, WritesTheAssessmentApartFromTheReview) {
    ASSERT_TRUE(m_store->assess({{m_bridge, {2, "corroborated", "council minutes"}, "bo", "t2"}}).ok());
    const std::string out = csv();
    EXPECT_NE(out.find(",decision_reason,decided_by,decided_at,origin,verdict,assessment_note,assessed_by,assessed_at\r\n"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find(",extractor,corroborated,council minutes,bo,t2\r\n"), std::string::npos) << out;
}

TEST_F(ClaimsCsvTest, ATextCellOpeningWithAFormulaIsNeutralisedAndQuoted) {
    const std::string out = csv();
    EXPECT_NE(out.find(",Police,\"'=SUM(A1) was scrawled on the barrier, \"\"a prank, not a threat\"\"\",mixed,"),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find(",=SUM"), std::string::npos);
}

TEST_F(ClaimsCsvTest, OffsetsAreCodePoints) {
    const std::string out = csv();
    const Span span = testing::spanOf(testing::kArticle, "the bridge would reopen on Monday");
    EXPECT_EQ(span.start, 39);  // 44 in bytes: "Łódź" and the dash are one code point each
    EXPECT_NE(out.find("," + std::to_string(span.start) + "," + std::to_string(span.end) + ","), std::string::npos);
}

TEST_F(ClaimsCsvTest, AByteOrderMarkOnlyWhenAsked) {
    EXPECT_EQ(csv().rfind("id,", 0), 0u);
    EXPECT_EQ(csv({}, true).rfind("\xEF\xBB\xBFid,", 0), 0u);
}

TEST_F(ClaimsCsvTest, TheFilterSelectsClaims) {
    ExportFilter confirmed;
    confirmed.statuses = {ClaimStatus::Confirmed};
    const std::string out = csv(confirmed);
    EXPECT_NE(out.find("bridge would reopen"), std::string::npos);
    EXPECT_EQ(out.find("SUM"), std::string::npos);
    ExportFilter police;
    police.speakerId = (*m_store->claims({}))[1].speakerId;
    EXPECT_EQ(csv(police).find("bridge would reopen"), std::string::npos);
    ExportFilter noSuchDocument;
    noSuchDocument.documentIds = {99};
    EXPECT_FALSE(readProject(*m_store, noSuchDocument).ok());
}

TEST_F(ClaimsCsvTest, EveryRecordHasEveryColumn) {
    const std::string out = csv();
    // Count fields of the header and of the last record, outside quotes.
    auto fields = [](const std::string& record) {
        std::size_t n = 1;
        bool quoted = false;
        for (char c : record) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                ++n;
        }
        return n;
    };
    const std::size_t firstEnd = out.find("\r\n");
    const std::string header = out.substr(0, firstEnd);
    EXPECT_EQ(fields(header), claimsCsvColumns().size());
    const std::string rest = out.substr(firstEnd + 2);
    const std::string second = rest.substr(0, rest.find("\r\n"));
    EXPECT_EQ(fields(second), claimsCsvColumns().size());
}

}  // namespace
}  // namespace claimdesk::exporting
