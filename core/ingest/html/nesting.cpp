#include "core/ingest/html/nesting.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimdesk::ingest::html {
namespace {

constexpr std::array<std::string_view, 19> kVoid = {
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "image"};

// Elements whose content is text up to their own end tag.
constexpr std::array<std::string_view, 9> kRawText = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};

// Start tags that close an open element of their family, as the HTML
// parser's "close a p element", list-item and table-cell rules do: the
// nearest such element is closed (with what is open above it) unless a
// boundary of the rule's scope comes first. Only the top kReach elements
// are searched, so that a page cannot make each tag search the whole stack;
// missing an element further down only makes the estimate deeper.
constexpr std::size_t kReach = 64;
struct Family {
    std::string_view tag;
    std::array<std::string_view, 3> closes;
    bool lists;  // stops at lists and sectioning elements too (li, dt, dd)
    bool table;  // a table rule: only a table (or template) bounds it
};
constexpr std::array<Family, 15> kFamilies = {{
    {"p", {"p", "", ""}, false, false},
    {"li", {"li", "", ""}, true, false},
    {"dt", {"dt", "dd", ""}, true, false},
    {"dd", {"dt", "dd", ""}, true, false},
    {"option", {"option", "", ""}, false, false},
    {"optgroup", {"optgroup", "option", ""}, false, false},
    {"td", {"td", "th", ""}, false, true},
    {"th", {"td", "th", ""}, false, true},
    {"tr", {"tr", "", ""}, false, true},
    {"thead", {"tbody", "thead", "tfoot"}, false, true},
    {"tbody", {"tbody", "thead", "tfoot"}, false, true},
    {"tfoot", {"tbody", "thead", "tfoot"}, false, true},
    {"rt", {"rt", "rp", ""}, false, false},
    {"rp", {"rt", "rp", ""}, false, false},
    {"rb", {"rb", "rt", "rp"}, false, false},
}};

// Where the search for an element to close stops (the HTML scopes).
constexpr std::array<std::string_view, 13> kScopeBoundaries = {
    "html", "table", "td", "th", "caption", "template", "object", "marquee", "applet", "button", "select", "svg", "math"};
constexpr std::array<std::string_view, 16> kListBoundaries = {
    "ul", "ol", "dl", "menu", "section", "article", "aside", "nav", "header", "footer", "main", "blockquote",
    "form", "fieldset", "figure", "details"};

// Block start tags that close an open <p> directly above them.
constexpr std::array<std::string_view, 24> kClosesParagraph = {
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "section",
    "table", "ul"};

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& set) {
    return std::find(set.begin(), set.end(), name) != set.end();
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

class Scanner {
public:
    Scanner(std::string_view page, std::size_t stopAbove) : m_page(page), m_stop(stopAbove) {}

    std::size_t run() {
        std::size_t i = 0;
        while (m_deepest <= m_stop) {
            i = m_page.find('<', i);
            if (i == std::string_view::npos)
                break;
            i = tag(i);
        }
        return std::min(m_deepest, m_stop + 1);
    }

private:
    // Reads the markup at `at` (a '<') and returns where reading goes on.
    std::size_t tag(std::size_t at) {
        if (m_page.compare(at, 4, "<!--") == 0)
            return after(m_page.find("-->", at + 4), 3);
        if (at + 1 >= m_page.size())
            return m_page.size();
        const char next = m_page[at + 1];
        if (next == '!' || next == '?')
            return after(m_page.find('>', at), 1);
        const bool closing = next == '/';
        std::size_t i = at + (closing ? 2 : 1);
        std::string name;
        while (i < m_page.size() && isNameChar(m_page[i]) && name.size() < 32)
            name.push_back(lower(m_page[i++]));
        if (name.empty() || !((name[0] >= 'a' && name[0] <= 'z')))
            return at + 1;  // a '<' in text
        const std::size_t end = tagEnd(i);
        const bool selfClosing = end > 0 && end - 1 < m_page.size() && m_page[end - 1] == '/';
        if (closing) {
            close(name);
        } else {
            open(name, selfClosing);
            if (among(name, kRawText))
                return after(findEndTag(name, end), 0);
        }
        return end + 1;
    }

    // The '>' ending a tag whose attributes start at `i`, quotes respected.
    std::size_t tagEnd(std::size_t i) const {
        char quote = 0;
        for (; i < m_page.size(); ++i) {
            const char c = m_page[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return m_page.size();
    }

    std::size_t findEndTag(const std::string& name, std::size_t from) const {
        for (std::size_t i = m_page.find("</", from); i != std::string_view::npos; i = m_page.find("</", i + 2)) {
            std::size_t k = 0;
            while (k < name.size() && i + 2 + k < m_page.size() && lower(m_page[i + 2 + k]) == name[k])
                ++k;
            if (k == name.size())
                return i;
        }
        return std::string_view::npos;
    }

    std::size_t after(std::size_t found, std::size_t length) const {
        return found == std::string_view::npos ? m_page.size() : found + length;
    }

    void open(const std::string& name, bool selfClosing) {
        if (among(name, kVoid) || (selfClosing && m_foreign > 0))
            return;
        for (const Family& f : kFamilies)
            if (f.tag == name)
                closeNearest(f);
        if (!m_stack.empty() && m_stack.back() == "p" && among(name, kClosesParagraph))
            pop();
        m_stack.push_back(name);
        ++m_open[name];
        if (name == "svg" || name == "math")
            ++m_foreign;
        m_deepest = std::max(m_deepest, m_stack.size());
    }

    // Closes the nearest open element of the family, if one is open within
    // the rule's scope and reach.
    void closeNearest(const Family& family) {
        if (std::none_of(family.closes.begin(), family.closes.end(), [&](std::string_view f) { return isOpen(f); }))
            return;
        const std::size_t lowest = m_stack.size() > kReach ? m_stack.size() - kReach : 0;
        for (std::size_t k = m_stack.size(); k-- > lowest;) {
            const std::string& name = m_stack[k];
            if (among(name, family.closes)) {
                while (m_stack.size() > k)
                    pop();
                return;
            }
            const bool boundary = family.table ? (name == "table" || name == "template" || name == "html")
                                               : among(name, kScopeBoundaries) ||
                                                     (family.lists && among(name, kListBoundaries));
            if (boundary)
                return;
        }
    }

    void close(const std::string& name) {
        if (!isOpen(name))
            return;  // a stray end tag: nothing to search for
        for (std::size_t k = m_stack.size(); k-- > 0;) {
            if (m_stack[k] == name) {
                while (m_stack.size() > k)
                    pop();
                return;
            }
        }
    }

    // Each element is pushed and popped once, and an end tag or family
    // with nothing open costs one look-up: linear however deep the stack.
    bool isOpen(std::string_view name) const {
        auto it = m_open.find(std::string(name));
        return it != m_open.end() && it->second > 0;
    }

    void pop() {
        if (m_stack.back() == "svg" || m_stack.back() == "math")
            --m_foreign;
        --m_open[m_stack.back()];
        m_stack.pop_back();
    }

    std::string_view m_page;
    std::size_t m_stop;
    std::vector<std::string> m_stack;
    std::unordered_map<std::string, int> m_open;  // open elements by name
    std::size_t m_deepest = 0;
    int m_foreign = 0;  // open <svg> and <math> elements, where "/>" closes
};

}  // namespace

std::size_t nestingDepth(std::string_view page, std::size_t stopAbove) { return Scanner(page, stopAbove).run(); }

}  // namespace claimdesk::ingest::html
