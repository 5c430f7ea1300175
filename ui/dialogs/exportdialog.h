#pragma once

// File > Export...: which format, which claims and documents, where to.
// Every format is an entry in one list: the reports (PDF, HTML) and the
// data exports (CSV, JSON, W3C, ClaimReview, TimelineJS). The status and
// document filters apply to all of them; the other options to the entries
// that say so, and are hidden for the rest.

#include <QDialog>
#include <vector>

#include "core/export/exchange.h"
#include "core/report/reportdata.h"
#include "core/store/documentrecords.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QGroupBox;

namespace claimdesk::ui {

struct ExportFormatEntry {
    QString id;            // "pdf", "html", "csv", "json", "w3c", "claimreview", "timelinejs": what the runner dispatches on
    QString label;         // "PDF report"
    QString suffix;        // file name suffix, without the dot
    bool reportOptions = true;  // excerpts, grouping and analyst apply
    bool titleOption = true;    // the title applies (reports, TimelineJS)
    bool byteOrderMarkOption = false;  // CSV
    QString stem;          // the default file name's last word: "report", "claims"
};

// Every format the window writes, the reports first.
std::vector<ExportFormatEntry> exportFormats();

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::vector<ExportFormatEntry> formats, const std::vector<store::DocumentSummary>& documents,
                 const QString& defaultPath, const QString& title, const QString& analyst, QWidget* parent = nullptr);

    ExportFormatEntry format() const;
    // The chosen options; the date is the caller's to set.
    report::ReportOptions options() const;
    // The data exports' own option (the CSV's byte-order mark); the time is
    // the caller's to set.
    exporting::ExchangeOptions exchangeOptions() const;
    QString path() const;

    // For tests and for restoring a choice.
    void setFormat(const QString& id);
    void setPath(const QString& path);
    void setStatusChecked(ClaimStatus status, bool checked);
    void setDocumentChecked(std::int64_t id, bool checked);
    void setExcerpts(bool on);
    void setByteOrderMark(bool on);
    void setIncludeAssessed(bool on);

    // The analyst's summary that opens a report (kept in the project).
    void setSummary(const QString& text);
    QString summary() const;
    // The dialog as it was last left for a project: format, folder, title,
    // analyst, claims chosen and options (QSettings, by the project's path).
    void restoreSettings(const QString& projectPath);
    void saveSettings(const QString& projectPath) const;

private:
    void formatChanged();
    void browse();
    void updateOk();

    std::vector<ExportFormatEntry> m_formats;
    QComboBox* m_format = nullptr;
    QGroupBox* m_optionsBox = nullptr;
    QFormLayout* m_optionsForm = nullptr;
    QCheckBox* m_statuses[3] = {};
    QCheckBox* m_assessed = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QListWidget* m_documents = nullptr;
    QCheckBox* m_excerpts = nullptr;
    QComboBox* m_grouping = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_analyst = nullptr;
    QCheckBox* m_byteOrderMark = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_ok = nullptr;
    QString m_stem;  // the stem of the format the path was last renamed for
};

}  // namespace claimdesk::ui
