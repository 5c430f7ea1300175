#pragma once

// Editing one of the project's lists: the common reasons for a wrong
// attribution, or the verdict labels with the rating each gives (1 false
// to 5 true, or none) on ClaimReview's scale.

#include <optional>
#include <vector>

#include <QDialog>

class QTableWidget;

namespace claimdesk::ui {

class ListEditor : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString text;
        std::optional<int> rating;
    };
    ListEditor(const QString& title, const QString& hint, const std::vector<Entry>& entries, bool withRating,
               QWidget* parent = nullptr);
    // The rows as left, empty ones dropped.
    std::vector<Entry> entries() const;
    QTableWidget* table() const { return m_table; }
    void addRow(const Entry& entry);

private:
    void move(int by);

    QTableWidget* m_table;
    bool m_withRating;
};

}  // namespace claimdesk::ui
