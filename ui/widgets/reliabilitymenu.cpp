#include "ui/widgets/reliabilitymenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include "ui/models/claimtablemodel.h"

namespace claimdesk::ui {

QMenu* addReliabilityMenu(QMenu* menu, std::optional<char> current,
                          const std::function<void(std::optional<char>)>& apply) {
    QMenu* grades = menu->addMenu(QCoreApplication::translate("ReliabilityMenu", "Source &reliability"));
    auto* group = new QActionGroup(grades);
    const auto add = [&](const QString& text, std::optional<char> grade) {
        QAction* a = grades->addAction(text, grades, [apply, grade] { apply(grade); });
        a->setCheckable(true);
        a->setChecked(current == grade);
        group->addAction(a);
    };
    for (char g = 'A'; g <= 'F'; ++g)
        add(QStringLiteral("&") + ClaimTableModel::reliabilityText(g), g);
    grades->addSeparator();
    add(QCoreApplication::translate("ReliabilityMenu", "&Not graded"), std::nullopt);
    return grades;
}

}  // namespace claimdesk::ui
