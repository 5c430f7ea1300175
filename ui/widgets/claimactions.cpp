#include "ui/widgets/claimactions.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"

namespace claimdesk::ui {
namespace {

const QString kNameAsked = QStringLiteral("analyst/asked");

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& key, const QString& tip) {
    auto* a = new QAction(text, parent);
    a->setShortcut(key);
    a->setStatusTip(tip);
    // Single keys must not fire while typing in a field; line edits take
    // plain keys first, so window scope is safe.
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

// A menu entry bound to `ids`, showing the window action's key.
void addBound(QMenu* menu, const QAction* like, std::function<void()> run) {
    QString text = like->text();
    if (!like->shortcut().isEmpty())
        text += QLatin1Char('\t') + like->shortcut().toString(QKeySequence::NativeText);
    menu->addAction(text, menu, std::move(run));
}

}  // namespace

ClaimActions::ClaimActions(QWidget* window, Prompts* prompts)
    : QObject(window), m_window(window), m_prompts(prompts),
      m_confirm(makeAction(this, tr("Attribution &Correct"), Qt::Key_C,
                           tr("The extraction got it right: this speaker said this (says nothing of whether it is true)"))),
      m_reject(makeAction(this, tr("Attribution &Wrong..."), Qt::Key_R,
                          tr("The extraction got it wrong (a fragment, the wrong speaker...), with a reason"))),
      m_reset(makeAction(this, tr("Attribution &Unchecked"), Qt::Key_E, tr("Back to not checked"))),
      m_assess(makeAction(this, tr("&Assess..."), Qt::Key_A,
                          tr("Whether the claim is true: a verdict, the credibility and a note"))),
      m_move(makeAction(this, tr("&Move to Cluster..."), Qt::Key_M, tr("Move the claims into another cluster"))),
      m_split(makeAction(this, tr("&Split into a Cluster of Their Own"), QKeySequence(Qt::SHIFT | Qt::Key_M),
                         tr("Take the claims out of their cluster"))),
      m_verdicts(new QMenu(tr("&Verdict"), window)),
      m_credibility(new QMenu(tr("C&redibility"), window)) {
    connect(m_confirm, &QAction::triggered, this, [this] { confirmClaims(selected()); });
    connect(m_reject, &QAction::triggered, this, [this] { rejectClaims(selected()); });
    connect(m_reset, &QAction::triggered, this, [this] { resetClaims(selected()); });
    connect(m_assess, &QAction::triggered, this, [this] { assessClaims(selected()); });
    connect(m_move, &QAction::triggered, this, [this] { moveClaims(selected()); });
    connect(m_split, &QAction::triggered, this, [this] { splitClaims(selected()); });
    fillCredibility();
    fillVerdicts();
}

QList<QAction*> ClaimActions::all() const { return {m_confirm, m_reject, m_reset, m_assess, m_move, m_split}; }

void ClaimActions::setWorkspace(Workspace* workspace) {
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::projectSettingsChanged, this, &ClaimActions::fillVerdicts);
    fillVerdicts();
}

QList<qint64> ClaimActions::selected() const { return m_selection ? m_selection() : QList<qint64>{}; }

void ClaimActions::fillCredibility() {
    for (int g = 1; g <= 6; ++g) {
        QAction* a = m_credibility->addAction(ClaimTableModel::credibilityText(g), this,
                                              [this, g] { setCredibility(selected(), g); });
        a->setShortcut(QKeySequence(Qt::Key_0 + g));
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
    }
    m_credibility->addSeparator();
    QAction* none = m_credibility->addAction(tr("Not Graded"), this, [this] { setCredibility(selected(), std::nullopt); });
    none->setShortcut(QKeySequence(Qt::Key_0));
    none->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(none);
}

// The project's labels, Ctrl+1 for the first; the list can change.
void ClaimActions::fillVerdicts() {
    for (QAction* a : m_verdicts->actions()) {
        m_window->removeAction(a);
        delete a;
    }
    m_verdicts->clear();
    std::vector<store::VerdictLabel> labels;
    if (m_workspace)
        if (auto read = m_workspace->verdictLabels())
            labels = std::move(*read);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const QString name = QString::fromStdString(labels[i].name);
        QAction* a = m_verdicts->addAction(name, this, [this, name] { setVerdict(selected(), name); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(i))));
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
    }
    m_verdicts->addSeparator();
    QAction* none = m_verdicts->addAction(tr("No Verdict"), this, [this] { setVerdict(selected(), QString()); });
    none->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    none->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(none);
}

void ClaimActions::fillMenu(QMenu* menu, const QList<qint64>& ids) {
    addBound(menu, m_confirm, [this, ids] { confirmClaims(ids); });
    addBound(menu, m_reject, [this, ids] { rejectClaims(ids); });
    addBound(menu, m_reset, [this, ids] { resetClaims(ids); });
    menu->addSeparator();
    addBound(menu, m_assess, [this, ids] { assessClaims(ids); });
    QMenu* verdicts = menu->addMenu(m_verdicts->title());
    for (QAction* a : m_verdicts->actions()) {
        if (a->isSeparator()) {
            verdicts->addSeparator();
            continue;
        }
        const bool clear = a == m_verdicts->actions().last();
        const QString name = clear ? QString() : a->text();
        addBound(verdicts, a, [this, ids, name] { setVerdict(ids, name); });
    }
    QMenu* grades = menu->addMenu(m_credibility->title());
    for (QAction* a : m_credibility->actions()) {
        if (a->isSeparator()) {
            grades->addSeparator();
            continue;
        }
        const int g = a->shortcut()[0].key() - Qt::Key_0;
        addBound(grades, a, [this, ids, g] { setCredibility(ids, g > 0 ? std::optional<int>(g) : std::nullopt); });
    }
    menu->addSeparator();
    addBound(menu, m_move, [this, ids] { moveClaims(ids); });
    addBound(menu, m_split, [this, ids] { splitClaims(ids); });
}

void ClaimActions::askNameOnce() {
    QSettings settings;
    if (settings.value(kNameAsked).toBool() || !m_workspace)
        return;
    settings.setValue(kNameAsked, true);
    if (const auto name = m_prompts->analystName(m_window, m_workspace->analyst()))
        m_workspace->setAnalyst(*name);
}

bool ClaimActions::confirmClaims(const QList<qint64>& ids) {
    if (!m_workspace || ids.isEmpty())
        return false;
    askNameOnce();
    const bool done = m_workspace->confirmClaims(ids);
    if (done)
        emit message(tr("%n attribution(s) marked correct", nullptr, int(ids.size())));
    return done;
}

bool ClaimActions::rejectClaims(const QList<qint64>& ids) {
    if (!m_workspace || ids.isEmpty())
        return false;
    askNameOnce();
    QStringList claims;
    for (qint64 id : ids)
        if (auto c = m_workspace->claim(id))
            claims << QString::fromStdString(c->content);
    QStringList reasons;
    if (auto read = m_workspace->rejectReasons())
        for (const auto& r : *read)
            reasons << QString::fromStdString(r);
    const auto answer = m_prompts->rejectReason(m_window, claims, reasons);
    if (!answer)
        return false;
    if (answer->editedReasons)
        m_workspace->setRejectReasons(*answer->editedReasons);
    const bool done = m_workspace->rejectClaims(ids, answer->reason);
    if (done)
        emit message(tr("%n attribution(s) marked wrong", nullptr, int(ids.size())));
    return done;
}

bool ClaimActions::resetClaims(const QList<qint64>& ids) {
    return m_workspace && !ids.isEmpty() && m_workspace->resetClaims(ids);
}

bool ClaimActions::assessClaims(const QList<qint64>& ids) {
    if (!m_workspace || ids.isEmpty())
        return false;
    askNameOnce();
    auto current = m_workspace->assessment(ids.front());
    auto labels = m_workspace->verdictLabels();
    auto claim = m_workspace->claim(ids.front());
    if (!current || !labels || !claim)
        return false;
    QString text = QString::fromStdString(claim->content);
    if (ids.size() > 1)
        text += tr(" (and %n more claim(s))", nullptr, int(ids.size() - 1));
    const auto answer = m_prompts->assessment(m_window, text, *current, *labels);
    if (!answer)
        return false;
    AssessmentChange change;
    change.credibility = answer->credibility;
    change.verdict = QString::fromStdString(answer->verdict);
    change.note = QString::fromStdString(answer->note);
    const bool done = m_workspace->assessClaims(ids, change);
    if (done)
        emit message(tr("%n claim(s) assessed", nullptr, int(ids.size())));
    return done;
}

bool ClaimActions::setVerdict(const QList<qint64>& ids, const QString& verdict) {
    if (!m_workspace || ids.isEmpty())
        return false;
    askNameOnce();
    return m_workspace->setVerdict(ids, verdict);
}

bool ClaimActions::setCredibility(const QList<qint64>& ids, std::optional<int> credibility) {
    if (!m_workspace || ids.isEmpty())
        return false;
    askNameOnce();
    return m_workspace->setCredibility(ids, credibility);
}

bool ClaimActions::moveClaims(const QList<qint64>& ids) {
    if (!m_workspace || ids.isEmpty())
        return false;
    QList<Prompts::ClusterChoice> choices;
    if (auto clusters = m_workspace->clusters())
        for (const auto& c : *clusters)
            if (c.members >= 2)
                choices.push_back({c.id, m_workspace->clusterTitle(c.id), c.members});
    const auto choice = m_prompts->chooseCluster(m_window, choices);
    if (!choice)
        return false;
    const bool done = m_workspace->moveClaimsToCluster(ids, *choice);
    if (done)
        emit message(tr("%n claim(s) moved", nullptr, int(ids.size())));
    return done;
}

bool ClaimActions::splitClaims(const QList<qint64>& ids) {
    return m_workspace && !ids.isEmpty() && m_workspace->moveClaimsToCluster(ids, std::nullopt);
}

}  // namespace claimdesk::ui
