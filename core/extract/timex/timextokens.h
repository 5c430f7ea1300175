#pragma once

// The tokens the timex grammar matches: words, digit runs and single
// punctuation marks over UTF-8 bytes, each knowing whether space or a
// paragraph break precedes it. One pass, no regex.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::extract::timex {

enum class TokenKind { Word, Number, Punct };

struct Token {
    std::size_t begin = 0;  // byte offsets into the text
    std::size_t end = 0;
    TokenKind kind = TokenKind::Word;
    std::string lower;      // ASCII-lowercased; quotes and dashes folded to ' " -
    bool capitalised = false;
    bool spaceBefore = false;
    bool lineBefore = false;       // a line break precedes it
    bool paragraphBefore = false;  // a blank line (or the text's start) precedes it
};

// Tokenizes `text[begin, end)` (byte offsets).
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace claimdesk::extract::timex
