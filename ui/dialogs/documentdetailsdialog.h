#pragma once

// A document's title, outlet, authors and date, corrected by the analyst,
// with what ingestion detected shown beside each field.

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QComboBox;

namespace claimdesk::ui {

struct DocumentDetails {
    QString title;
    QString outlet;
    QStringList authors;
    QString published;  // YYYY-MM-DD, or empty
    bool operator==(const DocumentDetails&) const = default;
};

class DocumentDetailsDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDetailsDialog(const DocumentDetails& current, const DocumentDetails& detected, const QStringList& outlets,
                          QWidget* parent = nullptr);
    DocumentDetails details() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* outletEdit() const { return m_outlet; }
    QLineEdit* authorsEdit() const { return m_authors; }
    QLineEdit* publishedEdit() const { return m_published; }

private:
    void check();

    QLineEdit* m_title;
    QComboBox* m_outlet;
    QLineEdit* m_authors;
    QLineEdit* m_published;
    QPushButton* m_ok = nullptr;
};

}  // namespace claimdesk::ui
