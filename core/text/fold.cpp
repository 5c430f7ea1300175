#include "core/text/fold.h"

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

}  // namespace

std::string foldCase(std::string_view utf8) {
    thread_local std::unique_ptr<icu::Transliterator> t(
        makeTransliterator("::NFKD; ::[:Nonspacing Mark:] Remove; ::Lower; ::NFC; "
                           "[\\u2018\\u2019\\u02BC\\u0060] > \\u0027; [\\u2010-\\u2015] > \\u002D;"));
    return apply(t.get(), utf8);
}

std::string foldToLatin(std::string_view utf8) {
    thread_local std::unique_ptr<icu::Transliterator> t(
        makeTransliterator("::Any-Latin; ::Latin-ASCII; ::Lower; [\\u0027\\u02B9\\u02BA\\u2019] > ;"));
    return apply(t.get(), utf8);
}

}  // namespace claimdesk::text
