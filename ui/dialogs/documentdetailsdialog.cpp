#include "ui/dialogs/documentdetailsdialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/dialogs/notedialog.h"

namespace claimdesk::ui {
namespace {

// "Detected: ..." under a field, when the analyst has changed it since.
QLabel* detectedLabel(const QString& detected, const QString& current, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false);
    if (detected != current)
        label->setText(QObject::tr("Detected: %1").arg(detected.isEmpty() ? QObject::tr("(none)") : detected));
    label->setVisible(detected != current);
    return label;
}

}  // namespace

DocumentDetailsDialog::DocumentDetailsDialog(const DocumentDetails& current, const DocumentDetails& detected,
                                             const QStringList& outlets, QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit(current.title, this)), m_outlet(new QComboBox(this)),
      m_authors(new QLineEdit(current.authors.join(QStringLiteral("; ")), this)),
      m_published(new QLineEdit(current.published, this)) {
    setWindowTitle(tr("Document details"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), detectedLabel(detected.title, current.title, this));
    m_outlet->setEditable(true);
    m_outlet->addItems(outlets);
    m_outlet->setCurrentText(current.outlet);
    m_outlet->setAccessibleName(tr("Outlet"));
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(QString(), detectedLabel(detected.outlet, current.outlet, this));
    m_authors->setPlaceholderText(tr("Names separated by ;"));
    m_authors->setAccessibleName(tr("Authors"));
    form->addRow(tr("&Authors:"), m_authors);
    form->addRow(QString(), detectedLabel(detected.authors.join(QStringLiteral("; ")), current.authors.join(QStringLiteral("; ")), this));
    m_published->setPlaceholderText(tr("YYYY-MM-DD, or empty when unknown"));
    m_published->setInputMask(QString());
    m_published->setAccessibleName(tr("Published"));
    form->addRow(tr("&Published:"), m_published);
    form->addRow(QString(), detectedLabel(detected.published, current.published, this));
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_published, &QLineEdit::textChanged, this, &DocumentDetailsDialog::check);
    acceptOnCtrlEnter(this);
    check();
}

void DocumentDetailsDialog::check() {
    const QString date = m_published->text().trimmed();
    const bool valid = date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid();
    m_ok->setEnabled(valid);
    m_published->setToolTip(valid ? QString() : tr("A day written YYYY-MM-DD"));
}

DocumentDetails DocumentDetailsDialog::details() const {
    DocumentDetails d;
    d.title = m_title->text().simplified();
    d.outlet = m_outlet->currentText().simplified();
    for (const QString& a : m_authors->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!a.simplified().isEmpty())
            d.authors << a.simplified();
    d.published = m_published->text().trimmed();
    return d;
}

}  // namespace claimdesk::ui
