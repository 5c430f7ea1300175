#pragma once

// An analyst answering the window's questions from a script, recording
// what each question showed; never blocks.

#include <QMessageBox>

#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/prompts.h"

namespace claimdesk::testing {

class ScriptedAnalyst : public ui::Prompts {
public:
    std::optional<RejectAnswer> rejectReason(QWidget*, const QStringList& claims, const QStringList& reasons) override {
        shownClaims = claims;
        offeredReasons = reasons;
        return RejectAnswer{rejectWith, editedReasons};
    }
    std::optional<QString> note(QWidget*, const QString&) override { return QStringLiteral("check this figure"); }
    std::optional<QString> editNote(QWidget*, const QString&, const QString& current) override { return current + QStringLiteral("!"); }
    std::optional<store::Assessment> assessment(QWidget*, const QString& claim, const store::Assessment& current,
                                                const std::vector<store::VerdictLabel>& labels) override {
        assessedClaim = claim;
        offeredLabels = labels;
        shownAssessment = current;
        return assessWith;
    }
    std::optional<std::optional<qint64>> chooseCluster(QWidget*, const QList<ClusterChoice>& clusters) override {
        offeredClusters = clusters;
        if (clusterChoice < 0)
            return std::optional<std::optional<qint64>>(std::optional<qint64>());
        return std::optional<std::optional<qint64>>(clusters.value(clusterChoice).id);
    }
    std::optional<QString> dismissReason(QWidget*, const QString& disagreement) override {
        shownDisagreement = disagreement;
        return QStringLiteral("different things counted");
    }
    std::optional<ui::DocumentDetails> documentDetails(QWidget*, const ui::DocumentDetails& current,
                                                       const ui::DocumentDetails& detected, const QStringList&) override {
        shownDetails = current;
        detectedDetails = detected;
        return newDetails;
    }
    std::optional<QString> laneTitle(QWidget*, const QString& current) override {
        shownLaneTitle = current;
        return laneTitleWith;
    }
    std::optional<QString> analystName(QWidget*, const QString&) override {
        ++nameAsked;
        return QStringLiteral("Ines Reviewer");
    }
    std::optional<ClaimSpeaker> claimSpeaker(QWidget*, const QString&, const std::vector<store::SpeakerSummary>&) override {
        return ClaimSpeaker{};
    }
    std::optional<QString> eventDescription(QWidget*, const QString& quote) override { return quote.simplified(); }
    void showReport(QMessageBox* box) override { reports << box->detailedText(); }
    QStringList articlePaths(QWidget*) override { return articles; }
    bool runExport(ui::ExportDialog* dialog) override {
        if (onExport)
            onExport(dialog);
        return acceptExport;
    }
    void showShortcuts(QWidget*, const QList<ui::ShortcutEntry>& entries) override { shortcuts = entries; }

    QString rejectWith = QStringLiteral("figure not in the source");
    std::optional<QStringList> editedReasons;
    QStringList shownClaims, offeredReasons;
    std::optional<store::Assessment> assessWith = store::Assessment{2, "corroborated", "two outlets agree"};
    QString assessedClaim;
    store::Assessment shownAssessment;
    std::vector<store::VerdictLabel> offeredLabels;
    int clusterChoice = -1;
    QList<ClusterChoice> offeredClusters;
    QString shownDisagreement;
    std::optional<ui::DocumentDetails> newDetails;
    ui::DocumentDetails shownDetails, detectedDetails;
    std::optional<QString> laneTitleWith;
    QString shownLaneTitle;
    int nameAsked = 0;
    QStringList articles, reports;
    std::function<void(ui::ExportDialog*)> onExport;
    bool acceptExport = false;
    QList<ui::ShortcutEntry> shortcuts;
};

}  // namespace claimdesk::testing
