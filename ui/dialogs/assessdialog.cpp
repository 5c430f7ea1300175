#include "ui/dialogs/assessdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/dialogs/notedialog.h"
#include "ui/models/claimtablemodel.h"

namespace claimdesk::ui {

AssessDialog::AssessDialog(const QString& claim, const store::Assessment& current,
                           const std::vector<store::VerdictLabel>& labels, QWidget* parent)
    : QDialog(parent), m_verdict(new QComboBox(this)), m_credibility(new QComboBox(this)), m_note(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Assess claim"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    if (!claim.isEmpty())
        layout->addWidget(quoteLabel(claim, this));
    auto* hint = new QLabel(tr("Whether it is true, as you judge it. Checking the attribution (who said it) "
                               "is separate and says nothing of this."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    m_verdict->addItem(tr("(no verdict)"), QString());
    for (const auto& l : labels) {
        const QString name = QString::fromStdString(l.name);
        m_verdict->addItem(name, name);
    }
    const QString verdict = QString::fromStdString(current.verdict);
    if (!verdict.isEmpty() && m_verdict->findData(verdict, Qt::UserRole, Qt::MatchFixedString) < 0)
        m_verdict->addItem(verdict, verdict);  // a label since taken off the list
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(verdict, Qt::UserRole, Qt::MatchFixedString)));
    m_verdict->setAccessibleName(tr("Verdict"));
    form->addRow(tr("&Verdict:"), m_verdict);
    m_credibility->addItem(tr("(not graded)"), 0);
    for (int g = 1; g <= 6; ++g)
        m_credibility->addItem(ClaimTableModel::credibilityText(g), g);
    m_credibility->setCurrentIndex(current.credibility.value_or(0));
    m_credibility->setAccessibleName(tr("Credibility"));
    form->addRow(tr("&Credibility:"), m_credibility);
    m_note->setPlainText(QString::fromStdString(current.note));
    m_note->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Assessment note"));
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnCtrlEnter(this);
    m_verdict->setFocus();
}

store::Assessment AssessDialog::assessment() const {
    store::Assessment a;
    const int grade = m_credibility->currentData().toInt();
    if (grade > 0)
        a.credibility = grade;
    a.verdict = m_verdict->currentData().toString().toStdString();
    a.note = m_note->toPlainText().trimmed().toStdString();
    return a;
}

}  // namespace claimdesk::ui
