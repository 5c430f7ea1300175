#pragma once

// A gumbo parse tree laid out flat in document order, so that a subtree is
// a contiguous index range and every pass over the page is one linear scan
// (no recursion, whatever the nesting depth). Each node carries the
// counts the main-content detector needs, summed over its visible subtree.

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::ingest::html {

// Counts over the visible text of a subtree (code points, whitespace runs
// counted as one).
struct NodeStats {
    int textLen = 0;
    int linkLen = 0;      // text inside <a>, fragment links weighted 0.3
    int commas = 0;
    int paragraphs = 0;   // <p> and text-only <div>s
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;       // object, embed, iframe
    int headingLen = 0;   // text inside h1..h6
    int listLen = 0;      // text inside ul/ol

    void add(const NodeStats& o);
    void subtract(const NodeStats& o);
};

struct DomNode {
    const GumboNode* gumbo = nullptr;
    int parent = -1;
    int end = 0;            // one past the last node of the subtree
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool isText = false;    // text, whitespace or CDATA
    bool hidden = false;    // never rendered: scripts, navigation, hidden markup, ...
    bool hasBlock = false;  // has a block-level descendant (p, div, table, list, ...)
    std::string hint;       // lowercased "class id", for the class-name rules
    NodeStats stats;
};

class Dom {
public:
    explicit Dom(const GumboNode* root);

    const std::vector<DomNode>& nodes() const { return m_nodes; }
    const DomNode& operator[](int i) const { return m_nodes[static_cast<std::size_t>(i)]; }
    int size() const { return static_cast<int>(m_nodes.size()); }
    int body() const { return m_body; }

    // Recomputes every node's stats, leaving out the nodes `removed` marks
    // (and their subtrees) besides the hidden ones.
    void computeStats(const std::vector<char>& removed);
    NodeStats& stats(int i) { return m_nodes[static_cast<std::size_t>(i)].stats; }

    // The element children of node i, in order.
    std::vector<int> elementChildren(int i) const;
    // The visible text of a subtree, whitespace collapsed, blocks joined by
    // a space (for short elements: bylines, headings, titles).
    std::string textOf(int i) const;
    bool hasAncestor(int i, GumboTag tag, int stopAt = -1) const;

private:
    std::vector<DomNode> m_nodes;
    int m_body = 0;
};

std::string_view attribute(const GumboNode* node, const char* name);
bool isBlockTag(GumboTag tag);
bool isHeadingTag(GumboTag tag);
// Collapses whitespace runs to one space and trims.
std::string collapseSpaces(std::string_view s);
// ASCII letters lowercased (class names, attribute values, labels).
std::string asciiLower(std::string_view s);
bool looksLikeUrl(std::string_view s);

}  // namespace claimdesk::ingest::html
