// The source models under QAbstractItemModelTester, with paging.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimstatusfilter.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/documentlistmodel.h"
#include "ui/models/roles.h"
#include "ui/models/speakerlistmodel.h"
#include "storeaccess.h"

namespace claimdesk::ui {
namespace {

std::unique_ptr<Workspace> openWorkspace(const testing::TempDir& dir, int manyClaims, testing::SmallProject* small) {
    testing::qtApp();
    auto store = store::ProjectStore::open(dir.file("m.claimdesk").string());
    if (!store)
        return nullptr;
    if (small)
        *small = testing::writeSmallProject(*store);
    if (manyClaims)
        testing::writeManyClaims(*store, manyClaims);
    auto ws = std::make_unique<Workspace>(std::move(*store), QStringLiteral("m.claimdesk"));
    ws->setAnalyst(QStringLiteral("Model Test"));
    return ws;
}

TEST(ClaimTableModel, ShowsEachClaimsClusterAndWhetherItDisagrees) {
    testing::qtApp();
    testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("c.claimdesk").string());
    ASSERT_TRUE(store.ok());
    testing::writeSmallProject(*store);
    const auto rows = *store->claims({});
    ASSERT_EQ(rows.size(), 5u);  // harbour 0-2, river 3-4
    // A cluster across both articles, one of two claims of one article, and
    // a claim alone.
    ASSERT_TRUE(store->writeClaimClusters({{0, {rows[0].id, rows[3].id}, true, "5 March vs April", 2, 1, "Mayor", {}},
                                           {0, {rows[1].id, rows[2].id}, false, "", 1, 2, "", {}},
                                           {0, {rows[4].id}, false, "", 1, 1, "", {}}})
                    .ok());
    Workspace ws(std::move(*store), QStringLiteral("c.claimdesk"));
    ClaimTableModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 5);
    const auto cluster = [&](int row) { return model.index(row, ClaimTableModel::Cluster).data().toString(); };
    EXPECT_FALSE(cluster(0).isEmpty());
    EXPECT_EQ(cluster(0), cluster(3));
    for (int alone : {1, 2, 4})
        EXPECT_TRUE(cluster(alone).isEmpty()) << "row " << alone << ": no other article says it";
    EXPECT_EQ(model.index(0, ClaimTableModel::Disagreement).data().toString(), QStringLiteral("Disagrees"));
    EXPECT_EQ(model.index(0, ClaimTableModel::Disagreement).data(Qt::ToolTipRole).toString(),
              QStringLiteral("5 March vs April"));
    EXPECT_TRUE(model.index(4, ClaimTableModel::Disagreement).data().toString().isEmpty());
    // Sorting by cluster puts the shared cluster first either way.
    for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(ClaimTableModel::Cluster, order);
        EXPECT_EQ(cluster(0), cluster(1));
        EXPECT_FALSE(cluster(0).isEmpty());
        EXPECT_TRUE(cluster(2).isEmpty());
    }
}

// Each claim's type (a belief is no statement; a statement not made says
// so), a filter by type in the store, and what each figure counts in the
// figures' tooltip.
TEST(ClaimTableModel, ShowsEachClaimsTypeFiltersByItAndExplainsItsFigures) {
    testing::qtApp();
    testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("t.claimdesk").string());
    ASSERT_TRUE(store.ok());
    testing::writeSmallProject(*store);
    for (const char* sql : {"UPDATE claims SET type = 'belief' WHERE content LIKE 'the bridge would reopen%'",
                            "UPDATE claims SET polarity = 'negated' WHERE content LIKE 'costs rose%'",
                            "UPDATE quantities SET measure = 'deployed', subject = 'Harbour', period = '2025-03-05', "
                            "period_kind = 'as_of'"})
        ASSERT_TRUE(claimdesk::testing::rawDatabase(*store).exec(sql).ok()) << sql;
    Workspace ws(std::move(*store), QStringLiteral("t.claimdesk"));
    ClaimTableModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 5);
    auto rowWith = [&](const QString& words) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ClaimTableModel::ClaimText).data().toString().contains(words))
                return r;
        return -1;
    };
    const auto type = [&](int row) { return model.index(row, ClaimTableModel::Type).data().toString(); };
    EXPECT_EQ(type(rowWith(QStringLiteral("the bridge would reopen on 5 March"))), QStringLiteral("belief"));
    EXPECT_EQ(type(rowWith(QStringLiteral("costs rose"))), QStringLiteral("statement, negated"));
    EXPECT_EQ(type(rowWith(QStringLiteral("300 workers"))), QStringLiteral("statement"));
    EXPECT_EQ(model.index(rowWith(QStringLiteral("300 workers")), ClaimTableModel::Quantities).data(Qt::ToolTipRole),
              QStringLiteral("300 workers: deployed, of Harbour, as of 2025-03-05"));

    model.setTypeFilter(ClaimType::Belief);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(type(0), QStringLiteral("belief"));
    model.setTypeFilter(std::nullopt);
    EXPECT_EQ(model.rowCount(), 5);
}

TEST(ClaimTableModel, GradeIsTheSourceReliabilityAndTheCredibility) {
    testing::SmallProject project;
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto grade = [&](int row) { return model.index(row, ClaimTableModel::Grade).data().toString(); };
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_TRUE(grade(0).isEmpty()) << "nothing graded yet";
    const qint64 first = model.claimAt(0)->id;
    const qint64 lind = *model.claimAt(0)->speakerId;

    ASSERT_TRUE(ws->setOutletReliability(QStringLiteral("Harbour Gazette"), 'C'));
    EXPECT_EQ(grade(0), QStringLiteral("C\u2013"));
    ASSERT_TRUE(ws->setCredibility({first}, 2));
    EXPECT_EQ(grade(0), QStringLiteral("C2")) << "the outlet's grade while the speaker has none";
    ASSERT_TRUE(ws->setSpeakerReliability(lind, 'B'));
    EXPECT_EQ(grade(0), QStringLiteral("B2")) << "the speaker's grade comes first";
    EXPECT_TRUE(model.index(0, ClaimTableModel::Grade).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Usually reliable")));
    // The council (row 2) has no grade: its outlet's shows.
    EXPECT_EQ(grade(2), QStringLiteral("C\u2013"));
    ws->undoStack()->undo();
    EXPECT_EQ(grade(0), QStringLiteral("C2"));
    ws->undoStack()->redo();
    EXPECT_EQ(grade(0), QStringLiteral("B2"));
}

TEST(ClaimTableModel, TheStatusTooltipShowsTheReviewHistory) {
    testing::SmallProject project;
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    const qint64 first = model.claimAt(0)->id;
    EXPECT_EQ(model.index(0, ClaimTableModel::Status).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Attribution not checked yet"));
    ASSERT_TRUE(ws->rejectClaims({first}, QStringLiteral("wrong date")));
    const QString tip = model.index(0, ClaimTableModel::Status).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Wrong by Model Test: wrong date"))) << tip.toStdString();
}

TEST(ClaimTableModel, PagesOf200UnderTheModelTester) {
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 450, nullptr);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    EXPECT_EQ(model.columnCount(), ClaimTableModel::ColumnCount);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.totalCount(), 450);
    ASSERT_TRUE(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 200);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 399);
    // The tester fetches what is left, checking every insertion.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 449);
    model.reload();
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_TRUE(model.canFetchMore({}));
}

TEST(ClaimTableModel, DisplayTextAndRawSortValues) {
    testing::TempDir dir;
    testing::SmallProject project;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 5);
    const QModelIndex workers = model.index(1, ClaimTableModel::ClaimText);
    EXPECT_EQ(workers.data().toString(), QStringLiteral("We have 300 workers on site"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Speaker).data().toString(), QStringLiteral("Ana Lind"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Kind).data().toString(), QStringLiteral("direct"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Quantities).data().toString(), QStringLiteral("300 workers"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Outlet).data().toString(), QStringLiteral("Harbour Gazette"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Status).data().toString(), QStringLiteral("Unchecked"));
    EXPECT_EQ(model.index(1, ClaimTableModel::Status).data(SortRole).toInt(), int(ClaimStatus::Extracted));
    EXPECT_EQ(workers.data(DocumentIdRole).toLongLong(), project.harbour);
    EXPECT_EQ(model.headerData(ClaimTableModel::StatedOn, Qt::Horizontal).toString(), QStringLiteral("Said on"));
}

TEST(ClaimTableModel, SetDataGoesThroughTheWorkspaceAndIsUndoable) {
    testing::TempDir dir;
    testing::SmallProject project;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = model.index(2, 0).data(IdRole).toLongLong();
    ASSERT_TRUE(model.setData(model.index(2, ClaimTableModel::Credibility), 3));
    EXPECT_EQ(ws->claim(id)->credibility, 3);
    EXPECT_EQ(model.index(2, ClaimTableModel::Credibility).data().toString(), QStringLiteral("3 Possibly true"));
    ASSERT_TRUE(model.setData(model.index(2, ClaimTableModel::Status), int(ClaimStatus::Confirmed)));
    EXPECT_EQ(ws->claim(id)->status, ClaimStatus::Confirmed);
    EXPECT_EQ(model.index(2, ClaimTableModel::Status).data().toString(), QStringLiteral("Correct"));
    EXPECT_EQ(changed.size(), 2);
    EXPECT_FALSE(model.setData(model.index(2, ClaimTableModel::Credibility), 9));
    EXPECT_FALSE(model.setData(model.index(2, ClaimTableModel::ClaimText), QStringLiteral("edited")));
    EXPECT_EQ(ws->undoStack()->count(), 2);
    ws->undoStack()->undo();
    EXPECT_EQ(model.index(2, ClaimTableModel::Status).data().toString(), QStringLiteral("Unchecked"));
}

TEST(ClaimTableModel, SortsInTheStoreAcrossPages) {
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 450, nullptr);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(ClaimTableModel::Speaker, Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), 200);
    // All 150 claims of the last speaker come first, then the next's.
    EXPECT_EQ(model.index(0, ClaimTableModel::Speaker).data().toString(), QStringLiteral("Cara Dunn"));
    EXPECT_EQ(model.index(149, ClaimTableModel::Speaker).data().toString(), QStringLiteral("Cara Dunn"));
    EXPECT_EQ(model.index(150, ClaimTableModel::Speaker).data().toString(), QStringLiteral("Ben Cole"));
}

// Every column sorts, in the store, both ways: each row's raw value is in
// order with the next one's.
class ClaimTableSort : public ::testing::TestWithParam<int> {};

TEST_P(ClaimTableSort, SortsByTheColumnBothWays) {
    testing::SmallProject project;
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    // Values to sort by: grades, credibility, a review.
    ASSERT_TRUE(ws->setOutletReliability(QStringLiteral("River Post"), 'D'));
    ASSERT_TRUE(ws->setCredibility({model.claimAt(1)->id}, 3));
    ASSERT_TRUE(ws->setCredibility({model.claimAt(3)->id}, 1));
    ASSERT_TRUE(ws->confirmClaims({model.claimAt(2)->id}));
    const int column = GetParam();
    for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        ASSERT_EQ(model.rowCount(), 5);
        for (int row = 0; row + 1 < model.rowCount(); ++row) {
            const QVariant a = model.index(row, column).data(SortRole), b = model.index(row + 1, column).data(SortRole);
            const auto cmp = QVariant::compare(a, b);
            EXPECT_TRUE(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater : cmp != QPartialOrdering::Less)
                << "column " << column << " row " << row << ": " << a.toString().toStdString() << " then "
                << b.toString().toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryColumn, ClaimTableSort,
                         ::testing::Values(ClaimTableModel::Speaker, ClaimTableModel::ClaimText, ClaimTableModel::Kind,
                                           ClaimTableModel::Quantities, ClaimTableModel::StatedOn,
                                           ClaimTableModel::Outlet, ClaimTableModel::Disagreement,
                                           ClaimTableModel::Credibility, ClaimTableModel::Grade));

TEST(ClaimTableModel, FiltersByTextInTheStoreAcrossPages) {
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 450, nullptr);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTextFilter(QStringLiteral("cara"));
    EXPECT_EQ(model.totalCount(), 150);
    EXPECT_EQ(model.index(0, ClaimTableModel::Speaker).data().toString(), QStringLiteral("Cara Dunn"));
    model.setTextFilter(QStringLiteral("item 449 "));
    ASSERT_EQ(model.rowCount(), 1) << "on the third page unfiltered";
    model.setTextFilter({});
    EXPECT_EQ(model.totalCount(), 450);
}

TEST(ClaimTableModel, FindsAClaimOnALaterPage) {
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 450, nullptr);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store::ClaimQuery lastOne;
    lastOne.offset = 449;
    lastOne.limit = 1;
    const qint64 last = ws->claims(lastOne)->front().id;
    EXPECT_EQ(model.rowOfClaim(last), 449);
    EXPECT_EQ(model.rowOfClaim(123456), -1);
}

TEST(ClaimStatusFilter, ShowsOneStatusAndFollowsReviews) {
    testing::TempDir dir;
    testing::SmallProject project;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    ClaimTableModel model(ws.get());
    ClaimStatusFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setStatus(ClaimStatus::Extracted);
    EXPECT_EQ(filter.rowCount(), 5);
    ASSERT_TRUE(ws->confirmClaims({model.index(0, 0).data(IdRole).toLongLong()}));
    EXPECT_EQ(filter.rowCount(), 4);
    filter.setStatus(ClaimStatus::Confirmed);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setStatus(std::nullopt);
    EXPECT_EQ(filter.rowCount(), 5);
}

// A rare status among many claims: the store pages only the matching ones,
// so the first page is already full of them instead of a few per page.
TEST(ClaimTableModel, TheStatusFilterPagesOnlyMatchingClaims) {
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 450, nullptr);
    ASSERT_TRUE(ws);
    store::ClaimQuery everything;
    const auto all = *ws->claims(everything);
    ASSERT_EQ(all.size(), 450u);
    std::vector<qint64> picked;
    for (std::size_t i = 0; i < all.size(); i += 45)
        picked.push_back(all[i].id);
    ASSERT_TRUE(ws->confirmClaims(QList<qint64>(picked.begin(), picked.end())));
    ClaimTableModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStatusFilter(ClaimStatus::Confirmed);
    EXPECT_EQ(model.rowCount(), static_cast<int>(picked.size()));
    EXPECT_FALSE(model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.claimAt(row)->status, ClaimStatus::Confirmed);
    model.setStatusFilter(std::nullopt);
    EXPECT_EQ(model.totalCount(), 450);
}

TEST(DocumentListModel, GroupsByOutletWithProgress) {
    testing::TempDir dir;
    testing::SmallProject project;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    DocumentListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Harbour Gazette (1)"));
    const QModelIndex harbour = model.indexOfDocument(project.harbour);
    ASSERT_TRUE(harbour.isValid());
    EXPECT_EQ(harbour.parent().row(), 0);
    EXPECT_EQ(harbour.data().toString(), QStringLiteral("Bridge to reopen in March"));
    EXPECT_EQ(harbour.siblingAtColumn(DocumentListModel::Claims).data().toInt(), 3);
    // A document without a title goes by its body's first words, never its file name.
    EXPECT_EQ(model.indexOfDocument(project.river).data().toString(),
              QStringLiteral("The mayor, Ana Lind, told reporters the bridge would open in April."));
    EXPECT_TRUE(model.indexOfDocument(project.river).data(Qt::ToolTipRole).toString().contains(QStringLiteral("river.txt")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store::ClaimQuery ofHarbour;
    ofHarbour.documentId = project.harbour;
    const auto claims = *ws->claims(ofHarbour);
    ASSERT_TRUE(ws->confirmClaims({claims[0].id, claims[1].id}));
    EXPECT_GE(changed.size(), 1);
    EXPECT_EQ(model.indexOfDocument(project.harbour).siblingAtColumn(DocumentListModel::Reviewed).data().toString(),
              QStringLiteral("2 of 3"));
    EXPECT_EQ(model.index(0, DocumentListModel::Reviewed).data().toString(), QStringLiteral("2 of 3"));
}

TEST(SpeakerListModel, ShowsEachSpeakersReliability) {
    testing::SmallProject project;
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    SpeakerListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.index(0, SpeakerListModel::Name).data().toString(), QStringLiteral("Ana Lind"));
    EXPECT_TRUE(model.index(0, SpeakerListModel::Reliability).data().toString().isEmpty());
    ASSERT_TRUE(ws->setSpeakerReliability(model.speakerAt(0)->id, 'A'));
    EXPECT_EQ(model.index(0, SpeakerListModel::Reliability).data().toString(), QStringLiteral("A"));
    ws->undoStack()->undo();
    EXPECT_TRUE(model.index(0, SpeakerListModel::Reliability).data().toString().isEmpty());
}

TEST(DocumentListModel, AnOutletRowShowsItsReliability) {
    testing::SmallProject project;
    testing::TempDir dir;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    DocumentListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex harbour = model.index(0, DocumentListModel::Title);
    ASSERT_EQ(model.outletAt(harbour), QStringLiteral("Harbour Gazette"));
    EXPECT_FALSE(model.outletReliability(harbour));
    ASSERT_TRUE(ws->setOutletReliability(QStringLiteral("Harbour Gazette"), 'B'));
    EXPECT_EQ(model.outletReliability(harbour), std::optional<char>('B'));
    EXPECT_TRUE(harbour.data().toString().endsWith(QStringLiteral("\u00b7 B")));
    EXPECT_TRUE(model.outletAt(model.index(0, 0, harbour)).isEmpty()) << "a document row is no outlet";
}

TEST(SpeakerListModel, ListsSpeakersAndFollowsMerges) {
    testing::TempDir dir;
    testing::SmallProject project;
    auto ws = openWorkspace(dir, 0, &project);
    ASSERT_TRUE(ws);
    SpeakerListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    ASSERT_GE(before, 3);
    EXPECT_EQ(model.index(0, SpeakerListModel::Name).data().toString(), QStringLiteral("Ana Lind"));
    EXPECT_EQ(model.index(0, SpeakerListModel::Claims).data().toInt(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(ws->mergeSpeakers(model.index(1, 0).data(IdRole).toLongLong(),
                                  model.index(2, 0).data(IdRole).toLongLong()));
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), before - 1);
    ws->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), before);
}

}  // namespace
}  // namespace claimdesk::ui
