#include "ui/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QCryptographicHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace claimdesk::ui {

namespace {

constexpr ClaimStatus kStatuses[3] = {ClaimStatus::Confirmed, ClaimStatus::Rejected, ClaimStatus::Extracted};

}  // namespace

std::vector<ExportFormatEntry> exportFormats() {
    using exporting::ExchangeFormat;
    const auto suffix = [](ExchangeFormat f) { return QString::fromLatin1(exporting::exchangeFormatExtension(f)); };
    const QString pdf = QStringLiteral("pdf"), html = QStringLiteral("html"), report = QStringLiteral("report");
    return {{pdf, QObject::tr("PDF report"), pdf, true, true, false, report},
            {html, QObject::tr("HTML report (one file)"), html, true, true, false, report},
            {QStringLiteral("csv"), QObject::tr("Claims as CSV (spreadsheets)"), suffix(ExchangeFormat::Csv), false,
             false, true, QStringLiteral("claims")},
            {QStringLiteral("json"), QObject::tr("Analysis export (JSON)"), suffix(ExchangeFormat::AnalysisJson),
             false, false, false, QStringLiteral("analysis")},
            {QStringLiteral("w3c"), QObject::tr("W3C Web Annotation (JSON-LD)"), suffix(ExchangeFormat::WebAnnotation),
             false, false, false, QStringLiteral("annotations")},
            {QStringLiteral("claimreview"), QObject::tr("schema.org ClaimReview (JSON-LD, reviewed claims)"),
             suffix(ExchangeFormat::ClaimReview), false, false, false, QStringLiteral("claimreview")},
            {QStringLiteral("timelinejs"), QObject::tr("TimelineJS timeline (JSON)"), QStringLiteral("json"), false,
             true, false, QStringLiteral("timeline")}};
}

ExportDialog::ExportDialog(std::vector<ExportFormatEntry> formats, const std::vector<store::DocumentSummary>& documents,
                           const QString& defaultPath, const QString& title, const QString& analyst, QWidget* parent)
    : QDialog(parent), m_formats(std::move(formats)) {
    setWindowTitle(tr("Export"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (const auto& f : m_formats)
        m_format->addItem(f.label, f.id);
    top->addRow(tr("&Format:"), m_format);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(defaultPath, this);
    auto* browse = new QPushButton(tr("&Browse..."), this);
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    top->addRow(pathLabel, pathRow);
    layout->addLayout(top);

    // What is exported: applies to every format.
    auto* claimsBox = new QGroupBox(tr("Claims"), this);
    auto* filters = new QFormLayout(claimsBox);
    // A report to send: what the analyst checked and what they assessed.
    auto* statusRow = new QHBoxLayout;
    const QString statusLabels[3] = {tr("&Correct"), tr("&Wrong"), tr("&Unchecked")};
    for (int i = 0; i < 3; ++i) {
        m_statuses[i] = new QCheckBox(statusLabels[i], claimsBox);
        m_statuses[i]->setChecked(kStatuses[i] != ClaimStatus::Extracted);
        statusRow->addWidget(m_statuses[i]);
        connect(m_statuses[i], &QCheckBox::toggled, this, &ExportDialog::updateOk);
    }
    statusRow->addStretch();
    filters->addRow(tr("Attribution:"), statusRow);
    m_assessed = new QCheckBox(tr("and every assessed c&laim"), claimsBox);
    m_assessed->setObjectName(QStringLiteral("assessed"));
    m_assessed->setChecked(true);
    m_assessed->setToolTip(tr("Claims with a verdict or a credibility, whatever their attribution check"));
    connect(m_assessed, &QCheckBox::toggled, this, &ExportDialog::updateOk);
    filters->addRow(QString(), m_assessed);
    m_documents = new QListWidget(claimsBox);
    m_documents->setTextElideMode(Qt::ElideRight);
    m_documents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const auto& d : documents) {
        QString label = QString::fromStdString(d.outlet.empty() ? d.fileName : d.outlet);
        if (!d.title.empty())
            label += QStringLiteral(": ") + QString::fromStdString(d.title);
        auto* item = new QListWidgetItem(label, m_documents);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(d.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_documents, &QListWidget::itemChanged, this, &ExportDialog::updateOk);
    filters->addRow(tr("&Documents:"), m_documents);
    layout->addWidget(claimsBox);

    // How it is written: each row shown only for the formats it applies to.
    m_optionsBox = new QGroupBox(tr("Options"), this);
    m_optionsForm = new QFormLayout(m_optionsBox);
    m_title = new QLineEdit(title, m_optionsBox);
    m_title->setObjectName(QStringLiteral("title"));
    m_optionsForm->addRow(tr("&Title:"), m_title);
    m_analyst = new QLineEdit(analyst, m_optionsBox);
    m_analyst->setObjectName(QStringLiteral("analyst"));
    m_optionsForm->addRow(tr("&Analyst:"), m_analyst);
    m_summary = new QPlainTextEdit(m_optionsBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the report says, in your words: it opens the first page"));
    m_summary->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_summary->setAccessibleName(tr("Summary"));
    m_optionsForm->addRow(tr("Summa&ry:"), m_summary);
    m_excerpts = new QCheckBox(tr("Annotated e&xcerpts of each article"), m_optionsBox);
    m_excerpts->setObjectName(QStringLiteral("excerpts"));
    m_excerpts->setChecked(true);
    m_optionsForm->addRow(QString(), m_excerpts);
    m_grouping = new QComboBox(m_optionsBox);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(tr("by cluster"), static_cast<int>(report::Grouping::Cluster));
    m_grouping->addItem(tr("by speaker"), static_cast<int>(report::Grouping::Speaker));
    m_optionsForm->addRow(tr("&Group claims:"), m_grouping);
    m_byteOrderMark = new QCheckBox(tr("Start with a byte-order &mark for spreadsheets"), m_optionsBox);
    m_byteOrderMark->setObjectName(QStringLiteral("byteOrderMark"));
    m_byteOrderMark->setToolTip(tr("Some spreadsheets read a CSV file as UTF-8 only when it starts with one"));
    m_optionsForm->addRow(QString(), m_byteOrderMark);
    layout->addWidget(m_optionsBox);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    m_stem = format().stem;
    formatChanged();
}

ExportFormatEntry ExportDialog::format() const {
    const int i = m_format->currentIndex();
    return i >= 0 && i < static_cast<int>(m_formats.size()) ? m_formats[static_cast<std::size_t>(i)] : ExportFormatEntry{};
}

report::ReportOptions ExportDialog::options() const {
    report::ReportOptions o;
    bool all = true;
    for (int i = 0; i < 3; ++i) {
        if (m_statuses[i]->isChecked())
            o.statuses.insert(kStatuses[i]);
        else
            all = false;
    }
    o.includeAssessed = m_assessed->isChecked();
    if (all)
        o.statuses.clear();
    bool allDocuments = true;
    for (int i = 0; i < m_documents->count(); ++i) {
        const auto* item = m_documents->item(i);
        if (item->checkState() == Qt::Checked)
            o.documentIds.insert(item->data(Qt::UserRole).toLongLong());
        else
            allDocuments = false;
    }
    if (allDocuments)
        o.documentIds.clear();
    o.excerpts = m_excerpts->isChecked();
    o.grouping = static_cast<report::Grouping>(m_grouping->currentData().toInt());
    o.title = m_title->text().trimmed().toStdString();
    o.analyst = m_analyst->text().trimmed().toStdString();
    return o;
}

exporting::ExchangeOptions ExportDialog::exchangeOptions() const {
    exporting::ExchangeOptions o;
    o.byteOrderMark = format().byteOrderMarkOption && m_byteOrderMark->isChecked();
    return o;
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }

void ExportDialog::setFormat(const QString& id) {
    const int i = m_format->findData(id);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

void ExportDialog::setPath(const QString& path) { m_path->setText(path); }

void ExportDialog::setStatusChecked(ClaimStatus status, bool checked) {
    for (int i = 0; i < 3; ++i)
        if (kStatuses[i] == status)
            m_statuses[i]->setChecked(checked);
}

void ExportDialog::setDocumentChecked(std::int64_t id, bool checked) {
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_documents->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::setExcerpts(bool on) { m_excerpts->setChecked(on); }

void ExportDialog::setByteOrderMark(bool on) { m_byteOrderMark->setChecked(on); }

void ExportDialog::setIncludeAssessed(bool on) { m_assessed->setChecked(on); }

void ExportDialog::setSummary(const QString& text) { m_summary->setPlainText(text); }

QString ExportDialog::summary() const { return m_summary->toPlainText().trimmed(); }

namespace {

// One settings group per project, named by its path's hash (paths hold
// characters QSettings keys do not).
QString settingsGroup(const QString& projectPath) {
    return QStringLiteral("export/") +
           QString::fromLatin1(QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

}  // namespace

void ExportDialog::restoreSettings(const QString& projectPath) {
    QSettings settings;
    settings.beginGroup(settingsGroup(projectPath));
    if (!settings.contains(QStringLiteral("format")))
        return;
    setFormat(settings.value(QStringLiteral("format")).toString());
    const QString folder = settings.value(QStringLiteral("folder")).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        m_path->setText(QDir(folder).filePath(QFileInfo(path()).fileName()));
    m_title->setText(settings.value(QStringLiteral("title"), m_title->text()).toString());
    m_analyst->setText(settings.value(QStringLiteral("analyst"), m_analyst->text()).toString());
    const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
    for (int i = 0; i < 3; ++i)
        m_statuses[i]->setChecked(statuses.contains(QString::fromLatin1(claimStatusName(kStatuses[i]))));
    m_assessed->setChecked(settings.value(QStringLiteral("assessed"), true).toBool());
    m_excerpts->setChecked(settings.value(QStringLiteral("excerpts"), true).toBool());
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(settings.value(QStringLiteral("grouping"), 0))));
    m_byteOrderMark->setChecked(settings.value(QStringLiteral("byteOrderMark"), false).toBool());
}

void ExportDialog::saveSettings(const QString& projectPath) const {
    QSettings settings;
    settings.beginGroup(settingsGroup(projectPath));
    settings.setValue(QStringLiteral("format"), format().id);
    settings.setValue(QStringLiteral("folder"), QFileInfo(path()).absolutePath());
    settings.setValue(QStringLiteral("title"), m_title->text());
    settings.setValue(QStringLiteral("analyst"), m_analyst->text());
    QStringList statuses;
    for (int i = 0; i < 3; ++i)
        if (m_statuses[i]->isChecked())
            statuses << QString::fromLatin1(claimStatusName(kStatuses[i]));
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("assessed"), m_assessed->isChecked());
    settings.setValue(QStringLiteral("excerpts"), m_excerpts->isChecked());
    settings.setValue(QStringLiteral("grouping"), m_grouping->currentData());
    settings.setValue(QStringLiteral("byteOrderMark"), m_byteOrderMark->isChecked());
}

// The file name follows the format, so switching PDF to HTML does not
// write HTML into "report.pdf"; a name still ending in the previous
// format's stem ("demo-report") takes the new one ("demo-claims").
void ExportDialog::formatChanged() {
    const ExportFormatEntry f = format();
    m_optionsForm->setRowVisible(m_title, f.titleOption);
    for (QWidget* w : {static_cast<QWidget*>(m_analyst), static_cast<QWidget*>(m_excerpts),
                       static_cast<QWidget*>(m_grouping), static_cast<QWidget*>(m_summary)})
        m_optionsForm->setRowVisible(w, f.reportOptions);
    m_optionsForm->setRowVisible(m_byteOrderMark, f.byteOrderMarkOption);
    m_optionsBox->setVisible(f.titleOption || f.reportOptions || f.byteOrderMarkOption);
    m_optionsBox->setTitle(f.reportOptions ? tr("Report") : tr("Options"));
    const QString p = path();
    if (!p.isEmpty()) {
        const QFileInfo info(p);
        QString base = info.completeBaseName();
        const QString oldEnd = QLatin1Char('-') + m_stem;
        if (!m_stem.isEmpty() && !f.stem.isEmpty() && base.endsWith(oldEnd))
            base = base.left(base.size() - oldEnd.size()) + QLatin1Char('-') + f.stem;
        const QString renamed = base + QLatin1Char('.') + f.suffix;
        m_path->setText(p.contains(QLatin1Char('/')) ? info.dir().filePath(renamed) : renamed);
    }
    m_stem = f.stem;
    updateOk();
}

void ExportDialog::browse() {
    const ExportFormatEntry f = format();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export"), path(),
                                                        QStringLiteral("%1 (*.%2)").arg(f.label, f.suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateOk() {
    bool anyStatus = false;
    for (auto* s : m_statuses)
        anyStatus = anyStatus || s->isChecked();
    bool anyDocument = false;
    for (int i = 0; i < m_documents->count(); ++i)
        anyDocument = anyDocument || m_documents->item(i)->checkState() == Qt::Checked;
    // Every format is filtered: with no status or no document there is nothing to write.
    m_ok->setEnabled(!path().isEmpty() && anyStatus && anyDocument);
}

}  // namespace claimdesk::ui
