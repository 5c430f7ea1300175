#pragma once

// The questions the window asks the analyst, behind one interface so that
// tests can answer them without a modal dialog. nullopt: cancelled.

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/store/graderecords.h"
#include "core/store/speakerrecords.h"
#include "ui/dialogs/documentdetailsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"

class QMessageBox;
class QWidget;

namespace claimdesk::ui {

class ExportDialog;

class Prompts {
public:
    virtual ~Prompts() = default;

    // Why the attributions of `claims` (their texts) are wrong, picked from
    // the project's common `reasons` or written; the list as the analyst
    // edited it comes back in `editedReasons` (nullopt: unchanged).
    struct RejectAnswer {
        QString reason;
        std::optional<QStringList> editedReasons;
    };
    virtual std::optional<RejectAnswer> rejectReason(QWidget* parent, const QStringList& claims,
                                                     const QStringList& reasons);
    virtual std::optional<QString> note(QWidget* parent, const QString& quote);
    virtual std::optional<QString> editNote(QWidget* parent, const QString& quote, const QString& current);
    // Whether a claim is true: verdict, credibility, note.
    virtual std::optional<store::Assessment> assessment(QWidget* parent, const QString& claim,
                                                       const store::Assessment& current,
                                                       const std::vector<store::VerdictLabel>& labels);
    // Where claims go: one of `clusters` (an id) or a new cluster
    // (nullopt); no answer: cancelled.
    struct ClusterChoice {
        qint64 id = 0;
        QString title;
        int members = 0;
    };
    virtual std::optional<std::optional<qint64>> chooseCluster(QWidget* parent, const QList<ClusterChoice>& clusters);
    // Why a disagreement is none ("different battles").
    virtual std::optional<QString> dismissReason(QWidget* parent, const QString& disagreement);
    virtual std::optional<DocumentDetails> documentDetails(QWidget* parent, const DocumentDetails& current,
                                                           const DocumentDetails& detected, const QStringList& outlets);
    // A timeline lane's title (empty: back to the default).
    virtual std::optional<QString> laneTitle(QWidget* parent, const QString& current);
    virtual std::optional<std::vector<store::VerdictLabel>> verdictLabels(QWidget* parent,
                                                                          const std::vector<store::VerdictLabel>& labels);
    virtual std::optional<QStringList> rejectReasons(QWidget* parent, const QStringList& reasons);
    // File > Export...: runs the dialog; false when cancelled.
    virtual bool runExport(ExportDialog* dialog);
    // Help > Keyboard Shortcuts.
    virtual void showShortcuts(QWidget* parent, const QList<ShortcutEntry>& entries);
    // The speaker of a claim the analyst makes: one of the project's, a new
    // one by name, or neither for an unattributed claim.
    struct ClaimSpeaker {
        std::optional<qint64> id;
        QString newName;
    };
    virtual std::optional<ClaimSpeaker> claimSpeaker(QWidget* parent, const QString& quote,
                                                     const std::vector<store::SpeakerSummary>& speakers);
    // What happened, for an event made from a selection (the quote
    // simplified by default).
    virtual std::optional<QString> eventDescription(QWidget* parent, const QString& quote);
    // The analyst's name for review history (empty: the login name).
    virtual std::optional<QString> analystName(QWidget* parent, const QString& current);
    // Shows a finished batch's report (failures listed by file).
    virtual void showReport(QMessageBox* box);
    virtual std::optional<QString> chooseAlias(QWidget* parent, const QStringList& aliases);
    virtual QStringList articlePaths(QWidget* parent);
    virtual QString projectToOpen(QWidget* parent);
    virtual QString projectToCreate(QWidget* parent);
    // File > Import Annotations: the W3C Web Annotation file to read, and
    // whether to go ahead (`text` says what an import does); empty/false: cancelled.
    virtual QString annotationsToImport(QWidget* parent);
    virtual bool confirmImport(QWidget* parent, const QString& text, const QString& details);
};

}  // namespace claimdesk::ui
