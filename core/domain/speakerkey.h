#pragma once

// Speaker names folded for matching, within a document and across
// documents: the store merges speakers of different articles whose keys
// agree ("President Volodymyr Zelenskyy", "Volodymyr Zelensky" and
// "Володимир Зеленський" share one key), and linking compares speakers by
// them. The words it drops or unifies are data/lexicons/speaker-*.txt
// (titles, honorifics, determiners, organisation words, name variants),
// read on first use; a missing file throws std::runtime_error.

#include <string>
#include <string_view>
#include <vector>

namespace claimdesk {

// One word folded for name matching: transliterated to Latin ASCII,
// lowercased, letters and digits only, the -yy/-iy/-ij/-yi/-ii endings of
// transliterations made one, y written as i ("Zelenskyy", "Zelenskiy",
// "Зеленський" -> "zelenski"), digraphs that transliteration systems spell
// differently unified and doubled letters made single ("Dzhurenko" and
// "Djurenko" -> "jurenko"). Empty for a word without letters or digits.
std::string speakerTokenKey(std::string_view word);

// The canonical key of a whole name: every word through speakerTokenKey,
// known given-name variants unified ("Bill" = "William"), leading
// determiners, honorifics and titles dropped ("the", "Mr.", "President"),
// possessive endings and name suffixes ("Jr.") dropped, words joined by one
// space. Titles stay when the name is an organisation's ("General Staff").
// Empty when nothing of the name is left.
std::string speakerKey(std::string_view name);

// Whether two speaker names can denote one person or organisation: equal
// keys, or one is the other's surname ("Zelensky" and "Volodymyr
// Zelenskyy"), or the given names agree up to initials ("Paul D. Ryan" and
// "Paul Ryan"). Different given names ("Hillary Clinton", "Bill Clinton")
// never match.
bool sameSpeakerName(std::string_view a, std::string_view b);

// Whether two names' word keys (given names first, surname last) can be
// one person's: true when either has no given name, else when the first
// given names agree, an initial agreeing with a name it starts.
bool givenNamesAgree(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace claimdesk
