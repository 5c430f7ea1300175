// File > Export's data formats (CSV, JSON, W3C, ClaimReview, TimelineJS)
// and File > Import Annotations, on projects of the demo corpus.
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <stdexcept>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QUndoStack>
#include <QWidget>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/exchangefile.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/exportrunner.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/widgets/mainwindow.h"

namespace claimdesk::ui {
namespace {

QByteArray readBytes(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const ExportFormatEntry& formatEntry(const QString& id) {
    static const std::vector<ExportFormatEntry> formats = exportFormats();
    for (const auto& f : formats)
        if (f.id == id)
            return f;
    throw std::logic_error("no format " + id.toStdString());
}

// Answers the import's questions as a scripted analyst.
class Importer : public Prompts {
public:
    QString annotationsToImport(QWidget*) override { return file; }
    bool confirmImport(QWidget*, const QString& text, const QString& details) override {
        questions << text + QLatin1Char(' ') + details;
        return true;
    }
    void showReport(QMessageBox* box) override { reports << box->text() + QLatin1Char('\n') + box->detailedText(); }
    QString file;
    QStringList questions;
    QStringList reports;
};

// The demo corpus ingested once per suite; each test copies the file so
// that its reviews stay its own.
class ExportFormatsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new testing::TempDir;
        s_demo = s_dir->file("demo.claimdesk").string();
        s_ingested = testing::writeDemoProject(s_demo);
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override {
        testing::qtApp();
        ASSERT_TRUE(s_ingested) << "the demo corpus did not ingest";
    }

    // A copy of the demo project in this test's directory.
    std::string demoCopy(const std::string& name) {
        const std::string path = m_dir.file(name).string();
        EXPECT_TRUE(QFile::copy(QString::fromStdString(s_demo), QString::fromStdString(path)));
        return path;
    }

    // Confirms the first `count` claims of the project; returns their contents.
    static std::vector<std::string> confirmSome(const std::string& path, std::size_t count) {
        auto store = store::ProjectStore::open(path);
        EXPECT_TRUE(store.ok());
        auto claims = store->claims({});
        EXPECT_TRUE(claims.ok() && claims->size() > count);
        std::vector<store::ReviewDecision> decisions;
        std::vector<std::string> contents;
        // Contents without quotation marks, which CSV would double.
        for (const auto& c : *claims) {
            if (contents.size() == count)
                break;
            if (c.content.find('"') != std::string::npos)
                continue;
            decisions.push_back({c.id, ClaimStatus::Confirmed, "", "Ines Test", "2025-03-07T10:00:00Z"});
            contents.push_back(c.content);
        }
        EXPECT_EQ(contents.size(), count);
        EXPECT_TRUE(store->review(decisions).ok());
        return contents;
    }

    static std::string anExtractedClaim(const std::string& path) {
        auto store = store::ProjectStore::open(path);
        store::ClaimQuery query;
        query.status = ClaimStatus::Extracted;
        auto claims = store->claims(query);
        return claims && !claims->empty() ? claims->back().content : std::string();
    }

    // Runs the window's export runner and waits for it.
    void runExport(const std::string& store, const QString& format, const report::ReportOptions& options,
                   const QString& out, const exporting::ExchangeOptions& exchange = {}) {
        QWidget window;
        ExportRunner runner(&window);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        ASSERT_TRUE(runner.start(QString::fromStdString(store), formatEntry(format), options, out, exchange));
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(2).toString().toStdString();
    }

    static testing::TempDir* s_dir;
    static std::string s_demo;
    static bool s_ingested;
    testing::TempDir m_dir;
};

testing::TempDir* ExportFormatsTest::s_dir = nullptr;
std::string ExportFormatsTest::s_demo;
bool ExportFormatsTest::s_ingested = false;

TEST_F(ExportFormatsTest, DialogOffersEveryFormatAndShowsOnlyTheOptionsThatApply) {
    auto store = store::ProjectStore::open(s_demo);
    auto documents = store->documents();
    ASSERT_TRUE(documents.ok());
    ExportDialog dialog(exportFormats(), *documents, QStringLiteral("/tmp/out/demo-report.pdf"), QStringLiteral("Demo"),
                        QStringLiteral("Ines Test"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
    ASSERT_NE(format, nullptr);
    QStringList ids;
    for (int i = 0; i < format->count(); ++i)
        ids << format->itemData(i).toString();
    EXPECT_EQ(ids, (QStringList{"pdf", "html", "csv", "json", "w3c", "claimreview", "timelinejs"}));

    const auto shown = [&](const char* name) {
        auto* w = dialog.findChild<QWidget*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w && w->isVisibleTo(&dialog);
    };
    struct Expected {
        const char* format;
        const char* path;
        bool title, analyst, excerpts, grouping, byteOrderMark;
    };
    const Expected table[] = {
        {"pdf", "/tmp/out/demo-report.pdf", true, true, true, true, false},
        {"csv", "/tmp/out/demo-claims.csv", false, false, false, false, true},
        {"json", "/tmp/out/demo-analysis.json", false, false, false, false, false},
        {"w3c", "/tmp/out/demo-annotations.jsonld", false, false, false, false, false},
        {"claimreview", "/tmp/out/demo-claimreview.jsonld", false, false, false, false, false},
        {"timelinejs", "/tmp/out/demo-timeline.json", true, false, false, false, false},
        {"html", "/tmp/out/demo-report.html", true, true, true, true, false},
    };
    for (const auto& e : table) {
        dialog.setFormat(QString::fromLatin1(e.format));
        ASSERT_EQ(dialog.format().id, QString::fromLatin1(e.format));
        EXPECT_EQ(dialog.path(), QString::fromLatin1(e.path)) << e.format;
        EXPECT_EQ(shown("title"), e.title) << e.format;
        EXPECT_EQ(shown("analyst"), e.analyst) << e.format;
        EXPECT_EQ(shown("excerpts"), e.excerpts) << e.format;
        EXPECT_EQ(shown("grouping"), e.grouping) << e.format;
        EXPECT_EQ(shown("byteOrderMark"), e.byteOrderMark) << e.format;
    }

    // The filters apply to the data formats too; the byte-order mark to CSV only.
    dialog.setFormat(QStringLiteral("csv"));
    dialog.setStatusChecked(ClaimStatus::Extracted, false);
    dialog.setDocumentChecked(documents->front().id, false);
    dialog.setByteOrderMark(true);
    EXPECT_EQ(dialog.options().statuses, (std::set<ClaimStatus>{ClaimStatus::Confirmed, ClaimStatus::Rejected}));
    EXPECT_EQ(dialog.options().documentIds.size(), documents->size() - 1);
    EXPECT_TRUE(dialog.exchangeOptions().byteOrderMark);
    dialog.setFormat(QStringLiteral("json"));
    EXPECT_FALSE(dialog.exchangeOptions().byteOrderMark);
    // Each access key (Alt+letter) reaches one control.
    std::map<QChar, QString> keys;
    const auto checkKey = [&](const QString& text) {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2)) {
            if (text[i + 1] == QLatin1Char('&'))
                continue;
            const QChar key = text[i + 1].toLower();
            EXPECT_TRUE(keys.emplace(key, text).second)
                << "Alt+" << QString(key).toStdString() << ": " << text.toStdString() << " and " << keys[key].toStdString();
            break;
        }
    };
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        checkKey(l->text());
    for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
        checkKey(b->text());

    // A name the analyst chose keeps its stem; only the suffix follows.
    dialog.setPath(QStringLiteral("mine.v2.json"));
    dialog.setFormat(QStringLiteral("csv"));
    EXPECT_EQ(dialog.path(), QStringLiteral("mine.v2.csv"));
}

TEST_F(ExportFormatsTest, RunnerWritesCsvOfConfirmedClaimsOnlyWithAByteOrderMark) {
    const std::string store = demoCopy("csv.claimdesk");
    const auto confirmed = confirmSome(store, 2);
    const std::string extracted = anExtractedClaim(store);
    ASSERT_FALSE(extracted.empty());
    report::ReportOptions options;
    options.statuses = {ClaimStatus::Confirmed};
    exporting::ExchangeOptions exchange;
    exchange.byteOrderMark = true;
    const QString out = QString::fromStdString(m_dir.file("claims.csv").string());
    runExport(store, QStringLiteral("csv"), options, out, exchange);
    const QByteArray csv = readBytes(out);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    for (const auto& c : confirmed)
        EXPECT_TRUE(csv.contains(QByteArray::fromStdString(c))) << c;
    EXPECT_FALSE(csv.contains(QByteArray::fromStdString(extracted))) << extracted;
    EXPECT_TRUE(csv.contains("confirmed"));
    EXPECT_FALSE(csv.contains(",extracted,"));
}

TEST_F(ExportFormatsTest, RunnerWritesW3cAnnotationsOfConfirmedClaimsOnly) {
    const std::string store = demoCopy("w3c.claimdesk");
    const auto confirmed = confirmSome(store, 3);
    report::ReportOptions options;
    options.statuses = {ClaimStatus::Confirmed};
    const QString out = QString::fromStdString(m_dir.file("annotations.jsonld").string());
    runExport(store, QStringLiteral("w3c"), options, out);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(readBytes(out), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(json.object().value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray items = json.object().value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    int assessing = 0;
    for (const auto& item : items)
        if (item.toObject().value(QStringLiteral("motivation")).toString() == QStringLiteral("assessing"))
            ++assessing;
    EXPECT_EQ(assessing, 3);
    const QByteArray text = readBytes(out);
    for (const auto& c : confirmed)
        EXPECT_TRUE(text.contains(QByteArray::fromStdString(c))) << c;
}

TEST_F(ExportFormatsTest, TimelineJsExportParsesAsJsonWithEventsAndTheGivenTitle) {
    report::ReportOptions options;
    options.title = "Harbour strike";
    const QString out = QString::fromStdString(m_dir.file("timeline.json").string());
    runExport(s_demo, QStringLiteral("timelinejs"), options, out);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(readBytes(out), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonArray events = json.object().value(QStringLiteral("events")).toArray();
    EXPECT_GT(events.size(), 5);
    for (const auto& e : events)
        EXPECT_TRUE(e.toObject().contains(QStringLiteral("start_date")));
    EXPECT_EQ(json.object()
                  .value(QStringLiteral("title"))
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toObject()
                  .value(QStringLiteral("headline"))
                  .toString(),
              QStringLiteral("Harbour strike"));

    // A status filter leaves the events out (they have no status); nothing
    // in the demo is confirmed yet, so nothing remains.
    options.statuses = {ClaimStatus::Confirmed};
    const QString none = QString::fromStdString(m_dir.file("confirmed-timeline.json").string());
    runExport(s_demo, QStringLiteral("timelinejs"), options, none);
    const QJsonDocument filtered = QJsonDocument::fromJson(readBytes(none), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_TRUE(filtered.object().value(QStringLiteral("events")).toArray().isEmpty());
}

TEST_F(ExportFormatsTest, CancelledExchangeExportLeavesNoFile) {
    std::atomic<bool> cancel{true};
    ReportRun run;
    run.cancel = &cancel;
    ExchangeRequest request;
    request.format = "json";
    const QString out = QString::fromStdString(m_dir.file("cancelled.json").string());
    const Status s = writeExchangeFile(s_demo, request, out, run);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), "cancelled");
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportFormatsTest, ImportingAW3cExportThroughTheWindowRestoresAConfirmedClaim) {
    const std::string reviewed = demoCopy("reviewed.claimdesk");
    const auto confirmed = confirmSome(reviewed, 1);
    const QString exported = QString::fromStdString(m_dir.file("reviewed.jsonld").string());
    runExport(reviewed, QStringLiteral("w3c"), {}, exported);

    const std::string fresh = demoCopy("fresh.claimdesk");
    MainWindow window;
    auto prompts = std::make_unique<Importer>();
    Importer* importer = prompts.get();
    importer->file = exported;
    window.setPrompts(std::move(prompts));
    ASSERT_NE(window.importAnnotationsAction(), nullptr);
    EXPECT_FALSE(window.importAnnotationsAction()->isEnabled());
    ASSERT_TRUE(window.openProject(QString::fromStdString(fresh)));
    ASSERT_TRUE(window.importAnnotationsAction()->isEnabled());
    EXPECT_TRUE(window.menuBar()->actions().first()->menu()->actions().contains(window.importAnnotationsAction()));
    Workspace* ws = window.workspace();

    // An edit before the import, on another claim: its undo must not
    // outlive the import.
    auto extracted = ws->claims({});
    ASSERT_TRUE(extracted.ok());
    qint64 target = 0, other = 0;
    for (const auto& c : *extracted) {
        if (c.content == confirmed.front())
            target = c.id;
        else if (!other)
            other = c.id;
    }
    ASSERT_TRUE(target && other);
    ASSERT_TRUE(ws->rejectClaims({other}, QStringLiteral("not in the source")));
    ASSERT_EQ(ws->undoStack()->count(), 1);
    QSignalSpy reloaded(ws, &Workspace::claimsChanged);

    window.importAnnotationsAction()->trigger();

    ASSERT_EQ(importer->questions.size(), 1);
    EXPECT_TRUE(importer->questions.front().contains(QStringLiteral("cannot be undone")) ||
                importer->questions.front().contains(QStringLiteral("not an edit that can be undone")))
        << importer->questions.front().toStdString();
    auto claim = ws->claim(target);
    ASSERT_TRUE(claim.ok());
    EXPECT_EQ(claim->status, ClaimStatus::Confirmed);
    EXPECT_EQ(ws->undoStack()->count(), 0);
    EXPECT_GE(reloaded.count(), 1);
    ASSERT_EQ(importer->reports.size(), 1);
    EXPECT_FALSE(importer->reports.front().startsWith(QStringLiteral("0 claims updated")))
        << importer->reports.front().toStdString();

    // The same file again adds nothing.
    window.importAnnotationsAction()->trigger();
    ASSERT_EQ(importer->reports.size(), 2);
    EXPECT_TRUE(importer->reports.back().startsWith(QStringLiteral("0 claims updated, 0 created")))
        << importer->reports.back().toStdString();
}

TEST_F(ExportFormatsTest, ImportIntoAProjectWithoutTheDocumentsNamesThemAndWritesNothing) {
    const QString exported = QString::fromStdString(m_dir.file("demo.jsonld").string());
    runExport(s_demo, QStringLiteral("w3c"), {}, exported);
    const std::string small = m_dir.file("small.claimdesk").string();
    {
        auto store = store::ProjectStore::open(small);
        ASSERT_TRUE(store.ok());
        testing::writeSmallProject(*store);
    }
    MainWindow window;
    auto prompts = std::make_unique<Importer>();
    Importer* importer = prompts.get();
    importer->file = exported;
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(small)));
    ASSERT_TRUE(window.workspace()->confirmClaims({window.workspace()->claims({})->front().id}));
    window.importAnnotationsAction()->trigger();
    ASSERT_EQ(importer->reports.size(), 1);
    EXPECT_TRUE(importer->reports.front().contains(QStringLiteral("Nothing imported"))) << importer->reports.front().toStdString();
    EXPECT_TRUE(importer->reports.front().contains(QStringLiteral("Missing document: ")) &&
                importer->reports.front().contains(QStringLiteral("urn:sha256:")))
        << importer->reports.front().toStdString();
    // Nothing was written, so the undo history still holds.
    EXPECT_EQ(window.workspace()->undoStack()->count(), 1);
}

// The Export dialog with CSV chosen, then PDF, saved under
// CLAIMDESK_SCREENSHOT_DIR to check its layout.
TEST(Screenshots, TheExportDialogWithCsvChosen) {
    if (qEnvironmentVariableIsEmpty("CLAIMDESK_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set CLAIMDESK_SCREENSHOT_DIR to take it";
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("demo.claimdesk").string();
    ASSERT_TRUE(testing::writeDemoProject(path));
    auto store = store::ProjectStore::open(path);
    auto documents = store->documents();
    ASSERT_TRUE(documents.ok());
    ExportDialog dialog(exportFormats(), *documents, QStringLiteral("/home/ines/demo-report.pdf"), QStringLiteral("demo"),
                        QStringLiteral("Ines Reviewer"));
    dialog.setFormat(QStringLiteral("csv"));
    dialog.setStatusChecked(ClaimStatus::Extracted, false);
    dialog.setByteOrderMark(true);
    dialog.show();
    QCoreApplication::processEvents();
    const QString shots = qEnvironmentVariable("CLAIMDESK_SCREENSHOT_DIR");
    QDir().mkpath(shots);
    EXPECT_TRUE(dialog.grab().save(shots + QStringLiteral("/export-dialog-csv.png")));
    // And the report's options, for comparison.
    dialog.setFormat(QStringLiteral("pdf"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(shots + QStringLiteral("/export-dialog-pdf.png")));
}

}  // namespace
}  // namespace claimdesk::ui
