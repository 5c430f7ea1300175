#include "core/ingest/html/htmldom.h"

#include <cstring>

#include "core/text/chars.h"

namespace claimdesk::ingest::html {
namespace {

// Elements whose content is never page text: code, styling, embedded
// documents, controls and navigation.
bool isHiddenTag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

// The elements that keep a <div> from reading as one paragraph (Readability's
// DIV_TO_P_ELEMS).
bool breaksParagraph(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_FIGURE:
        return true;
    default:
        return false;
    }
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}


bool styleHides(std::string_view style) {
    std::string compact;
    for (char c : style)
        if (!text::isAsciiWhitespace(c))
            compact.push_back(lower(c));
    return compact.find("display:none") != std::string::npos ||
           compact.find("visibility:hidden") != std::string::npos;
}

bool isHiddenElement(const GumboNode* node) {
    if (isHiddenTag(node->v.element.tag))
        return true;
    const GumboVector* attrs = &node->v.element.attributes;
    if (gumbo_get_attribute(attrs, "hidden"))
        return true;
    if (lowered(attribute(node, "aria-hidden")) == "true")
        return true;
    std::string role = lowered(attribute(node, "role"));
    if (role == "navigation" || role == "menu" || role == "menubar" || role == "dialog" ||
        role == "alertdialog")
        return true;
    if (lowered(attribute(node, "type")) == "hidden")
        return true;
    std::string_view style = attribute(node, "style");
    return !style.empty() && styleHides(style);
}

// The text-length contribution of one text node: code points, each
// whitespace run counted once; commas of Latin, Arabic and CJK scripts.
void countText(std::string_view s, int& len, int& commas) {
    bool space = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (text::isAsciiWhitespace(static_cast<char>(c))) {
            if (!space)
                ++len;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80)
            ++len;
        if (c == ',')
            ++commas;
        else if (c == 0xD8 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x8C)
            ++commas;  // U+060C
        else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                 static_cast<unsigned char>(s[i + 2]) == 0x8C)
            ++commas;  // U+FF0C
    }
}

const GumboVector* childrenOf(const GumboNode* node) {
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    return nullptr;
}

}  // namespace

void NodeStats::add(const NodeStats& o) {
    textLen += o.textLen; linkLen += o.linkLen; commas += o.commas; paragraphs += o.paragraphs;
    images += o.images; listItems += o.listItems; inputs += o.inputs; embeds += o.embeds;
    headingLen += o.headingLen; listLen += o.listLen;
}

void NodeStats::subtract(const NodeStats& o) {
    textLen -= o.textLen; linkLen -= o.linkLen; commas -= o.commas; paragraphs -= o.paragraphs;
    images -= o.images; listItems -= o.listItems; inputs -= o.inputs; embeds -= o.embeds;
    headingLen -= o.headingLen; listLen -= o.listLen;
}

std::string_view attribute(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

bool isBlockTag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FORM: case GUMBO_TAG_NAV:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_LEGEND:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag) {
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

std::string collapseSpaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (text::isAsciiWhitespace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    // U+00A0 (no-break space) is common in bylines and titles.
    std::string clean;
    clean.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (static_cast<unsigned char>(out[i]) == 0xC2 && i + 1 < out.size() &&
            static_cast<unsigned char>(out[i + 1]) == 0xA0) {
            if (!clean.empty() && clean.back() != ' ')
                clean.push_back(' ');
            ++i;
            continue;
        }
        if (out[i] == ' ' && !clean.empty() && clean.back() == ' ')
            continue;
        clean.push_back(out[i]);
    }
    while (!clean.empty() && clean.back() == ' ')
        clean.pop_back();
    if (!clean.empty() && clean.front() == ' ')
        clean.erase(0, 1);
    return clean;
}

std::string asciiLower(std::string_view s) { return lowered(s); }

bool looksLikeUrl(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") ||
           s.starts_with("www.") || s.find("://") != std::string_view::npos;
}

Dom::Dom(const GumboNode* root) {
    struct Frame {
        int index;
        unsigned next;
    };
    std::vector<Frame> stack;
    auto push = [&](const GumboNode* g, int parent) {
        DomNode n;
        n.gumbo = g;
        n.parent = parent;
        const bool parentHidden = parent >= 0 && m_nodes[static_cast<std::size_t>(parent)].hidden;
        if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
            n.isText = true;
            n.hidden = parentHidden;
        } else if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
            n.tag = g->type == GUMBO_NODE_TEMPLATE ? GUMBO_TAG_TEMPLATE : g->v.element.tag;
            n.hidden = parentHidden || g->type == GUMBO_NODE_TEMPLATE || isHiddenElement(g);
            std::string_view cls = attribute(g, "class"), id = attribute(g, "id");
            if (!cls.empty() || !id.empty()) {
                n.hint = lowered(cls);
                n.hint.push_back(' ');
                n.hint += lowered(id);
            }
            if (n.tag == GUMBO_TAG_BODY && m_body == 0)
                m_body = static_cast<int>(m_nodes.size());
        } else if (g->type == GUMBO_NODE_COMMENT) {
            n.hidden = true;
        }
        m_nodes.push_back(std::move(n));
        if (childrenOf(g))
            stack.push_back({static_cast<int>(m_nodes.size()) - 1, 0});
        else
            m_nodes.back().end = static_cast<int>(m_nodes.size());
    };
    push(root, -1);
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector* children = childrenOf(m_nodes[static_cast<std::size_t>(f.index)].gumbo);
        if (f.next < children->length) {
            const auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
            push(child, f.index);
            continue;
        }
        m_nodes[static_cast<std::size_t>(f.index)].end = static_cast<int>(m_nodes.size());
        stack.pop_back();
    }
    for (int i = size() - 1; i > 0; --i) {
        DomNode& n = m_nodes[static_cast<std::size_t>(i)];
        if (n.parent >= 0 && !n.hidden && (n.hasBlock || breaksParagraph(n.tag)))
            m_nodes[static_cast<std::size_t>(n.parent)].hasBlock = true;
    }

    // A form is a comment box, a search field or a newsletter sign-up,
    // unless (as on some server-generated pages) it wraps the whole article.
    computeStats({});
    bool anyForm = false;
    for (DomNode& n : m_nodes) {
        if (n.tag == GUMBO_TAG_FORM && !n.hidden &&
            (n.stats.paragraphs < 5 || n.stats.textLen - n.stats.linkLen < 1000)) {
            n.hidden = true;
            anyForm = true;
        }
    }
    if (anyForm) {
        for (DomNode& n : m_nodes)
            if (n.parent >= 0 && m_nodes[static_cast<std::size_t>(n.parent)].hidden)
                n.hidden = true;
        computeStats({});
    }
}

void Dom::computeStats(const std::vector<char>& removed) {
    const std::size_t n = m_nodes.size();
    std::vector<char> out(n, 0), inLink(n, 0), inHeading(n, 0), inList(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        DomNode& node = m_nodes[i];
        node.stats = NodeStats{};
        const int p = node.parent;
        const auto pi = static_cast<std::size_t>(p);
        out[i] = node.hidden || (i < removed.size() && removed[i]) || (p >= 0 && out[pi]);
        if (out[i])
            continue;
        if (p >= 0) {
            inLink[i] = inLink[pi];
            inHeading[i] = inHeading[pi];
            inList[i] = inList[pi];
        }
        if (node.isText) {
            int len = 0, commas = 0;
            countText(node.gumbo->v.text.text, len, commas);
            node.stats.textLen = len;
            node.stats.commas = commas;
            if (inLink[i])
                node.stats.linkLen = inLink[i] == 2 ? len * 3 / 10 : len;
            if (inHeading[i])
                node.stats.headingLen = len;
            if (inList[i])
                node.stats.listLen = len;
            continue;
        }
        switch (node.tag) {
        case GUMBO_TAG_A:
            if (!inLink[i])
                inLink[i] = attribute(node.gumbo, "href").starts_with("#") ? 2 : 1;
            break;
        case GUMBO_TAG_P: node.stats.paragraphs = 1; break;
        case GUMBO_TAG_DIV:
            if (!node.hasBlock)
                node.stats.paragraphs = 1;
            break;
        case GUMBO_TAG_IMG: node.stats.images = 1; break;
        case GUMBO_TAG_LI: node.stats.listItems = 1; break;
        case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: node.stats.inputs = 1; break;
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_IFRAME: node.stats.embeds = 1; break;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: inList[i] = 1; break;
        default:
            if (isHeadingTag(node.tag))
                inHeading[i] = 1;
            break;
        }
    }
    // A text-only <div> whose text is empty is no paragraph.
    for (std::size_t i = n; i-- > 1;) {
        if (out[i])
            continue;
        DomNode& node = m_nodes[i];
        if (node.tag == GUMBO_TAG_DIV && !node.hasBlock && node.stats.paragraphs == 1 && node.stats.textLen == 0)
            node.stats.paragraphs = 0;
        if (node.parent >= 0)
            m_nodes[static_cast<std::size_t>(node.parent)].stats.add(node.stats);
    }
}

std::vector<int> Dom::elementChildren(int i) const {
    std::vector<int> out;
    for (int c = i + 1; c < m_nodes[static_cast<std::size_t>(i)].end; c = m_nodes[static_cast<std::size_t>(c)].end) {
        const DomNode& n = m_nodes[static_cast<std::size_t>(c)];
        if (!n.isText && (n.gumbo->type == GUMBO_NODE_ELEMENT || n.gumbo->type == GUMBO_NODE_TEMPLATE))
            out.push_back(c);
    }
    return out;
}

std::string Dom::textOf(int i) const {
    std::string raw;
    const int end = m_nodes[static_cast<std::size_t>(i)].end;
    for (int c = i; c < end;) {
        const DomNode& n = m_nodes[static_cast<std::size_t>(c)];
        if (n.hidden) {
            c = n.end;
            continue;
        }
        if (n.isText)
            raw += n.gumbo->v.text.text;
        else if (isBlockTag(n.tag) || n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH)
            raw.push_back(' ');
        ++c;
    }
    return collapseSpaces(raw);
}

bool Dom::hasAncestor(int i, GumboTag tag, int stopAt) const {
    for (int p = m_nodes[static_cast<std::size_t>(i)].parent; p >= 0 && p != stopAt;
         p = m_nodes[static_cast<std::size_t>(p)].parent)
        if (m_nodes[static_cast<std::size_t>(p)].tag == tag)
            return true;
    return false;
}

}  // namespace claimdesk::ingest::html
