#pragma once

// Why an attribution is wrong: the claims in question shown whole, the
// project's common reasons to pick from (the list can be added to and cut
// down here) and the analyst's own words.

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;

namespace claimdesk::ui {

class RejectDialog : public QDialog {
    Q_OBJECT
public:
    RejectDialog(const QStringList& claims, const QStringList& reasons, QWidget* parent = nullptr);

    QString reason() const;
    // The project's reasons as the analyst left them (a new reason added
    // when "keep" is ticked, removed ones gone).
    QStringList reasons() const;
    bool reasonsEdited() const;

    QListWidget* reasonList() const { return m_list; }
    QPlainTextEdit* reasonText() const { return m_text; }
    QCheckBox* keepReason() const { return m_keep; }
    void removeReason(int row);

private:
    QStringList m_original;
    QListWidget* m_list;
    QPlainTextEdit* m_text;
    QCheckBox* m_keep;
};

}  // namespace claimdesk::ui
