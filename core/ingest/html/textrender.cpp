#include "core/ingest/html/textrender.h"

namespace claimdesk::ingest::html {
namespace {

class Writer {
public:
    std::string out;
    std::int64_t codePoints = 0;

    void newline() {
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
            --codePoints;
        }
        if (!out.empty() && out.back() != '\n') {
            out.push_back('\n');
            ++codePoints;
        }
        m_pendingSpace = false;
    }
    void space() { m_pendingSpace = true; }

    // Writes one text node; returns the code-point range its visible
    // characters took ({-1, -1} when it had none).
    std::pair<std::int64_t, std::int64_t> write(std::string_view s, bool pre) {
        std::int64_t first = -1;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\n' && pre) {
                newline();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                m_pendingSpace = true;
                continue;
            }
            // U+00A0 no-break space reads as a space.
            if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
                static_cast<unsigned char>(s[i + 1]) == 0xA0) {
                m_pendingSpace = true;
                ++i;
                continue;
            }
            if (m_pendingSpace && !out.empty() && out.back() != '\n') {
                out.push_back(' ');
                ++codePoints;
            }
            m_pendingSpace = false;
            if (first < 0)
                first = codePoints;
            out.push_back(c);
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                ++codePoints;
        }
        return {first, first < 0 ? -1 : codePoints};
    }

private:
    bool m_pendingSpace = false;
};

// Table cells sit side by side; custom elements (<x-card>, <amp-story>)
// are often laid out as blocks, and gluing their words would be worse than
// a space too many.
bool separatesWords(GumboTag tag) {
    return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_UNKNOWN;
}

}  // namespace

RenderedText renderText(const Dom& dom, const std::vector<char>& dropped) {
    const auto n = static_cast<std::size_t>(dom.size());
    RenderedText r;
    r.start.assign(n, -1);
    r.end.assign(n, -1);
    Writer w;
    w.out.reserve(n * 8);
    struct Open {
        int index;
        int end;
    };
    std::vector<Open> open;
    int preDepth = 0;
    auto close = [&](const Open& o) {
        const GumboTag tag = dom[o.index].tag;
        if (tag == GUMBO_TAG_PRE)
            --preDepth;
        if (isBlockTag(tag))
            w.newline();
        else if (separatesWords(tag))
            w.space();
    };
    for (int i = 0; i < dom.size();) {
        while (!open.empty() && i >= open.back().end) {
            close(open.back());
            open.pop_back();
        }
        const DomNode& node = dom[i];
        if (node.hidden || dropped[static_cast<std::size_t>(i)]) {
            i = node.end;
            continue;
        }
        if (node.isText) {
            auto [s, e] = w.write(node.gumbo->v.text.text, preDepth > 0);
            r.start[static_cast<std::size_t>(i)] = s;
            r.end[static_cast<std::size_t>(i)] = e;
            ++i;
            continue;
        }
        if (node.tag == GUMBO_TAG_PRE)
            ++preDepth;
        if (isBlockTag(node.tag))
            w.newline();
        else if (separatesWords(node.tag))
            w.space();
        if (node.end > i + 1)
            open.push_back({i, node.end});
        else
            close({i, node.end});
        ++i;
    }
    while (!open.empty()) {
        close(open.back());
        open.pop_back();
    }
    w.newline();
    // An element's range runs from its first to its last text node.
    for (std::size_t i = n; i-- > 1;) {
        const int p = dom[static_cast<int>(i)].parent;
        if (p < 0 || r.start[i] < 0)
            continue;
        const auto pi = static_cast<std::size_t>(p);
        if (r.start[pi] < 0 || r.start[i] < r.start[pi])
            r.start[pi] = r.start[i];
        if (r.end[i] > r.end[pi])
            r.end[pi] = r.end[i];
    }
    r.text = std::move(w.out);
    return r;
}

}  // namespace claimdesk::ingest::html
