// The report writers, read back: the PDF through pdftotext, the HTML as text.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/exportrunner.h"
#include "ui/report/reportcontent.h"
#include "ui/report/reportwriter.h"
#include "ui/models/statuscolors.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/theme.h"

namespace claimdesk::ui {
namespace {

using report::ReportOptions;

// Whitespace collapsed, so that text wrapped across lines still matches.
QString flat(QString text) { return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); }

QString pdfText(const std::string& path, int page = 0, bool layout = false, bool raw = false) {
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (raw)
        args << QStringLiteral("-raw");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << QString::fromStdString(path) << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString readAll(const std::string& path) {
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

// The small two-outlet project with a confirmed claim, a rejected one
// with a reason, a note, and the two workforce figures in one cluster
// that disagrees.
class ReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        testing::qtApp();
        m_store = m_dir.file("p.claimdesk").string();
        auto store = store::ProjectStore::open(m_store);
        ASSERT_TRUE(store.ok()) << store.error();
        m_project = testing::writeSmallProject(*store);
        auto claims = store->claims({});
        ASSERT_TRUE(claims.ok());
        std::int64_t reopen = 0, costs = 0, w300 = 0, w200 = 0;
        for (const auto& c : *claims) {
            if (c.content == "the bridge would reopen on 5 March") reopen = c.id;
            if (c.content == "costs rose to 4 million euros") costs = c.id;
            if (c.content == "We have 300 workers on site") w300 = c.id;
            if (c.content == "the repair needs 200 workers") w200 = c.id;
        }
        ASSERT_TRUE(reopen && costs && w300 && w200);
        ASSERT_TRUE(store->review({{reopen, ClaimStatus::Confirmed, "", "Ines Test", "2025-03-07T10:00:00Z"},
                                   {costs, ClaimStatus::Rejected, "the budget office reports a lower figure",
                                    "Ines Test", "2025-03-07T10:05:00Z"}})
                        .ok());
        ASSERT_TRUE(store->writeClaimClusters(
                             {{0, {w300, w200}, true, "workforce figures differ: 300 against 200", 2, 2, "", {}}})
                        .ok());
        auto doc = store->document(m_project.harbour);
        store::Annotation note;
        note.documentId = m_project.harbour;
        note.span = testing::spanOf(doc->text, "300 workers");
        note.kind = store::AnnotationKind::Note;
        note.note = "Ask the contractor for the shift roster";
        note.author = "Ines Test";
        note.createdAt = "2025-03-07T10:10:00Z";
        ASSERT_TRUE(store->addAnnotation(note).ok());
    }

    ReportOptions options() const {
        ReportOptions o;
        o.title = "Bridge works — Звіт";
        o.analyst = "Ines Test";
        o.date = "2025-03-08";
        return o;
    }

    std::string write(const ReportOptions& o, ReportFormat format, const ReportRun& run = {}) {
        const std::string out = m_dir.file(format == ReportFormat::Pdf ? "r.pdf" : "r.html").string();
        Status s = writeReport(m_store, o, format, out, run);
        EXPECT_TRUE(s.ok()) << s.error();
        return out;
    }

    testing::TempDir m_dir;
    std::string m_store;
    testing::SmallProject m_project;
};

TEST_F(ReportTest, PdfReadsBackWithClaimsNotesReasonsHeadersAndPageNumbers) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string out = write(options(), ReportFormat::Pdf);
    const QString text = flat(pdfText(out));
    EXPECT_TRUE(text.contains(QStringLiteral("Bridge works — Звіт"))) << "Cyrillic title";
    EXPECT_TRUE(text.contains(QStringLiteral("the bridge would reopen on 5 March")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ask the contractor for the shift roster"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("workforce figures differ: 300 against 200")));
    EXPECT_TRUE(text.contains(QStringLiteral("the budget office reports a lower figure")));
    EXPECT_TRUE(text.contains(QStringLiteral("0000000000000000000000000000000000000000000000000000harbour.txt")) ||
                text.contains(QStringLiteral("harbour.txt")));

    // Every page after the title page has the running header and its number.
    const QRegularExpression total(QStringLiteral("Page 2 of (\\d+)"));
    const auto m = total.match(text);
    ASSERT_TRUE(m.hasMatch());
    const int pages = m.captured(1).toInt();
    ASSERT_GE(pages, 2);
    int sourcesPage = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString onPage = flat(pdfText(out, page));
        EXPECT_TRUE(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(onPage.contains(QStringLiteral("Bridge works"))) << "running header on page " << page;
        if (onPage.contains(QStringLiteral("sha256")))
            sourcesPage = page;
    }
    // The contents, on the first page under the summary, give the page on
    // which the sources are.
    ASSERT_GT(sourcesPage, 0);
    const QString contents = pdfText(out, 1, true);
    const auto entry = QRegularExpression(QStringLiteral("\\bSources\\s+(\\d+)")).match(contents);
    ASSERT_TRUE(entry.hasMatch()) << contents.toStdString();
    EXPECT_EQ(entry.captured(1).toInt(), sourcesPage);
}

TEST_F(ReportTest, HtmlEscapesEverythingItShows) {
    {
        auto store = store::ProjectStore::open(m_store);
        const std::string text = "Officials said <script>alert(1)</script> costs & fees rose 5%1 \"fast\".\n";
        Document d;
        d.fileName = "evil.html";
        d.text = d.original = text;
        d.sha256 = std::string(64, 'e');
        d.source.outlet = "Tom & Jerry's <b>Press</b>";
        d.source.title = "<script>alert(1)</script> & more";
        d.body = {0, testing::spanOf(text, "\n").start};
        Analysis a;
        Claim c;
        c.content = testing::textSpanOf(text, "<script>alert(1)</script> costs & fees rose 5%1 \"fast\"");
        a.claims.push_back(c);
        ASSERT_TRUE(store->addDocument(d, a).ok());
    }
    ReportOptions o = options();
    o.title = "<i>Title</i> & \"quotes\"";
    const QString html = readAll(write(o, ReportFormat::Html));
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>Press")));
    EXPECT_FALSE(html.contains(QStringLiteral("<i>Title")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; costs &amp; fees rose 5%1 &quot;fast&quot;")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tom &amp; Jerry&#39;s &lt;b&gt;Press&lt;/b&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;i&gt;Title&lt;/i&gt; &amp; &quot;quotes&quot;")));
    // Self-contained: nothing is fetched from anywhere.
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("(src|href)=\"(?!#|data:)"))));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));

    // The PDF's rich text is escaped by the same walk: the markup reads as text.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = flat(pdfText(write(o, ReportFormat::Pdf)));
        EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script> costs & fees rose 5%1"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("<i>Title</i> & \"quotes\"")));
    }
}

TEST_F(ReportTest, OptionsLeaveOutStatusesDocumentsAndExcerpts) {
    ReportOptions o = options();
    o.statuses = {ClaimStatus::Confirmed};
    QString html = readAll(write(o, ReportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("the bridge would reopen on 5 March")));
    // The rejected claim's sentence may stand in an excerpt, but unmarked
    // and without its row or its reason.
    EXPECT_FALSE(html.contains(QStringLiteral("st-rejected\">costs rose")));
    EXPECT_FALSE(html.contains(QStringLiteral("<td>costs rose to 4 million euros")));
    EXPECT_FALSE(html.contains(QStringLiteral("the budget office reports")));
    EXPECT_FALSE(html.contains(QStringLiteral("the repair needs 200 workers")));

    o = options();
    o.documentIds = {m_project.river};
    html = readAll(write(o, ReportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("the repair needs 200 workers")));
    EXPECT_FALSE(html.contains(QStringLiteral("Harbour Gazette")));
    EXPECT_FALSE(html.contains(QStringLiteral("Ask the contractor")));

    o = options();
    o.excerpts = false;
    html = readAll(write(o, ReportFormat::Html));
    EXPECT_FALSE(html.contains(QStringLiteral("Annotated excerpts")));
    EXPECT_FALSE(html.contains(QStringLiteral("Ask the contractor")));
    EXPECT_TRUE(html.contains(QStringLiteral("the budget office reports a lower figure")));

    o = options();
    o.grouping = report::Grouping::Speaker;
    html = readAll(write(o, ReportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("Claims by speaker")));
    EXPECT_TRUE(html.contains(QStringLiteral("Ana Lind (Mayor)")));
}

TEST_F(ReportTest, ExcerptsHighlightInStatusColoursAndNumberNotes) {
    const QString html = readAll(write(options(), ReportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"st-confirmed\">the bridge would reopen on 5 March</span>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"st-rejected\">costs rose to 4 million euros</span>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<sup class=\"noteref\">[1]</sup>")));
    EXPECT_TRUE(html.contains(QStringLiteral(".st-confirmed { background-color: %1; }")
                                  .arg(statusColor(ClaimStatus::Confirmed, paperPalette()).name())));
    EXPECT_NE(statusColor(ClaimStatus::Confirmed, paperPalette()), verdictColor(5, paperPalette()))
        << "a checked attribution is not coloured as true";
}

// The project's own timeline is the figure unless the caller gives one; a
// figure that draws nothing leaves the section out.
TEST_F(ReportTest, TimelineFigureIsTheProjectsTimelineAndSkippedWhenEmpty) {
    QString html = readAll(write(options(), ReportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral(">Timeline<")));
    EXPECT_TRUE(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    ReportRun none;
    none.timelineFigure = [](QSize) { return QImage(); };
    html = readAll(write(options(), ReportFormat::Html, none));
    EXPECT_FALSE(html.contains(QStringLiteral(">Timeline<")));
    ReportRun run;
    QSize asked;
    run.timelineFigure = [&](QSize size) {
        asked = size;
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        return image;
    };
    html = readAll(write(options(), ReportFormat::Html, run));
    EXPECT_TRUE(html.contains(QStringLiteral(">Timeline<")));
    EXPECT_TRUE(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    EXPECT_FALSE(asked.isEmpty());
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = flat(pdfText(write(options(), ReportFormat::Pdf, run)));
        EXPECT_TRUE(text.contains(QStringLiteral("Timeline")));
    }
}

TEST_F(ReportTest, ProgressRisesToTheEndAndCancelLeavesNoFile) {
    std::vector<int> seen;
    ReportRun run;
    run.progress = [&](int p) { seen.push_back(p); };
    write(options(), ReportFormat::Pdf, run);
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 100);

    std::atomic<bool> cancel{false};
    ReportRun stopping;
    stopping.cancel = &cancel;
    stopping.progress = [&](int p) {
        if (p >= 40)
            cancel = true;
    };
    const std::string out = m_dir.file("cancelled.pdf").string();
    Status s = writeReport(m_store, options(), ReportFormat::Pdf, out, stopping);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), "cancelled");
    EXPECT_FALSE(QFile::exists(QString::fromStdString(out)));
    EXPECT_FALSE(QFile::exists(QString::fromStdString(out + ".part")));
}

TEST_F(ReportTest, DialogChoicesBecomeOptionsAndTheRunnerWritesOffTheUiThread) {
    auto store = store::ProjectStore::open(m_store);
    auto documents = store->documents();
    ASSERT_TRUE(documents.ok());
    QWidget window;
    ExportDialog dialog(exportFormats(), *documents, m_dir.file("out.pdf").string().c_str(), QStringLiteral("Bridge"),
                        QStringLiteral("Ines Test"));
    // A report to send: the checked attributions, either way, and every
    // assessed claim.
    EXPECT_EQ(dialog.options().statuses, (std::set<ClaimStatus>{ClaimStatus::Confirmed, ClaimStatus::Rejected}));
    EXPECT_TRUE(dialog.options().includeAssessed);
    EXPECT_TRUE(dialog.options().documentIds.empty());
    dialog.setFormat(QStringLiteral("html"));
    EXPECT_TRUE(dialog.path().endsWith(QStringLiteral("/out.html")));
    dialog.setPath(QStringLiteral("mine.v2.html"));
    dialog.setFormat(QStringLiteral("pdf"));
    EXPECT_EQ(dialog.path(), QStringLiteral("mine.v2.pdf"));
    dialog.setPath(QString::fromStdString(m_dir.file("out.pdf").string()));
    dialog.setFormat(QStringLiteral("html"));
    dialog.setStatusChecked(ClaimStatus::Extracted, false);
    dialog.setDocumentChecked(m_project.river, false);
    dialog.setExcerpts(false);
    const ReportOptions o = dialog.options();
    EXPECT_EQ(o.statuses, (std::set<ClaimStatus>{ClaimStatus::Confirmed, ClaimStatus::Rejected}));
    EXPECT_EQ(o.documentIds, (std::set<std::int64_t>{m_project.harbour}));
    EXPECT_FALSE(o.excerpts);
    EXPECT_EQ(o.title, "Bridge");

    ExportRunner runner(&window);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    ASSERT_TRUE(runner.start(QString::fromStdString(m_store), dialog.format(), o, dialog.path()));
    EXPECT_FALSE(runner.start(QString::fromStdString(m_store), dialog.format(), o, dialog.path()));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(2).toString().toStdString();
    const QString html = readAll(dialog.path().toStdString());
    EXPECT_TRUE(html.contains(QStringLiteral("the bridge would reopen on 5 March")));
    EXPECT_FALSE(html.contains(QStringLiteral("River Post")));
}

TEST_F(ReportTest, FileMenuOffersExportOnceAProjectIsOpen) {
    MainWindow window;
    ASSERT_NE(window.exportAction(), nullptr);
    EXPECT_FALSE(window.exportAction()->isEnabled());
    ASSERT_TRUE(window.openProject(QString::fromStdString(m_store)));
    EXPECT_TRUE(window.exportAction()->isEnabled());
    const QList<QAction*> menus = window.menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_TRUE(menus.first()->menu()->actions().contains(window.exportAction()));
}

// Qt would split a table row line by line across two pages; each claim's
// row must be whole on one page.
TEST(ReportWriter, TableRowsAreNotSplitAcrossPages) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    testing::qtApp();
    testing::TempDir dir;
    const std::string storePath = dir.file("long.claimdesk").string();
    std::vector<std::string> contents;
    {
        auto store = store::ProjectStore::open(storePath);
        std::string text = "Long Claims\n";
        Analysis a;
        a.speakers.push_back({0, "Ada Berg", SpeakerKind::Person, "", {}, ""});
        for (int i = 0; i < 30; ++i) {
            std::string content = "the quay number " + std::to_string(i) + " needs";
            for (int w = 0; w < 18; ++w)
                content += " several heavy repairs before winter";
            content += " ends" + std::to_string(i);
            text += "Ada Berg said " + content + ".\n";
            contents.push_back(content);
        }
        for (const auto& content : contents) {
            Claim c;
            c.speakerIndex = 0;
            c.content = testing::textSpanOf(text, content);
            a.claims.push_back(c);
        }
        Document d;
        d.fileName = "long.txt";
        d.text = d.original = text;
        d.sha256 = std::string(64, 'c');
        d.body = {0, testing::spanOf(text, "ends29").end};
        ASSERT_TRUE(store->addDocument(d, a).ok());
    }
    ReportOptions o;
    o.excerpts = false;
    const std::string out = dir.file("long.pdf").string();
    Status s = writeReport(storePath, o, ReportFormat::Pdf, out);
    ASSERT_TRUE(s.ok()) << s.error();
    const auto pages = QRegularExpression(QStringLiteral("Page 2 of (\\d+)")).match(flat(pdfText(out))).captured(1).toInt();
    ASSERT_GE(pages, 5);
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts << flat(pdfText(out, page, false, true));
    for (const auto& content : contents) {
        const QString wanted = QString::fromStdString(content);
        EXPECT_TRUE(std::any_of(pageTexts.begin(), pageTexts.end(), [&](const QString& t) { return t.contains(wanted); }))
            << content.substr(0, 20);
    }
}

TEST(ReportWriter, MissingStoreIsAnErrorNotAnEmptyProject) {
    testing::qtApp();
    testing::TempDir dir;
    Status s = writeReport(dir.file("nope.claimdesk").string(), {}, ReportFormat::Html, dir.file("r.html").string());
    ASSERT_FALSE(s.ok());
    EXPECT_FALSE(std::filesystem::exists(dir.file("nope.claimdesk")));
}

TEST(ReportContent, ContentsListManyGroupsAsOneSection) {
    report::ReportData data;
    for (int i = 0; i < 40; ++i)
        data.groups.push_back({0, "Cluster " + std::to_string(i), "", {}});
    const auto toc = tocEntries(data, false);
    EXPECT_TRUE(std::none_of(toc.begin(), toc.end(), [](const TocEntry& e) { return e.level == 2; }));
    const QString html = reportHtml(data, HtmlFlavor::File, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<h2>Cluster 39</h2>")));
    data.groups.resize(3);
    const auto few = tocEntries(data, false);
    EXPECT_EQ(std::count_if(few.begin(), few.end(), [](const TocEntry& e) { return e.level == 2; }), 3);
}

TEST(ReportContent, EscapeHtmlCoversMarkupAndAttributes) {
    EXPECT_EQ(escapeHtml(std::string("<a href='x'>\"&\"</a>")),
              QStringLiteral("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"));
}


// A report is read on paper: its highlights and its timeline figure are the
// same under the window's dark theme as under the light one (the CLI's),
// light tints and a white ground, never the dark shades the viewer uses.
TEST_F(ReportTest, HighlightsAndTimelineAreOnPaperWhateverTheTheme) {
    const auto styleAndFigure = [&](Theme theme) {
        applyTheme(theme);
        const QString html = readAll(write(options(), ReportFormat::Html));
        const QRegularExpression rule(QStringLiteral("\\.st-[a-z]+ \\{ background-color: #[0-9a-f]{6}; \\}"));
        QStringList rules;
        for (auto it = rule.globalMatch(html); it.hasNext();)
            rules << it.next().captured();
        const QString marker = QStringLiteral("src=\"data:image/png;base64,");
        const auto from = html.indexOf(marker) + marker.size();
        const auto to = html.indexOf(QLatin1Char('"'), from);
        const QImage figure = QImage::fromData(QByteArray::fromBase64(html.mid(from, to - from).toLatin1()), "PNG");
        return std::pair{rules, figure};
    };
    const auto [darkRules, darkFigure] = styleAndFigure(Theme::Dark);
    ASSERT_TRUE(isDark(QApplication::palette()));
    const auto [lightRules, lightFigure] = styleAndFigure(Theme::Light);
    applyTheme(Theme::System);

    ASSERT_EQ(lightRules.size(), 3);
    EXPECT_EQ(darkRules.join(QLatin1Char('\n')).toStdString(), lightRules.join(QLatin1Char('\n')).toStdString());
    EXPECT_TRUE(lightRules.contains(QStringLiteral(".st-confirmed { background-color: %1; }")
                                        .arg(statusColor(ClaimStatus::Confirmed, paperPalette()).name())));
    ASSERT_FALSE(darkFigure.isNull());
    EXPECT_TRUE(darkFigure.convertToFormat(QImage::Format_RGB32) == lightFigure.convertToFormat(QImage::Format_RGB32));
    // The ground under the lanes, right of their titles, and the corner.
    for (const QPoint p : {QPoint(darkFigure.width() - 3, darkFigure.height() - 3), QPoint(2, 2)})
        EXPECT_GT(darkFigure.pixelColor(p).lightness(), 225) << p.x() << "," << p.y();
}

// The PDF replaces an earlier report only once it is complete: a cancelled
// run leaves the earlier report as it was, and at no point does the path
// hold nothing, even when the file being written is removed from under
// the writer just before it is finished (on filesystems where it has a
// name); no stray file is left beside it.
TEST_F(ReportTest, AnEarlierPdfSurvivesACancelledOrFailedExport) {
    const std::filesystem::path out = m_dir.write("out/r.pdf", "the earlier report");
    const QDir folder(QString::fromStdString(out.parent_path().string()));
    const auto others = [&] {
        QStringList names = folder.entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("r.pdf"));
        return names;
    };

    std::atomic<bool> cancel{false};
    ReportRun stopping;
    stopping.cancel = &cancel;
    stopping.progress = [&](int p) {
        if (p >= 60)
            cancel = true;
    };
    Status s = writeReport(m_store, options(), ReportFormat::Pdf, out.string(), stopping);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), "cancelled");
    EXPECT_EQ(testing::readFile(out), "the earlier report");
    EXPECT_TRUE(others().isEmpty()) << others().join(QLatin1Char(' ')).toStdString();

    ReportRun failing;
    bool removed = false;
    failing.progress = [&](int p) {
        if (p < 99 || removed)
            return;  // the last page is painted: all that is left is to finish the file
        for (const QString& name : others())
            removed = QFile::remove(folder.filePath(name)) || removed;
    };
    s = writeReport(m_store, options(), ReportFormat::Pdf, out.string(), failing);
    ASSERT_TRUE(std::filesystem::exists(out));
    if (s.ok())
        EXPECT_EQ(testing::readFile(out).rfind("%PDF", 0), 0u);
    else
        EXPECT_EQ(testing::readFile(out), "the earlier report");
    EXPECT_TRUE(others().isEmpty()) << others().join(QLatin1Char(' ')).toStdString();
    std::filesystem::resize_file(out, 0);

    ASSERT_TRUE(writeReport(m_store, options(), ReportFormat::Pdf, out.string()).ok());
    EXPECT_EQ(testing::readFile(out).rfind("%PDF", 0), 0u);  // replaced once complete
    EXPECT_TRUE(others().isEmpty()) << others().join(QLatin1Char(' ')).toStdString();
}


// The export dialog is left as the analyst left it, per project: format,
// folder, title, analyst, the claims chosen and the options; another
// project's dialog starts from its defaults.
TEST(ExportDialogSettings, RemembersItsChoicesPerProject) {
    testing::qtApp();
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    testing::TempDir dir;
    const QString folder = QString::fromStdString(dir.path().string());
    const std::vector<store::DocumentSummary> documents;
    {
        ExportDialog left(exportFormats(), documents, QStringLiteral("/tmp/a-report.pdf"), QStringLiteral("Kursk losses"),
                          QStringLiteral("Ines"));
        left.setFormat(QStringLiteral("html"));
        left.setPath(folder + QStringLiteral("/kursk-report.html"));
        left.setStatusChecked(ClaimStatus::Rejected, false);
        left.setExcerpts(false);
        left.saveSettings(QStringLiteral("/projects/kursk.claimdesk"));
    }
    ExportDialog again(exportFormats(), documents, QStringLiteral("/tmp/b-report.pdf"), QStringLiteral("Untitled"),
                       QStringLiteral("someone"));
    again.restoreSettings(QStringLiteral("/projects/kursk.claimdesk"));
    EXPECT_EQ(again.format().id, QStringLiteral("html"));
    EXPECT_EQ(QFileInfo(again.path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    const report::ReportOptions options = again.options();
    EXPECT_EQ(options.title, "Kursk losses");
    EXPECT_EQ(options.analyst, "Ines");
    EXPECT_EQ(options.statuses, std::set<ClaimStatus>{ClaimStatus::Confirmed});
    EXPECT_FALSE(options.excerpts);

    ExportDialog other(exportFormats(), documents, QStringLiteral("/tmp/c-report.pdf"), QStringLiteral("Harbour"),
                       QStringLiteral("bo"));
    other.restoreSettings(QStringLiteral("/projects/harbour.claimdesk"));
    EXPECT_EQ(other.format().id, QStringLiteral("pdf"));
    EXPECT_EQ(other.options().title, "Harbour");
    EXPECT_EQ(other.options().statuses, (std::set<ClaimStatus>{ClaimStatus::Confirmed, ClaimStatus::Rejected}))
        << "the report to send's default";
    EXPECT_TRUE(other.options().excerpts);
}

}  // namespace
}  // namespace claimdesk::ui
