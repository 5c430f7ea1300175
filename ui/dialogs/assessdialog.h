#pragma once

// Whether a claim is true, as the analyst judges it: a verdict from the
// project's list, the Admiralty credibility and a note. Apart from the
// attribution check, which this dialog does not touch.

#include <vector>

#include <QDialog>

#include "core/store/graderecords.h"

class QComboBox;
class QPlainTextEdit;

namespace claimdesk::ui {

class AssessDialog : public QDialog {
    Q_OBJECT
public:
    AssessDialog(const QString& claim, const store::Assessment& current, const std::vector<store::VerdictLabel>& labels,
                 QWidget* parent = nullptr);
    store::Assessment assessment() const;

    QComboBox* verdict() const { return m_verdict; }
    QComboBox* credibility() const { return m_credibility; }
    QPlainTextEdit* note() const { return m_note; }

private:
    QComboBox* m_verdict;
    QComboBox* m_credibility;
    QPlainTextEdit* m_note;
};

}  // namespace claimdesk::ui
