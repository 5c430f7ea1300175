#pragma once

// Help > Keyboard Shortcuts: every key the window answers to, read from its
// actions (so the list cannot fall behind them) with the keys of the find
// bar and the timeline beside.

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace claimdesk::ui {

struct ShortcutEntry {
    QString group;     // the menu it is in
    QString action;
    QString keys;
};

// The shortcuts of `actions` (grouped by their menu's title), then keys
// that belong to no action.
QList<ShortcutEntry> shortcutEntries(const QList<QAction*>& menus);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

}  // namespace claimdesk::ui
