#include "ui/dialogs/notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace claimdesk::ui {

void acceptOnCtrlEnter(QDialog* dialog) {
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), dialog);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
}

QLabel* quoteLabel(const QString& quote, QWidget* parent) {
    QString shown = quote.simplified();
    if (shown.size() > 400)
        shown = shown.left(shown.lastIndexOf(QLatin1Char(' '), 398)) + QChar(0x2026);
    auto* label = new QLabel(QStringLiteral("“%1”").arg(shown), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(QObject::tr("Quote"));
    QFont italic = label->font();
    italic.setItalic(true);
    label->setFont(italic);
    return label;
}

NoteDialog::NoteDialog(const QString& title, const QString& prompt, const QString& quote, const QString& text,
                       QWidget* parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(text, this)) {
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    if (!quote.isEmpty())
        layout->addWidget(quoteLabel(quote, this));
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_editor);
    layout->addWidget(label);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(title);
    m_editor->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_editor, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnCtrlEnter(this);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

QString NoteDialog::text() const { return m_editor->toPlainText().trimmed(); }

}  // namespace claimdesk::ui
