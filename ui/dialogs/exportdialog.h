#pragma once

// File > Export...: which format, which claims and documents, where to.
// Formats are entries in a list so that the data exports (CSV, JSON, W3C,
// ClaimReview, TimelineJS) can join the report formats; the report options
// apply to the entries that say so.

#include <QDialog>
#include <vector>

#include "core/report/reportdata.h"
#include "core/store/projectstore.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QGroupBox;

namespace claimdesk::ui {

struct ExportFormatEntry {
    QString id;            // "pdf", "html"; what the export runner dispatches on
    QString label;         // "PDF report"
    QString suffix;        // file name suffix, without the dot
    bool reportOptions = true;  // statuses, documents, excerpts, grouping apply
};

// The formats the window offers today.
std::vector<ExportFormatEntry> exportFormats();

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::vector<ExportFormatEntry> formats, const std::vector<store::DocumentSummary>& documents,
                 const QString& defaultPath, const QString& title, const QString& analyst, QWidget* parent = nullptr);

    ExportFormatEntry format() const;
    // The chosen options; the date is the caller's to set.
    report::ReportOptions options() const;
    QString path() const;

    // For tests and for restoring a choice.
    void setFormat(const QString& id);
    void setPath(const QString& path);
    void setStatusChecked(ClaimStatus status, bool checked);
    void setDocumentChecked(std::int64_t id, bool checked);
    void setExcerpts(bool on);

private:
    void formatChanged();
    void browse();
    void updateOk();

    std::vector<ExportFormatEntry> m_formats;
    QComboBox* m_format = nullptr;
    QGroupBox* m_reportBox = nullptr;
    QCheckBox* m_statuses[3] = {};
    QListWidget* m_documents = nullptr;
    QCheckBox* m_excerpts = nullptr;
    QComboBox* m_grouping = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_analyst = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace claimdesk::ui
