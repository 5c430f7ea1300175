#pragma once

// Figures in text with their bounds, hedges and counted unit: "more than
// 4,000 troops", "dozens of officers", "20,000 to 25,000 soldiers".
//
// What a figure becomes (value / low / high / approximate):
//   "12,000", "12 thousand", "2.5 km", "twenty-five", "$5bn"   value
//   "more than / over / at least / 4,000-plus / 300 or more"    value, low = value
//   "up to / fewer than / less than / under / no more than"     value, high = value
//   "about / around / approximately / roughly / nearly /
//    almost / some / an estimated / 40-odd"                     value, approximate
//   "20,000 to 25,000", "30-35 thousand", "between 5 and 10",
//   "from 200 to 300"                                           low, high (no value)
//   "five or six"                                               low, high, approximate
//   vague plurals, at least two of their base: "dozens" >= 24,
//   "hundreds" >= 200, "thousands" >= 2,000, "tens of thousands"
//   >= 20,000, "scores of" >= 40                                low, approximate
//   "several" = at least 3, "a few" / "a couple of" = at least 2,
//   of the scale that follows ("several hundred" >= 300) or of
//   the thing itself ("a few officers" >= 2)                    low, approximate
//   a hedged formation of unstated size: "up to a battalion"    approximate only
// The lists behind these are data/lexicons/quantity-*.txt.
//
// Not figures: years ("in 2024"; a bare four-digit number counts only when
// hedged or followed by a known counted noun), dates ("Feb. 2", "31
// January"), times ("10:30", "9 a.m.", "0300"), durations and ages ("three
// weeks", "25-year-old": the timex finder's), ordinals and decades ("3rd",
// "the 1990s"), labels and names ("No. 5", "Article 5", "Round 2"), models
// and identifiers ("F-16", "@user_945", long digit strings), scores and
// tallies ("5-4", "split 4 to 1"), compound adjectives ("a 100-page
// report"), ages in apposition ("Scott, 43,"), and number words that do not
// count a following noun ("One was wiped out", "one of the steps", "the
// other two have"). Percentages are figures with unit "%".
//
// The unit is the head noun after the figure, past "of", adjectives and
// nationalities (see quantityunit.h). A figure with no noun of its own
// shares the unit of a figure just before it in the same sentence ("12,000
// troops ..., of whom more than 4,000"), unless a noun of its own stands
// right before it ("a population under 500").
//
// Linear in the region's length; no regular expressions.

#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/span.h"
#include "core/text/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Finds the quantities of `text` (UTF-8) inside `region` (code points), in
// text order, with spans in code points. Throws std::runtime_error on the
// first call if a quantity lexicon is missing.
std::vector<Quantity> findQuantities(std::string_view text, const text::OffsetMap& map, Span region);
// The same over the pieces of a text already read (the extractor's body);
// `region` lies inside the stream's.
std::vector<Quantity> findQuantities(const text::TokenStream& stream, Span region);

}  // namespace claimdesk::extract
