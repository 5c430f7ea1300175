#include "core/text/fold.h"

#include <cctype>
#include <memory>
#include <mutex>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
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

UChar32 asciiPunctuation(UChar32 c) {
    if (c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x0060)
        return '\'';
    if (c >= 0x2010 && c <= 0x2015)
        return '-';
    return c;
}

}  // namespace

// NFKD, nonspacing marks removed, lowercase, NFC, typographic apostrophes
// and dashes made ASCII. Done with ICU's normalizers rather than a rule
// based transliterator: building one loads ICU's whole transliterator
// registry, tens of milliseconds in every process and thread.
std::string foldCase(std::string_view utf8) {
    if (isAscii(utf8))
        return asciiLower(utf8, false);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return std::string(utf8);
    const icu::UnicodeString decomposed = nfkd->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
    icu::UnicodeString unmarked;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) != U_NON_SPACING_MARK)
            unmarked.append(c);
    }
    unmarked.toLower(icu::Locale::getRoot());
    const icu::UnicodeString composed = nfc->normalize(unmarked, status);
    icu::UnicodeString folded;
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        folded.append(asciiPunctuation(c));
    }
    std::string out;
    folded.toUTF8String(out);
    return U_SUCCESS(status) ? out : std::string(utf8);
}

std::string foldToLatin(std::string_view utf8) {
    if (isAscii(utf8))
        return asciiLower(utf8, true);
    thread_local std::unique_ptr<icu::Transliterator> t(
        makeTransliterator("::Any-Latin; ::Latin-ASCII; ::Lower; [\\u0027\\u02B9\\u02BA\\u2019] > ;"));
    return apply(t.get(), utf8);
}

}  // namespace claimdesk::text
