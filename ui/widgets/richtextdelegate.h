#pragma once

// Draws an item's display text as rich text (bold matched words in search
// results), wrapped to the item's width. The text must be escaped HTML.

#include <QStyledItemDelegate>

namespace claimdesk::ui {

class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace claimdesk::ui
