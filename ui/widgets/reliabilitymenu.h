#pragma once

// The Admiralty source-reliability grades (A-F, or not graded) as a
// submenu, for the speakers and the library's outlets alike.

#include <functional>
#include <optional>

#include <QString>

class QMenu;

namespace claimdesk::ui {

// Adds a "Source reliability" submenu to `menu`, the current grade
// checked; choosing a grade calls `apply` with it.
QMenu* addReliabilityMenu(QMenu* menu, std::optional<char> current,
                          const std::function<void(std::optional<char>)>& apply);

}  // namespace claimdesk::ui
