#include "core/ingest/html/htmlarticle.h"

#include <gumbo.h>

#include <memory>

#include "core/text/utf8.h"

namespace claimdesk::ingest {
namespace {

bool isSkipped(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        return true;
    default:
        return false;
    }
}

struct TextWriter {
    std::string out;
    bool pendingSpace = false;

    void newline() {
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        if (!out.empty() && out.back() != '\n')
            out.push_back('\n');
        pendingSpace = false;
    }
    void write(std::string_view s) {
        for (char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.empty() && out.back() != '\n')
                out.push_back(' ');
            pendingSpace = false;
            out.push_back(c);
        }
    }
};

void walk(const GumboNode* node, TextWriter& w) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        w.write(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;  // comments never reach the text
    const GumboVector* children;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    if (node->type == GUMBO_NODE_DOCUMENT) {
        children = &node->v.document.children;
    } else {
        tag = node->v.element.tag;
        if (isSkipped(tag))
            return;
        children = &node->v.element.children;
    }
    const bool block = isBlock(tag);
    if (block)
        w.newline();
    for (unsigned i = 0; i < children->length; ++i)
        walk(static_cast<const GumboNode*>(children->data[i]), w);
    if (block)
        w.newline();
}

const GumboNode* findTag(const GumboNode* node, GumboTag tag) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return nullptr;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
        return node;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode* found = findTag(static_cast<const GumboNode*>(children.data[i]), tag))
            return found;
    return nullptr;
}

}  // namespace

Result<HtmlArticle> extractHtmlArticle(std::string_view html) {
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    HtmlArticle article;
    TextWriter writer;
    walk(output->document, writer);
    writer.newline();
    article.text = std::move(writer.out);
    if (article.text.find_first_not_of(" \n") == std::string::npos)
        return makeError("HTML page has no readable text");
    if (const GumboNode* title = findTag(output->document, GUMBO_TAG_TITLE)) {
        TextWriter t;
        walk(title, t);
        article.title = t.out;
        while (!article.title.empty() && (article.title.back() == '\n' || article.title.back() == ' '))
            article.title.pop_back();
    }
    article.body = {0, text::codePointCount(article.text)};
    return article;
}

}  // namespace claimdesk::ingest
