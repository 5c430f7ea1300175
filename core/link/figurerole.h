#pragma once

// What a figure in a claim counts, for linking: the family of its frame's
// measure (core/domain/measures.h), so that "9 killed" and "about
// 40 casualties" count the same losses and "12,000 deployed" does not.

#include <string>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

// What `q` counts: its frame's measure when extraction read one, else the
// measure phrase nearest to it in `claim`'s content (up to eight words
// after it or six before, nearest first, not past another figure on its
// side); empty when none is near.
std::string figureMeasure(const LinkClaim& claim, const Quantity& q);

// The family of figureMeasure: a part of a sum counts as the sum ("killed"
// as "casualties").
std::string figureRole(const LinkClaim& claim, const Quantity& q);

}  // namespace claimdesk::link
