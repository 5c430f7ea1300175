#pragma once

// What the analyst does to claims, as window actions (Review menu, keys)
// and as context menus of the claim table and the article text: the
// attribution check (correct, wrong, unchecked), the assessment (verdict,
// credibility, note) and the claim's cluster. The actions act on the claim
// table's selection; a context menu on the claims it was opened for. The
// first review or assessment asks the analyst's name, once.

#include <functional>

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace claimdesk::ui {

class Prompts;
class Workspace;

class ClaimActions : public QObject {
    Q_OBJECT
public:
    ClaimActions(QWidget* window, Prompts* prompts);

    void setWorkspace(Workspace* workspace);
    void setPrompts(Prompts* prompts) { m_prompts = prompts; }
    // The claims the window's actions act on (the table's selection).
    void setSelection(std::function<QList<qint64>()> selection) { m_selection = std::move(selection); }

    QAction* confirm() const { return m_confirm; }
    QAction* reject() const { return m_reject; }
    QAction* reset() const { return m_reset; }
    QAction* assess() const { return m_assess; }
    QAction* moveToCluster() const { return m_move; }
    QAction* split() const { return m_split; }
    QMenu* verdictMenu() const { return m_verdicts; }
    QMenu* credibilityMenu() const { return m_credibility; }
    QList<QAction*> all() const;

    // The menu of these claims: the same commands, bound to them.
    void fillMenu(QMenu* menu, const QList<qint64>& ids);

    // The commands, for menus, keys and tests; false when nothing was done.
    bool confirmClaims(const QList<qint64>& ids);
    bool rejectClaims(const QList<qint64>& ids);
    bool resetClaims(const QList<qint64>& ids);
    bool assessClaims(const QList<qint64>& ids);
    bool setVerdict(const QList<qint64>& ids, const QString& verdict);
    bool setCredibility(const QList<qint64>& ids, std::optional<int> credibility);
    bool moveClaims(const QList<qint64>& ids);
    bool splitClaims(const QList<qint64>& ids);

signals:
    void message(const QString& text);

private:
    QList<qint64> selected() const;
    // Before the first decision the analyst is asked for their name, once.
    void askNameOnce();
    void fillVerdicts();
    void fillCredibility();

    QWidget* m_window;
    Prompts* m_prompts;
    Workspace* m_workspace = nullptr;
    std::function<QList<qint64>()> m_selection;
    QAction* m_confirm;
    QAction* m_reject;
    QAction* m_reset;
    QAction* m_assess;
    QAction* m_move;
    QAction* m_split;
    QMenu* m_verdicts;
    QMenu* m_credibility;
};

}  // namespace claimdesk::ui
