#include "ui/dialogs/rejectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/dialogs/notedialog.h"

namespace claimdesk::ui {

RejectDialog::RejectDialog(const QStringList& claims, const QStringList& reasons, QWidget* parent)
    : QDialog(parent), m_original(reasons), m_list(new QListWidget(this)), m_text(new QPlainTextEdit(this)),
      m_keep(new QCheckBox(tr("&Add this reason to the project's list"), this)) {
    setWindowTitle(tr("Attribution wrong"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The extraction got %n claim(s) wrong (a fragment, the wrong speaker...):", nullptr,
                                int(claims.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // The claims whole, scrolling when there are many.
    auto* claimsBox = new QWidget;
    auto* claimsLayout = new QVBoxLayout(claimsBox);
    claimsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < claims.size() && i < 20; ++i)
        claimsLayout->addWidget(quoteLabel(claims[i], claimsBox));
    if (claims.size() > 20)
        claimsLayout->addWidget(new QLabel(tr("... and %n more", nullptr, int(claims.size() - 20)), claimsBox));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(claimsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    layout->addWidget(scroll);

    auto* common = new QLabel(tr("&Common reasons:"), this);
    common->setBuddy(m_list);
    layout->addWidget(common);
    m_list->addItems(reasons);
    m_list->setAccessibleName(tr("Common reasons"));
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setToolTip(tr("Take the selected reason off the project's list"));
    listRow->addWidget(remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);

    auto* own = new QLabel(tr("&Reason:"), this);
    own->setBuddy(m_text);
    layout->addWidget(own);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Reason"));
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_text);
    layout->addWidget(m_keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &Wrong"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& text) {
        if (!text.isEmpty())
            m_text->setPlainText(text);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(remove, &QPushButton::clicked, this, [this] { removeReason(m_list->currentRow()); });
    acceptOnCtrlEnter(this);
    m_text->setFocus();
}

void RejectDialog::removeReason(int row) {
    if (row >= 0 && row < m_list->count())
        delete m_list->takeItem(row);
}

QString RejectDialog::reason() const { return m_text->toPlainText().simplified(); }

QStringList RejectDialog::reasons() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    if (m_keep->isChecked() && !reason().isEmpty() && !out.contains(reason()))
        out << reason();
    return out;
}

bool RejectDialog::reasonsEdited() const { return reasons() != m_original; }

}  // namespace claimdesk::ui
