#pragma once

// A few lines of the analyst's own text about a quote: a note, why a
// disagreement is none. The box wraps; Ctrl+Enter saves.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace claimdesk::ui {

class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& title, const QString& prompt, const QString& quote, const QString& text,
               QWidget* parent = nullptr);
    QString text() const;
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor;
};

// Ctrl+Enter (and Ctrl+Return) accepts `dialog`, from any of its fields.
void acceptOnCtrlEnter(QDialog* dialog);
// A quote shown above a dialog's fields: wrapped, at most a few lines.
QLabel* quoteLabel(const QString& quote, QWidget* parent);

}  // namespace claimdesk::ui
