#include "core/ingest/html/maincontent.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/ingest/html/classhints.h"
#include "core/ingest/html/byline.h"
#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk::ingest::html {
namespace {

constexpr int kMinParagraph = 25;     // shorter text nodes do not vote
constexpr int kCharThreshold = 500;   // an article shorter than this triggers a laxer retry
constexpr int kTopCandidates = 5;
constexpr int kMinTopCandidates = 3;
constexpr int kShareThreshold = 500;
constexpr int kFurnitureLine = 30;    // longest "Advertisement"-style label
constexpr int kClimbTextRatio = 3;
constexpr int kMinTeasers = 3;

struct Flags {
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
};


int weightOf(const Dom& dom, int i) {
    const GumboNode* g = dom[i].gumbo;
    return classWeight(asciiLower(attribute(g, "class")), asciiLower(attribute(g, "id")));
}

int tagBase(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

double linkDensity(const NodeStats& s) {
    return s.textLen > 0 ? static_cast<double>(s.linkLen) / s.textLen : 0.0;
}

bool isElement(const DomNode& n) {
    return !n.isText && (n.gumbo->type == GUMBO_NODE_ELEMENT || n.gumbo->type == GUMBO_NODE_TEMPLATE);
}

// A byline element: rel=author, itemprop=author, or a byline-ish class/id,
// with a short text.
bool looksLikeByline(const Dom& dom, int i) {
    const DomNode& n = dom[i];
    const bool marked = asciiLower(attribute(n.gumbo, "rel")) == "author" ||
                        asciiLower(attribute(n.gumbo, "itemprop")).find("author") != std::string::npos ||
                        hintMatches(n.hint, HintKind::Byline);
    return marked && n.stats.textLen > 0 && n.stats.textLen < 100;
}

bool isDataTable(const Dom& dom, int t) {
    const DomNode& n = dom[t];
    if (asciiLower(attribute(n.gumbo, "role")) == "presentation" || attribute(n.gumbo, "datatable") == "0")
        return false;
    if (!attribute(n.gumbo, "summary").empty())
        return true;
    int rows = 0, maxCols = 0, cols = 0;
    for (int c = t + 1; c < n.end; ++c) {
        const DomNode& d = dom[c];
        switch (d.tag) {
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COL:
        case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TH:
            return true;
        case GUMBO_TAG_TABLE: return false;
        case GUMBO_TAG_TR:
            ++rows;
            maxCols = std::max(maxCols, cols);
            cols = 0;
            break;
        case GUMBO_TAG_TD: ++cols; break;
        default: break;
        }
    }
    maxCols = std::max(maxCols, cols);
    return rows >= 10 || maxCols > 4 || rows * maxCols > 10;
}

const std::set<std::string>& furnitureLines() {
    static const std::set<std::string> lines = [] {
        std::set<std::string> out;
        for (const auto& e : text::lexicon("html-furniture-lines"))
            out.insert(text::foldCase(e.key));
        return out;
    }();
    return lines;
}

// "Advertisement", "Loading...": a label where an ad or a widget goes.
bool isFurnitureLine(std::string text) {
    for (std::string_view tail : {"...", "\xE2\x80\xA6"}) {
        if (text.ends_with(tail))
            text.resize(text.size() - tail.size());
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == ':'))
        text.pop_back();
    return !text.empty() && furnitureLines().count(text::foldCase(text)) > 0;
}

// A stream of teasers: most children lead with a linked heading (another
// story's headline) followed by its summary. Readability would score it
// like article text, since its summaries read as paragraphs.
bool isTeaserStream(const Dom& dom, int i) {
    int children = 0, teasers = 0;
    for (int c : dom.elementChildren(i)) {
        const DomNode& child = dom[c];
        if (child.hidden || child.stats.textLen == 0)
            continue;
        ++children;
        for (int d = c; d < child.end; ++d) {
            const DomNode& h = dom[d];
            if (h.hidden || !isHeadingTag(h.tag))
                continue;
            if (h.stats.textLen > 0 && h.stats.linkLen * 5 >= h.stats.textLen * 4)
                ++teasers;
            break;  // only the first heading of a child counts
        }
    }
    return children >= kMinTeasers && teasers * 4 >= children * 3;
}

// One pass of Readability's _grabArticle with the given flags.
class Grabber {
public:
    Grabber(Dom& dom, std::string_view title, Flags flags)
        : m_dom(dom), m_title(title), m_flags(flags), m_removed(static_cast<std::size_t>(dom.size()), 0),
          m_furniture(static_cast<std::size_t>(dom.size()), 0),
          m_dataTable(static_cast<std::size_t>(dom.size()), -1), m_context(static_cast<std::size_t>(dom.size()), 0) {}

    // `fresh`: the DOM's counts still cover every visible node (no earlier
    // pass left its removals in them).
    MainContent run(bool fresh) {
        if (!fresh)
            m_dom.computeStats({});
        markRemoved();
        m_dom.computeStats(m_removed);
        score();
        int top = pickTop();
        MainContent out;
        out.blocks = siblingsOf(top);
        out.dropped.assign(static_cast<std::size_t>(m_dom.size()), 0);
        prepare(out);
        out.furniture = std::move(m_furniture);
        out.byline = m_byline;
        return out;
    }

private:
    bool removed(int i) const { return m_removed[static_cast<std::size_t>(i)] != 0; }

    // Leaves out furniture (by class names and roles), the byline and a
    // heading that repeats the title, before scoring.
    void markRemoved() {
        const int body = m_dom.body();
        const int end = m_dom[body].end;
        // Class names inside tables and code say nothing about page layout.
        std::vector<char> inTableOrCode(static_cast<std::size_t>(m_dom.size()), 0);
        for (int i = body + 1; i < end; ++i) {
            const int p = m_dom[i].parent;
            inTableOrCode[static_cast<std::size_t>(i)] = inTableOrCode[static_cast<std::size_t>(p)] ||
                                                         m_dom[p].tag == GUMBO_TAG_TABLE || m_dom[p].tag == GUMBO_TAG_CODE;
        }
        for (int i = body + 1; i < end;) {
            const DomNode& n = m_dom[i];
            if (n.hidden) {
                i = n.end;
                continue;
            }
            if (!isElement(n)) {
                ++i;
                continue;
            }
            if (m_byline < 0 && looksLikeByline(m_dom, i) && !bylineNames(bylineElementText(m_dom, i)).empty()) {
                m_byline = i;
                remove(i);
                i = n.end;
                continue;
            }
            if ((n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) && !m_title.empty() &&
                textSimilarity(m_title, m_dom.textOf(i)) > 0.75) {
                remove(i);
                i = n.end;
                continue;
            }
            if (m_flags.stripUnlikely && n.tag != GUMBO_TAG_A && n.tag != GUMBO_TAG_BODY) {
                const std::string role = asciiLower(attribute(n.gumbo, "role"));
                const bool unlikely = (hintMatches(n.hint, HintKind::Unlikely) && !hintMatches(n.hint, HintKind::Maybe) &&
                                       !inTableOrCode[static_cast<std::size_t>(i)]) ||
                                      role == "complementary" || role == "alert" || role == "banner" ||
                                      role == "contentinfo";
                if (unlikely) {
                    m_removed[static_cast<std::size_t>(i)] = 1;
                    i = n.end;
                    continue;
                }
            }
            ++i;
        }
    }

    // Furniture the reader still sees: removed from scoring, kept in the text.
    void remove(int i) {
        m_removed[static_cast<std::size_t>(i)] = 1;
        m_furniture[static_cast<std::size_t>(i)] = 1;
        m_furnitureNodes.push_back(i);  // found in document order
    }

    bool holdsFurniture(int i) const {
        auto it = std::upper_bound(m_furnitureNodes.begin(), m_furnitureNodes.end(), i);
        return it != m_furnitureNodes.end() && *it < m_dom[i].end;
    }

    void initialize(int i) {
        auto k = static_cast<std::size_t>(i);
        if (m_scored[k])
            return;
        m_scored[k] = 1;
        m_score[k] = tagBase(m_dom[i].tag) + (m_flags.weightClasses ? weightOf(m_dom, i) : 0);
    }

    void vote(int parent, int textLen, int commas) {
        if (textLen < kMinParagraph || parent < 0)
            return;
        const double contentScore = 1.0 + (commas + 1) + std::min(textLen / 100, 3);
        int level = 0;
        for (int a = parent; a >= 0 && level < 5; a = m_dom[a].parent, ++level) {
            if (m_dom[a].tag == GUMBO_TAG_HTML || m_dom[a].gumbo->type == GUMBO_NODE_DOCUMENT)
                break;
            initialize(a);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_score[static_cast<std::size_t>(a)] += contentScore / divider;
        }
    }

    void score() {
        const auto n = static_cast<std::size_t>(m_dom.size());
        m_score.assign(n, 0.0);
        m_scored.assign(n, 0);
        const int body = m_dom.body();
        const int end = m_dom[body].end;
        for (int i = body + 1; i < end;) {
            const DomNode& node = m_dom[i];
            if (node.hidden || removed(i)) {
                i = node.end;
                continue;
            }
            if (!isElement(node)) {
                ++i;
                continue;
            }
            switch (node.tag) {
            case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_SECTION:
            case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
                vote(node.parent, node.stats.textLen, node.stats.commas);
                break;
            case GUMBO_TAG_DIV:
                if (!node.hasBlock)
                    vote(node.parent, node.stats.textLen, node.stats.commas);
                else
                    voteInlineRuns(i);
                break;
            default:
                break;
            }
            ++i;
        }
    }

    // A <div> that mixes blocks with bare text: each run of inline content
    // between its blocks reads as a paragraph of its own.
    void voteInlineRuns(int div) {
        int len = 0, commas = 0;
        for (int c = div + 1; c < m_dom[div].end; c = m_dom[c].end) {
            const DomNode& child = m_dom[c];
            if (child.hidden || removed(c))
                continue;
            if (child.isText || (!child.hasBlock && !isBlockTag(child.tag) && child.tag != GUMBO_TAG_IMG)) {
                len += child.stats.textLen;
                commas += child.stats.commas;
                continue;
            }
            vote(div, len, commas);
            len = commas = 0;
        }
        vote(div, len, commas);
    }

    double scoreOf(int i) const { return m_score[static_cast<std::size_t>(i)]; }
    bool scored(int i) const { return m_scored[static_cast<std::size_t>(i)] != 0; }

    int pickTop() {
        const int body = m_dom.body();
        std::vector<int> top;
        for (int i = 0; i < m_dom.size(); ++i) {
            if (!scored(i))
                continue;
            m_score[static_cast<std::size_t>(i)] *= 1.0 - linkDensity(m_dom[i].stats);
            top.push_back(i);
        }
        std::stable_sort(top.begin(), top.end(), [&](int a, int b) { return scoreOf(a) > scoreOf(b); });
        // The best few, leaving out streams of teasers (checked lazily: a
        // check reads the candidate's subtree).
        std::vector<int> best5;
        for (int candidate : top) {
            if (best5.size() == static_cast<std::size_t>(kTopCandidates))
                break;
            if (!isTeaserStream(m_dom, candidate))
                best5.push_back(candidate);
        }
        top = std::move(best5);
        if (top.empty() || top[0] == body)
            return body;
        int best = top[0];
        // Several strong candidates under one ancestor: the article is that ancestor.
        std::vector<int> alternatives;
        for (std::size_t k = 1; k < top.size(); ++k)
            if (scoreOf(top[k]) / scoreOf(best) >= 0.75)
                alternatives.push_back(top[k]);
        if (alternatives.size() >= static_cast<std::size_t>(kMinTopCandidates)) {
            for (int p = m_dom[best].parent; p >= 0 && p != body && m_dom[p].tag != GUMBO_TAG_HTML; p = m_dom[p].parent) {
                int containing = 0;
                for (int alt : alternatives)  // in document order, a subtree is an index range
                    if (alt > p && alt < m_dom[p].end)
                        ++containing;
                if (containing >= kMinTopCandidates) {
                    best = p;
                    break;
                }
            }
        }
        initialize(best);
        // Climb while the parent scores about as well: the article is split in parts.
        double last = scoreOf(best);
        const double threshold = last / 3.0;
        for (int p = m_dom[best].parent; p >= 0 && p != body && m_dom[p].tag != GUMBO_TAG_HTML; p = m_dom[p].parent) {
            if (!scored(p))
                continue;
            const double s = scoreOf(p);
            if (s < threshold)
                break;
            if (s > last) {
                // A parent that holds several times the candidate's text is
                // a page section (a river of teasers under the story), not
                // the rest of a split article.
                if (m_dom[p].stats.textLen <= kClimbTextRatio * m_dom[best].stats.textLen)
                    best = p;
                break;
            }
            last = s;
        }
        // An only child stands for its parent.
        for (int p = m_dom[best].parent; p >= 0 && p != body && m_dom[p].tag != GUMBO_TAG_HTML;
             p = m_dom[best].parent) {
            int children = 0;
            for (int c : m_dom.elementChildren(p))
                if (!m_dom[c].hidden)
                    ++children;
            if (children != 1)
                break;
            best = p;
            initialize(best);
        }
        return best;
    }

    std::vector<int> siblingsOf(int top) {
        const int body = m_dom.body();
        std::vector<int> out;
        if (top == body) {
            for (int c : m_dom.elementChildren(body))
                if (!m_dom[c].hidden && !removed(c))
                    out.push_back(c);
            return out;
        }
        const int parent = m_dom[top].parent;
        const double threshold = std::max(10.0, scoreOf(top) * 0.2);
        const std::string_view topClass = attribute(m_dom[top].gumbo, "class");
        for (int s : m_dom.elementChildren(parent)) {
            const DomNode& n = m_dom[s];
            if (n.hidden || removed(s))
                continue;
            if (s == top) {
                out.push_back(s);
                continue;
            }
            if (isTeaserStream(m_dom, s))
                continue;
            double bonus = 0;
            if (!topClass.empty() && attribute(n.gumbo, "class") == topClass)
                bonus = scoreOf(top) * 0.2;
            if (scored(s) && scoreOf(s) + bonus >= threshold) {
                out.push_back(s);
                continue;
            }
            if (n.tag == GUMBO_TAG_P || (n.tag == GUMBO_TAG_DIV && !n.hasBlock)) {
                const double density = linkDensity(n.stats);
                const int len = n.stats.textLen;
                if (len > 80 && density < 0.25) {
                    out.push_back(s);
                } else if (len < 80 && len > 0 && density == 0) {
                    const std::string text = m_dom.textOf(s);
                    if (text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.'))
                        out.push_back(s);
                }
            }
        }
        return out;
    }

    void drop(MainContent& out, int i, int root) {
        out.dropped[static_cast<std::size_t>(i)] = 1;
        const NodeStats gone = m_dom[i].stats;
        for (int a = m_dom[i].parent; a >= 0; a = m_dom[a].parent) {
            m_dom.stats(a).subtract(gone);
            if (a == root)
                break;
        }
    }

    // Cached: a table's verdict is asked for every element inside it.
    bool dataTable(int t) {
        signed char& known = m_dataTable[static_cast<std::size_t>(t)];
        if (known < 0)
            known = isDataTable(m_dom, t) ? 1 : 0;
        return known == 1;
    }

    bool shouldClean(int i) {
        const DomNode& n = m_dom[i];
        if (n.tag == GUMBO_TAG_TABLE && dataTable(i))
            return false;
        if (m_context[static_cast<std::size_t>(i)] & kInProtected)
            return false;
        const NodeStats& s = n.stats;
        bool isList = n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL;
        if (!isList && s.textLen > 0)
            isList = static_cast<double>(s.listLen) / s.textLen > 0.9;
        const int weight = m_flags.weightClasses ? weightOf(m_dom, i) : 0;
        if (weight < 0)
            return true;
        if (s.commas >= 10)
            return false;
        const int p = s.paragraphs, img = s.images, li = s.listItems - 100, input = s.inputs;
        const double headingDensity = s.textLen > 0 ? static_cast<double>(s.headingLen) / s.textLen : 0.0;
        const double density = linkDensity(s);
        const bool figureChild = (m_context[static_cast<std::size_t>(i)] & kInFigure) != 0;
        if (!figureChild && img > 1 && static_cast<double>(p) / img < 0.5)
            return true;
        if (!isList && li > p)
            return true;
        if (input > p / 3)
            return true;
        if (!isList && !figureChild && headingDensity < 0.9 && s.textLen < 25 && (img == 0 || img > 2) && density > 0)
            return true;
        if (!isList && weight < 25 && density > 0.2)
            return true;
        if (weight >= 25 && density > 0.5)
            return true;
        if ((s.embeds == 1 && s.textLen < 75) || s.embeds > 1)
            return true;
        return false;
    }

    // What encloses each node of the article, in one sweep (asking each
    // node's ancestors would be quadratic on deeply nested pages).
    static constexpr unsigned char kInFigure = 1, kInProtected = 2, kInDropped = 4;

    void markContext(const MainContent& out, int root) {
        m_context[static_cast<std::size_t>(root)] = 0;
        for (int i = root + 1; i < m_dom[root].end; ++i) {
            const int p = m_dom[i].parent;
            const DomNode& parent = m_dom[p];
            unsigned char c = m_context[static_cast<std::size_t>(p)];
            if (parent.tag == GUMBO_TAG_FIGURE)
                c |= kInFigure;
            if (parent.tag == GUMBO_TAG_CODE || (parent.tag == GUMBO_TAG_TABLE && dataTable(p)))
                c |= kInProtected;
            if (out.dropped[static_cast<std::size_t>(p)])
                c |= kInDropped;
            m_context[static_cast<std::size_t>(i)] = c;
        }
    }

    // Readability's _prepArticle: within the article, drops what a reader
    // would not count as its text.
    void prepare(MainContent& out) {
        for (int root : out.blocks) {
            const int end = m_dom[root].end;
            for (int i = root + 1; i < end;) {
                const DomNode& n = m_dom[i];
                if (n.hidden) {
                    i = n.end;
                    continue;
                }
                if (removed(i) && !m_furniture[static_cast<std::size_t>(i)]) {
                    // A header block holding the headline or byline stays in
                    // the text (as furniture, outside the body).
                    if (holdsFurniture(i))
                        m_furniture[static_cast<std::size_t>(i)] = 1;
                    else
                        out.dropped[static_cast<std::size_t>(i)] = 1;
                    i = n.end;
                    continue;
                }
                if (!removed(i) && isElement(n) &&
                    (n.tag == GUMBO_TAG_FOOTER || n.tag == GUMBO_TAG_ASIDE || n.tag == GUMBO_TAG_FORM ||
                     ((n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) && m_flags.weightClasses && weightOf(m_dom, i) < 0) ||
                     (hintMatches(n.hint, HintKind::Share) && n.stats.textLen < kShareThreshold) ||
                     (n.stats.textLen > 0 && n.stats.textLen < kFurnitureLine && isFurnitureLine(m_dom.textOf(i))))) {
                    drop(out, i, root);
                    i = n.end;
                    continue;
                }
                ++i;
            }
            if (!m_flags.cleanConditionally)
                continue;
            markContext(out, root);
            for (int i = end - 1; i > root; --i) {
                const DomNode& n = m_dom[i];
                if (n.hidden || !isElement(n) || out.dropped[static_cast<std::size_t>(i)] || removed(i))
                    continue;
                switch (n.tag) {
                case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_DIV: case GUMBO_TAG_FIELDSET:
                case GUMBO_TAG_SECTION:
                    break;
                default:
                    continue;
                }
                if (m_context[static_cast<std::size_t>(i)] & kInDropped)
                    continue;
                if (shouldClean(i))
                    drop(out, i, root);
            }
        }
        out.textLen = 0;
        for (int root : out.blocks)
            out.textLen += m_dom[root].stats.textLen;
    }

    Dom& m_dom;
    std::string_view m_title;
    Flags m_flags;
    std::vector<char> m_removed;
    std::vector<char> m_furniture;
    std::vector<int> m_furnitureNodes;  // the headline and byline nodes, in document order
    std::vector<signed char> m_dataTable;  // per table: -1 unknown, 0 layout, 1 data
    std::vector<unsigned char> m_context;  // per node: kInFigure | kInProtected | kInDropped
    std::vector<double> m_score;
    std::vector<char> m_scored;
    int m_byline = -1;
};

// Lowercased words: runs of ASCII letters/digits and of non-ASCII bytes.
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : ch);
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

}  // namespace

double textSimilarity(std::string_view a, std::string_view b) {
    const std::vector<std::string> wa = words(a), wb = words(b);
    if (wa.empty() || wb.empty())
        return 0.0;
    const std::set<std::string> inA(wa.begin(), wa.end());
    std::size_t all = 0, missing = 0;
    for (const std::string& w : wb) {
        all += w.size() + 1;
        if (!inA.count(w))
            missing += w.size() + 1;
    }
    return 1.0 - static_cast<double>(missing) / static_cast<double>(all);
}

MainContent findMainContent(Dom& dom, std::string_view title) {
    // Readability's retries: each pass relaxes one rule, and the longest
    // result wins if none reaches the threshold.
    const Flags passes[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    MainContent best;
    bool have = false;
    bool fresh = true;
    for (const Flags& flags : passes) {
        MainContent attempt = Grabber(dom, title, flags).run(fresh);
        fresh = false;
        if (attempt.textLen >= kCharThreshold)
            return attempt;
        // A laxer pass wins only by finding clearly more text, not by
        // taking back a menu or a sidebar.
        if (!have || attempt.textLen > best.textLen + best.textLen / 4) {
            best = std::move(attempt);
            have = true;
        }
    }
    return best;
}

}  // namespace claimdesk::ingest::html
