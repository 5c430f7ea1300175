#pragma once

// The questions the window asks the analyst, behind one interface so that
// tests can answer them without a modal dialog. nullopt: cancelled.

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/store/projectstore.h"

class QMessageBox;
class QWidget;

namespace claimdesk::ui {

class Prompts {
public:
    virtual ~Prompts() = default;

    virtual std::optional<QString> rejectReason(QWidget* parent, int count);
    virtual std::optional<QString> note(QWidget* parent, const QString& quote);
    virtual std::optional<QString> editNote(QWidget* parent, const QString& quote, const QString& current);
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
