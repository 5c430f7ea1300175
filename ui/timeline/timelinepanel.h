#pragma once

// The timeline dock: a bar (lane mode, zoom, fit, jump to a date, export)
// over a TimelineView, fed from the Workspace and rebuilt when claims,
// clusters or documents change.

#include <optional>

#include <QWidget>

#include "core/domain/analysis.h"
#include "core/domain/span.h"

class QComboBox;
class QDateEdit;
class QTimer;
class QToolButton;

namespace claimdesk::ui {

class TimelineView;
class Workspace;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(Workspace* workspace, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    QComboBox* laneMode() const { return m_mode; }
    // Re-reads the project's events and claims.
    void reload();
    // A reload once control returns to the event loop, however many
    // changes ask for one before it.
    void scheduleReload();
    // The claim table's status filter.
    void setStatusFilter(std::optional<ClaimStatus> status);

    // Writes the timeline as shown (PNG, SVG by extension), or as TimelineJS
    // JSON through File > Export's entry point with the lanes and status
    // filter shown here (a status filter leaves the events out, as in every
    // export); false with `error` set when it cannot.
    bool exportImage(const QString& path, QString* error = nullptr);
    bool exportTimelineJs(const QString& path, QString* error = nullptr);

signals:
    void claimClicked(qint64 claimId, qint64 documentId);
    void eventClicked(qint64 eventId, qint64 documentId, claimdesk::Span evidence);

private:
    void exportDialog(const QString& filter, const QString& suffix);
    void claimsChanged(const QList<qint64>& ids);

    Workspace* m_workspace;
    TimelineView* m_view;
    QComboBox* m_mode;
    QDateEdit* m_date;
    QTimer* m_reload;
};

}  // namespace claimdesk::ui
