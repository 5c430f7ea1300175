#pragma once

// What each segment of a pasted article is: article prose, a short line
// (a subheading, a label, a menu item), page furniture, a marker of the
// article's end, a photo caption, a byline, a date line, or a piece of the
// page around the article recognised from its neighbours (a teaser of
// another article, an author box).

#include <string_view>
#include <vector>

#include "core/ingest/layout/segments.h"

namespace claimdesk::ingest::layout {

enum class Kind {
    Prose,           // running text: a paragraph of the article or of the page
    Short,           // a short line: subheading, label, name, menu item
    Furniture,       // page chrome: "Skip to content", share buttons, newsletter forms
    Menu,            // a row of a menu or a list of tags (capitalised words, no sentence)
    End,             // "Most popular", "Comments", "Related": the article is over
    Caption,         // a photo caption or credit
    Byline,          // "By Jane Roe ..."
    DateLine,        // "February 3, 2025 8:54 AM", "6:41 AM"
    TeaserHeadline,  // the headline of another article's teaser
    TeaserSummary,   // the summary under it
    AuthorName,      // the name (or role) line of an author box
    AuthorBio,       // the biography of an author box
};

// One kind per segment, same order.
std::vector<Kind> classifySegments(std::string_view text, const std::vector<Segment>& segments);

// A headline's shape: a few words, not a label or a list, at most one sentence.
bool looksLikeHeadline(const Segment& seg, Kind kind);

}  // namespace claimdesk::ingest::layout
