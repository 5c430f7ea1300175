#pragma once

// A pasted article cut into segments: its non-blank lines, with the lines
// of a hard-wrapped text (a PDF's, an e-mail's) joined back into the
// paragraphs they belong to, each with the measures the classifier reads.

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimdesk::ingest::layout {

struct Segment {
    std::size_t begin = 0;  // byte offsets, spaces around trimmed
    std::size_t end = 0;
    bool blankBefore = true;  // a blank line, or the text's start, precedes it
    bool blankAfter = true;   // a blank line, or the text's end, follows it
    int words = 0;
    int codePoints = 0;
    int capitalized = 0;  // words that start with an uppercase letter
    int lowercase = 0;    // words that start with a lowercase letter
    int caseless = 0;     // words in a script without case
    int numeric = 0;      // words that start with a digit
    int stopwords = 0;
    int commas = 0;
    int innerSentenceEnds = 0;  // ". X" inside the segment
    bool terminal = false;      // ends as a sentence does (. ! ? ...)
    bool colonEnd = false;

    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
    // Share of cased words that start lowercase (1 when nothing is cased).
    double lowerShare() const;
};

std::vector<Segment> splitSegments(std::string_view text);

}  // namespace claimdesk::ingest::layout
