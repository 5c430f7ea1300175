// The report to send, from the seed articles (../shared; skipped without
// it): four attributions checked and two claims assessed, exported with
// the export dialog's default options, fits in six pages, opens with the
// analyst's summary and marks no claim true on its review alone.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include "core/pipeline/ingestion.h"
#include "core/pipeline/linking.h"
#include "core/report/reportdata.h"
#include "core/store/projectstore.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/report/reportwriter.h"

namespace claimdesk::ui {
namespace {

QString pdfText(const std::string& path, int page = 0) {
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << QString::fromStdString(path) << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

const char* kSummary = "Kyiv says thousands of North Korean soldiers were lost in Kursk; Seoul counts far fewer.";

class SeedReport : public ::testing::Test {
protected:
    void SetUp() override {
        if (!testing::haveShared())
            GTEST_SKIP() << "no ../shared";
        testing::qtApp();
        m_path = m_dir.file("seeds.claimdesk").string();
        auto store = store::ProjectStore::open(m_path);
        ASSERT_TRUE(store.ok());
        auto report = pipeline::ingestPaths(*store, {(testing::sharedDir() / "corpus" / "seeds").string()}, {},
                                            [] { return testing::fixedTime(); });
        ASSERT_FALSE(report.anyFailed());
        const auto claims = *store->claims({});
        ASSERT_GE(claims.size(), 8u);
        // Four attributions checked, two other claims assessed: one
        // corroborated, one disputed.
        std::vector<store::ReviewDecision> checked;
        for (std::size_t i = 0; i < 4; ++i) {
            checked.push_back({claims[i].id, ClaimStatus::Confirmed, "", "Ines Test", "2025-03-07T10:00:00Z"});
            m_confirmed.push_back(claims[i]);
        }
        ASSERT_TRUE(store->review(checked).ok());
        ASSERT_TRUE(store->assess({{claims[4].id, {2, "corroborated", "two outlets, two speakers"}, "Ines Test", "2025-03-07T10:05:00Z"},
                                   {claims[5].id, {4, "disputed", ""}, "Ines Test", "2025-03-07T10:06:00Z"}})
                        .ok());
        ASSERT_TRUE(store->setProjectText("summary", kSummary).ok());
        auto documents = store->documents();
        // The options as the export dialog starts, nothing changed.
        ExportDialog dialog(exportFormats(), *documents, QStringLiteral("report.pdf"), QStringLiteral("Kursk losses"),
                            QStringLiteral("Ines Test"));
        m_options = dialog.options();
        m_options.date = "2025-03-07";
    }

    testing::TempDir m_dir;
    std::string m_path;
    std::vector<store::ClaimRow> m_confirmed;
    report::ReportOptions m_options;
};

TEST_F(SeedReport, WithDefaultOptionsFitsSixPagesAndOpensWithTheSummary) {
    EXPECT_FALSE(m_options.statuses.count(ClaimStatus::Extracted)) << "unchecked claims stay out by default";
    EXPECT_TRUE(m_options.includeAssessed);
    const std::string out = m_dir.file("report.pdf").string();
    ASSERT_TRUE(writeReport(m_path, m_options, ReportFormat::Pdf, out).ok());
    const QString all = QString::fromUtf8([&] {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QString::fromStdString(out), QStringLiteral("-")});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }());
    const int pages = int(all.count(QChar(0x0c)));
    EXPECT_GE(pages, 2);
    EXPECT_LE(pages, 6) << all.toStdString();
    const QString first = pdfText(out, 1);
    EXPECT_TRUE(first.contains(QString::fromLatin1(kSummary).simplified())) << first.toStdString();
    // Six claims shown, numbered, citing numbered sources; no excerpt
    // starts with the plain-text date line, no source is "untitled".
    const QString text = all.simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("C6")));
    EXPECT_FALSE(text.contains(QStringLiteral("C7 ")));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\[S\\d\\]")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("S1. ")));
    EXPECT_FALSE(text.contains(QStringLiteral("date 2025-")));
    EXPECT_FALSE(text.contains(QStringLiteral("untitled"), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("Cluster ")));
}

TEST_F(SeedReport, MarksNoClaimTrueOnItsReviewAlone) {
    const std::string out = m_dir.file("report.html").string();
    ASSERT_TRUE(writeReport(m_path, m_options, ReportFormat::Html, out).ok());
    QFile file(QString::fromStdString(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    // Every table row of a checked but unassessed claim: checked, not
    // assessed, and nothing in a verdict's colour.
    static const QRegularExpression rowPattern(QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
    int rows = 0;
    for (auto it = rowPattern.globalMatch(html); it.hasNext();) {
        const QString row = it.next().captured(1);
        for (const auto& c : m_confirmed) {
            const QString content = QString::fromStdString(c.content).toHtmlEscaped().left(40);
            if (!row.contains(content))
                continue;
            ++rows;
            EXPECT_TRUE(row.contains(QStringLiteral("Attribution checked"))) << row.toStdString();
            EXPECT_TRUE(row.contains(QStringLiteral("not assessed"))) << row.toStdString();
            EXPECT_FALSE(row.contains(QStringLiteral("v-true"))) << row.toStdString();
            EXPECT_FALSE(row.contains(QStringLiteral("Confirmed"))) << row.toStdString();
        }
    }
    EXPECT_GE(rows, 4);
    // Only the assessment is ever in the colour of "true".
    EXPECT_EQ(html.count(QStringLiteral("class=\"v-true\"")), 1) << "the one corroborated claim";
}

// Each disagreement shown has a timeline of its own claims, besides the
// report's timeline of every claim shown.
TEST_F(SeedReport, EachDisagreementHasItsOwnTimeline) {
    auto store = store::ProjectStore::open(m_path);
    ASSERT_TRUE(store.ok());
    auto data = report::buildReport(*store, m_options);
    ASSERT_TRUE(data.ok()) << data.error();
    ASSERT_FALSE(data->disagreements.empty()) << "the seeds disagree on the officers killed";
    const std::string out = m_dir.file("report.html").string();
    ASSERT_TRUE(writeReport(m_path, m_options, ReportFormat::Html, out).ok());
    QFile file(QString::fromStdString(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_EQ(html.count(QStringLiteral("alt=\"Timeline of these claims\"")), int(data->disagreements.size()));
}

}  // namespace
}  // namespace claimdesk::ui
