#pragma once

// Quotations and sentences laid over a token stream. Quotations are paired
// across paragraphs the way news writes long quotes: a paragraph that leaves
// a quotation open continues it when the next paragraph reopens it (or
// closes it without reopening). Sentences break at paragraph breaks and at
// final punctuation, except after abbreviations ("Gen.", "Jan.", "U.S.").

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/extract/attribution/tokens.h"

namespace claimdesk::extract::attribution {

struct Quote {
    std::size_t open = 0;    // token index of the opening mark
    std::size_t close = 0;   // token index of the closing mark, or one past the last quoted token
    bool closed = false;     // false: ran to a paragraph's end without a closing mark
    bool single = false;     // 'single' marks
    bool paragraphs = false; // runs over more than one paragraph
    std::int64_t contentStart = 0;  // code points: the words between the marks
    std::int64_t contentEnd = 0;
};

struct Sentence {
    std::size_t begin = 0;  // token range [begin, end)
    std::size_t end = 0;
};

struct Structure {
    std::vector<Quote> quotes;             // in text order of their opening marks
    std::vector<int> quoteOf;              // per token: innermost quote inside which it lies, or -1
    std::vector<Sentence> sentences;
    std::vector<std::size_t> sentenceOf;   // per token
    std::vector<std::size_t> paragraphOf;  // per token: paragraph number
};

// Resolves the role of every quotation mark in `tokens` (Mark tokens whose
// quotation cannot be paired become Open/Close as read, or None) and builds
// the quotation and sentence structure.
Structure analyzeStructure(std::vector<Token>& tokens);

}  // namespace claimdesk::extract::attribution
