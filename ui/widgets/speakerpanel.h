#pragma once

// The speakers dock: every speaker with their claims and aliases, and the
// analyst's merge and split.

#include <optional>

#include <QWidget>

class QTableView;
class QPushButton;

namespace claimdesk::ui {

class Prompts;
class SpeakerListModel;
class Workspace;

class SpeakerPanel : public QWidget {
    Q_OBJECT
public:
    SpeakerPanel(Workspace* workspace, Prompts* prompts, QWidget* parent = nullptr);

    void setPrompts(Prompts* prompts) { m_prompts = prompts; }
    SpeakerListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    // Merges the other selected speakers into the first one selected.
    void mergeSelected();
    // Splits one alias of the current speaker off as a new speaker.
    void splitCurrent();
    // Grades the selected speakers' source reliability (one undo step).
    void gradeSelected(std::optional<char> grade);

private:
    void updateButtons();
    void showContextMenu(const QPoint& pos);

    Workspace* m_workspace;
    Prompts* m_prompts;
    SpeakerListModel* m_model;
    QTableView* m_table;
    QPushButton* m_merge;
    QPushButton* m_split;
};

}  // namespace claimdesk::ui
