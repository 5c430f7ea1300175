#pragma once

// Words of a line as its spaces delimit them, for readers of page layout
// (headlines, bylines, date lines, menus): a run of tokens (tokens.h) with
// no space between them, less the punctuation that wraps it ("(AP)" is
// "AP", "Jeb!" "Jeb", "9:30" and "e-mail" stay whole). And the two ways
// such readers compare lines: trimmed of whitespace, and normalised.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/tokens.h"

namespace claimdesk::text {

struct SpacedWord {
    std::size_t begin = 0;  // bytes into the text given, wrapping punctuation excluded
    std::size_t end = 0;
};

// The words of `text` (read with the one tokenizer).
std::vector<SpacedWord> spacedWords(std::string_view text);
// The words of tokens [firstToken, endToken) of `stream`, bytes into the
// stream's document.
std::vector<SpacedWord> spacedWords(const TokenStream& stream, std::size_t firstToken, std::size_t endToken);

// Quotation marks, brackets, dashes, the stops and other marks that may wrap
// a word: what spacedWords trims.
bool isWrappingPunctuation(char32_t c);

// `text` without the whitespace (chars.h) around it.
std::string_view trimWhitespace(std::string_view text);

// A line as word lists compare it: ASCII letters lower case, typographic
// apostrophes, quotation marks and dashes made ASCII, runs of whitespace one
// space, trimmed.
std::string normalizeForMatching(std::string_view text);

}  // namespace claimdesk::text
