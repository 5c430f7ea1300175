#include "core/ingest/html/htmlarticle.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "core/ingest/html/byline.h"
#include "core/ingest/html/charset.h"
#include "core/ingest/html/classhints.h"
#include "core/ingest/html/htmldom.h"
#include "core/ingest/html/maincontent.h"
#include "core/ingest/html/pagemeta.h"
#include "core/ingest/html/textrender.h"
#include "core/ingest/layout/textlayout.h"

namespace claimdesk::ingest {
namespace {

using html::attribute;
using html::Dom;

// Leaves the article's top-level blocks contiguous in the text: whatever
// sits between two of them under their common parent (an ad slot, a
// teaser) is left out.
void dropBetweenBlocks(const Dom& dom, const std::vector<int>& blocks, std::vector<char>& dropped) {
    if (blocks.size() < 2)
        return;
    const int parent = dom[blocks.front()].parent;
    std::size_t next = 0;
    for (int c = blocks.front(); c < dom[blocks.back()].end && c < dom[parent].end; c = dom[c].end) {
        if (next < blocks.size() && c == blocks[next]) {
            ++next;
            continue;
        }
        if (!dom[c].isText)  // bare text between blocks reads as part of the article
            dropped[static_cast<std::size_t>(c)] = 1;
    }
}

// Headline, byline and date line that open the article are part of the
// page but not of the body.
// In an article's <header>, a standfirst is body text; the short lines
// around it (kicker, date, credits) are not.
constexpr int kShortLine = 80;

bool isLeadingFurniture(const Dom& dom, const html::MainContent& content, int node, int root) {
    int block = -1;  // the nearest block holding the text
    for (int a = dom[node].parent; a >= 0; a = dom[a].parent) {
        const html::DomNode& n = dom[a];
        if (block < 0 && html::isBlockTag(n.tag))
            block = a;
        if (content.furniture[static_cast<std::size_t>(a)] || n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_TIME ||
            n.tag == GUMBO_TAG_ADDRESS || html::hintMatches(n.hint, html::HintKind::Byline))
            return true;
        if (n.tag == GUMBO_TAG_HEADER && (block < 0 || dom[block].stats.textLen < kShortLine))
            return true;
        if (a == root)
            break;
    }
    return false;
}

Span bodySpan(const Dom& dom, const html::MainContent& content, const html::RenderedText& rendered) {
    std::int64_t start = -1, end = -1;
    for (int root : content.blocks) {
        for (int i = root; i < dom[root].end;) {
            const html::DomNode& n = dom[i];
            if (n.hidden || content.dropped[static_cast<std::size_t>(i)] ||
                rendered.start[static_cast<std::size_t>(i)] < 0) {
                i = n.end;
                continue;
            }
            if (!n.isText) {
                ++i;
                continue;
            }
            if (start < 0 && !isLeadingFurniture(dom, content, i, root))
                start = rendered.start[static_cast<std::size_t>(i)];
            if (start >= 0)
                end = std::max(end, rendered.end[static_cast<std::size_t>(i)]);
            ++i;
        }
    }
    if (start < 0)
        return {};
    return {start, end};
}

// The <time> that dates the article: one marked as the publication date,
// else the first inside the article or beside its byline, else the nearest
// one above it, else the page's first.
std::string articleTime(const Dom& dom, const html::MainContent& content,
                        const std::vector<std::pair<int, std::string>>& times) {
    for (const auto& [node, date] : times) {
        const GumboNode* g = dom[node].gumbo;
        if (gumbo_get_attribute(&g->v.element.attributes, "pubdate") ||
            std::string_view(attribute(g, "itemprop")).find("datePublished") != std::string_view::npos)
            return date;
    }
    auto inside = [&](int node, int root) { return root >= 0 && node > root && node < dom[root].end; };
    for (const auto& [node, date] : times) {
        if (inside(node, content.byline) || (content.byline >= 0 && dom[node].parent == dom[content.byline].parent))
            return date;
        for (int block : content.blocks)
            if (inside(node, block))
                return date;
    }
    // A date line sits above the article: the nearest <time> before it.
    const std::string* before = nullptr;
    for (const auto& [node, date] : times)
        if (!content.blocks.empty() && node < content.blocks.front())
            before = &date;
    return before ? *before : times.front().second;
}

}  // namespace

Result<HtmlArticle> extractHtmlArticle(std::string_view page) {
    const std::string decoded = html::pageAsUtf8(page);
    const std::string_view html = decoded;
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    Dom dom(output->document);
    html::PageMeta meta = html::readPageMeta(dom);
    html::MainContent content = html::findMainContent(dom, meta.title);
    dropBetweenBlocks(dom, content.blocks, content.dropped);
    html::RenderedText rendered = html::renderText(dom, content.dropped);

    HtmlArticle article;
    article.text = std::move(rendered.text);
    if (article.text.find_first_not_of(" \n") == std::string::npos)
        return makeError("HTML page has no readable text");
    article.body = bodySpan(dom, content, rendered);
    article.title = meta.title;
    article.authors = meta.authors;
    article.published = meta.published;
    article.outlet = meta.outlet;
    if (!article.published && !meta.times.empty())
        article.published = articleTime(dom, content, meta.times);
    if (article.authors.empty() && content.byline >= 0)
        article.authors = html::bylineNames(html::bylineElementText(dom, content.byline), meta.outlet);
    if (article.authors.empty())
        article.authors = meta.authorLinks;
    if (article.authors.empty() || !article.published || article.body.empty()) {
        // The markup states less than the text does: read the text's own
        // byline and date line.
        TextLayout layout = analyzeTextLayout(article.text);
        if (article.authors.empty())
            article.authors = layout.authors;
        if (!article.published)
            article.published = layout.published;
        if (article.body.empty())
            article.body = layout.body;
        if (article.title.empty())
            article.title = layout.title;
    }
    return article;
}

}  // namespace claimdesk::ingest
