#pragma once

// Small scanning helpers for the layout reader: decoding UTF-8 one code
// point at a time, splitting a line into words and the ASCII-lowercase
// form that lexicon phrases are compared with.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::ingest::layout {

// Decodes the code point at `pos` and advances `pos` past it; malformed
// bytes decode as U+FFFD one byte at a time.
char32_t decodeAt(std::string_view text, std::size_t& pos);
// The code point that ends at `end` (exclusive) and its first byte.
char32_t decodeBefore(std::string_view text, std::size_t end, std::size_t& start);

bool isUpper(char32_t c);
bool isLower(char32_t c);
bool isLetter(char32_t c);
bool isSpace(char32_t c);
// Quotes, brackets, dashes and other marks that may wrap a word.
bool isWrapPunct(char32_t c);
// Letters of scripts without case (CJK, Arabic, Hebrew...).
bool isCaseless(char32_t c);

struct Word {
    std::size_t begin = 0;  // bytes, wrapping punctuation excluded
    std::size_t end = 0;
};

// The words of `text`: runs of non-space characters with the quotes,
// brackets and trailing punctuation around them trimmed; a run with
// nothing left is no word.
std::vector<Word> splitWords(std::string_view text);

// ASCII-lowercased copy with typographic apostrophes and quotes made
// ASCII and runs of spaces collapsed, trimmed.
std::string normalizeLine(std::string_view text);

// `text` without the spaces around it.
std::string_view trim(std::string_view text);

}  // namespace claimdesk::ingest::layout
