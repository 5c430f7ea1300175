#pragma once

// The timeline dock: a bar (lane mode, zoom, fit, jump to a date, export)
// over a TimelineView, fed from the Workspace and rebuilt when claims,
// clusters or documents change.

#include <cstdint>
#include <optional>
#include <vector>

#include <QWidget>

#include "core/domain/analysis.h"
#include "core/domain/result.h"
#include "core/domain/span.h"
#include "core/timeline/timelineentry.h"

class QComboBox;
class QDateEdit;
class QThread;
class QTimer;
class QToolButton;

namespace claimdesk::ui {

class Prompts;
class TimelineView;
class Workspace;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(Workspace* workspace, Prompts* prompts, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    TimelineView* view() const { return m_view; }
    QComboBox* laneMode() const { return m_mode; }
    // Re-reads the project's events and claims: at once when the project
    // has at most readAtOnceUpTo() claims, else on a worker thread (loaded()
    // tells when the entries are shown).
    void reload();
    bool loading() const;
    std::int64_t readAtOnceUpTo() const { return m_readAtOnceUpTo; }
    void setReadAtOnceUpTo(std::int64_t claims) { m_readAtOnceUpTo = claims; }
    // A reload once control returns to the event loop, however many
    // changes ask for one before it.
    void scheduleReload();
    // The claim table's status filter.
    void setStatusFilter(std::optional<ClaimStatus> status);
    // Lane titles: each claim cluster by what its figures count, and the
    // titles the analyst gave; read again when they change.
    void applyLaneTitles();
    // Asks for a lane's new title and keeps it (undoably).
    bool renameLane(const QString& laneKey, const QString& title);

    // Writes the timeline as shown (PNG, SVG by extension), or as TimelineJS
    // JSON through File > Export's entry point with the lanes and status
    // filter shown here (a status filter leaves the events out, as in every
    // export); false with `error` set when it cannot.
    bool exportImage(const QString& path, QString* error = nullptr);
    bool exportTimelineJs(const QString& path, QString* error = nullptr);

signals:
    // The entries read by a reload are shown (or could not be read).
    void loaded();
    void claimClicked(qint64 claimId, qint64 documentId);
    void eventClicked(qint64 eventId, qint64 documentId, claimdesk::Span evidence);

private:
    void exportDialog(const QString& filter, const QString& suffix);
    void claimsChanged(const QList<qint64>& ids);
    void showEntries(Result<std::vector<timeline::TimelineEntry>> entries);

    Workspace* m_workspace;
    Prompts* m_prompts;
    TimelineView* m_view;
    QComboBox* m_mode;
    QDateEdit* m_date;
    QTimer* m_reload;
    QThread* m_loader = nullptr;  // reading a big project's entries
    bool m_readAgain = false;     // the project changed while it read
    // Reading a project of this many claims takes a few tens of milliseconds.
    std::int64_t m_readAtOnceUpTo = 5000;
};

}  // namespace claimdesk::ui
