#include "ui/dialogs/shortcutsdialog.h"

#include <functional>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace claimdesk::ui {

QList<ShortcutEntry> shortcutEntries(const QList<QAction*>& menus) {
    QList<ShortcutEntry> out;
    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& group) {
        for (QAction* a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                walk(a->menu(), group + QStringLiteral(" › ") + a->menu()->title().remove(QLatin1Char('&')));
                continue;
            }
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                out.push_back({group, a->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")), keys.join(QStringLiteral(", "))});
        }
    };
    for (QAction* top : menus)
        if (top->menu())
            walk(top->menu(), top->menu()->title().remove(QLatin1Char('&')));
    const QString find = QObject::tr("Find in article"), timeline = QObject::tr("Timeline"),
                  dialogs = QObject::tr("Dialogs");
    out.push_back({find, QObject::tr("Next match"), QStringLiteral("F3, Enter")});
    out.push_back({find, QObject::tr("Previous match"), QStringLiteral("Shift+F3, Shift+Enter")});
    out.push_back({find, QObject::tr("Close the find bar"), QStringLiteral("Esc")});
    out.push_back({timeline, QObject::tr("Zoom in, zoom out"), QStringLiteral("+, -")});
    out.push_back({timeline, QObject::tr("Fit all"), QStringLiteral("Home")});
    out.push_back({timeline, QObject::tr("Pan"), QStringLiteral("Left, Right")});
    out.push_back({dialogs, QObject::tr("Save a note, a reason or an assessment"), QStringLiteral("Ctrl+Enter")});
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(int(entries.size()), 3, this)) {
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(620, 560);
    auto* layout = new QVBoxLayout(this);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int i = 0; i < entries.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(entries[i].group));
        m_table->setItem(i, 1, new QTableWidgetItem(entries[i].action));
        m_table->setItem(i, 2, new QTableWidgetItem(entries[i].keys));
    }
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

}  // namespace claimdesk::ui
