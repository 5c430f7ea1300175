#include "core/text/fold.h"

#include <cctype>
#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace claimdesk::text {
namespace {

// ICU transliterators are costly to build and not thread-safe to share, so
// each thread builds its own once.
icu::Transliterator* makeTransliterator(const char* rules) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    icu::Transliterator* t = icu::Transliterator::createFromRules(
        "claimdesk-fold", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parseError, status);
    return U_SUCCESS(status) ? t : nullptr;
}

std::string apply(icu::Transliterator* t, std::string_view utf8) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (t)
        t->transliterate(s);
    std::string out;
    s.toUTF8String(out);
    return out;
}

bool isAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// ASCII text needs no transliterator: the rules below reduce to lowering
// case (and, for foldToLatin, dropping apostrophes). Most names and words
// are ASCII, and ICU's transliterators are slow.
std::string asciiLower(std::string_view s, bool dropApostrophes) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (dropApostrophes && c == '\'')
            continue;
        if (!dropApostrophes && c == '`')  // as the foldCase rules map it
            c = '\'';
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

}  // namespace

std::string foldCase(std::string_view utf8) {
    if (isAscii(utf8))
        return asciiLower(utf8, false);
    thread_local std::unique_ptr<icu::Transliterator> t(
        makeTransliterator("::NFKD; ::[:Nonspacing Mark:] Remove; ::Lower; ::NFC; "
                           "[\\u2018\\u2019\\u02BC\\u0060] > \\u0027; [\\u2010-\\u2015] > \\u002D;"));
    return apply(t.get(), utf8);
}

std::string foldToLatin(std::string_view utf8) {
    if (isAscii(utf8))
        return asciiLower(utf8, true);
    thread_local std::unique_ptr<icu::Transliterator> t(
        makeTransliterator("::Any-Latin; ::Latin-ASCII; ::Lower; [\\u0027\\u02B9\\u02BA\\u2019] > ;"));
    return apply(t.get(), utf8);
}

}  // namespace claimdesk::text
