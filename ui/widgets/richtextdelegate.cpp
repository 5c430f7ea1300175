#include "ui/widgets/richtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace claimdesk::ui {
namespace {

constexpr int kMargin = 4;

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width) {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kMargin);
    doc.setHtml(html);
    doc.setTextWidth(std::max(40, width));
}

}  // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    prepare(doc, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    const int width = opt.widget ? opt.widget->width() - 24 : 300;
    prepare(doc, opt, opt.text, width);
    return {width, static_cast<int>(doc.size().height()) + 2};
}

}  // namespace claimdesk::ui
