#pragma once

// Quotations, sentences, clauses and paragraphs laid over a token stream
// (tokens.h), all as token ranges.
//
// Quotations: marks are paired as news writes them. A paragraph that leaves
// a quotation open continues it when the next paragraph reopens it (or
// closes it without reopening), as long quotes run over paragraphs; a
// partial quotation opened mid-sentence ends with its paragraph. Marks that
// decide by context (ASCII ") open after a space or an opening bracket and
// before a word, and close the other way round. German „...“ pairs too.
// Single marks pair within a paragraph only, since they double as
// apostrophes. Marks that cannot be paired lose their role (QuoteRole::None).
//
// Sentences break at paragraph breaks and at final punctuation (. ! ? ...)
// followed, past closing marks and brackets, by what opens a sentence: a
// capital, a digit, an opening mark or bracket. Not after a title
// abbreviation ("Gen.", "Feb.", "No."), an initial ("John F. Kennedy"), or
// an abbreviation that may end a sentence ("U.S.", "Inc.") unless a typical
// sentence opener follows ("... in the U.S. The war"). The word lists are
// data/lexicons/text-abbreviations.txt and text-sentence-openers.txt.
//
// Clauses split a sentence where a reader pauses between two statements:
// after a semicolon, a colon or a dash; at a comma before a subordinator,
// a relative pronoun, "but", a pronoun after "and"/"or", a participle, or
// "according to" (data/lexicons/text-clause-openers.txt); around a
// parenthesis; and around a quotation that stands on its own (one that
// opens its sentence, follows a comma or colon, or closes with its own
// punctuation), so that "“We will win,” he said, “...”" is three clauses.
// A quotation inside a phrase ("called it a “disgrace” on Tuesday") stays
// inside its clause. Hand-written because it rests on the quotation
// pairing above, which no library does.
//
// Every token belongs to exactly one sentence, clause and paragraph
// (a paragraph break belongs to the sentence and clause before it).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/text/dateline.h"
#include "core/text/tokens.h"

namespace claimdesk::text {

struct Quotation {
    std::size_t open = 0;    // token index of the opening mark
    std::size_t close = 0;   // token index of the closing mark, or one past the last quoted token
    bool closed = false;     // false: ran to a paragraph's end without a closing mark
    bool single = false;     // 'single' marks
    bool paragraphs = false; // runs over more than one paragraph
    std::int64_t contentStart = 0;  // code points: the words between the marks
    std::int64_t contentEnd = 0;
};

struct Sentence {
    std::size_t begin = 0;  // tokens [begin, end)
    std::size_t end = 0;
    std::size_t paragraph = 0;
    std::size_t firstClause = 0;  // clauses [firstClause, endClause)
    std::size_t endClause = 0;
};

// What starts a clause.
enum class ClauseOpening : std::uint8_t {
    Sentence,     // the sentence's start
    Semicolon,
    Colon,
    Dash,
    Comma,        // a comma before a clause opener, a participle or "according to"
    Quotation,    // a quotation that stands on its own, or what follows it
    Parenthesis,  // a parenthesis, or what follows it
};

struct Clause {
    std::size_t begin = 0;  // tokens [begin, end)
    std::size_t end = 0;
    std::size_t sentence = 0;
    ClauseOpening opening = ClauseOpening::Sentence;
    int quotation = -1;  // the quotation it lies inside, or -1
};

struct Structure {
    std::vector<Quotation> quotations;     // in text order of their opening marks
    std::vector<Sentence> sentences;
    std::vector<Clause> clauses;
    // Per token:
    std::vector<int> quotationOf;          // the innermost quotation it lies inside, or -1
    std::vector<std::uint32_t> sentenceOf;
    std::vector<std::uint32_t> clauseOf;
    std::vector<std::uint32_t> paragraphOf;
    DatelineRange dateline;                // the story's dateline (dateline.h), or empty
};

// Resolves the role of every quotation mark of `tokens` (as structure.h's
// top comment says) and builds the structure. Throws std::runtime_error
// when a word list is missing.
Structure analyzeStructure(std::vector<Token>& tokens);

}  // namespace claimdesk::text
