#pragma once

// Keeps every visible column of a view on screen: each takes its preferred
// width while there is room; when there is not, the stretching column gives
// way first, down to its minimum, then the others shrink in proportion,
// down to theirs. A column too narrow for its text elides it (the models
// give the whole text as a tooltip). Fitting stops once the analyst drags
// a column's edge, and starts again on reset().

#include <map>

#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace claimdesk::ui {

class ColumnFit : public QObject {
    Q_OBJECT
public:
    struct Width {
        int preferred = 100;
        int minimum = 40;
    };
    ColumnFit(QAbstractItemView* view, QHeaderView* header, int stretchColumn, std::map<int, Width> widths);

    // Fits again from the preferred widths, and from now on.
    void reset();
    void fit();
    bool fitting() const { return m_fitting; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QHeaderView* m_header;
    int m_stretch;
    std::map<int, Width> m_widths;
    bool m_fitting = true;
    bool m_resizing = false;
    bool m_pressed = false;  // a mouse button is down on the header
};

}  // namespace claimdesk::ui
