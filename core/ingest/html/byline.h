#pragma once

// Reading names out of a byline: "By Jane Doe and John Roe | Reuters",
// "Par Claire Martin, 5 mars 2024", an hCard with a job title beside the
// name.

#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/html/htmldom.h"

namespace claimdesk::ingest::html {

// The names of a byline, without the opening "By", the trailing date, role
// or outlet; a part equal to `outlet` is no name.
std::vector<std::string> bylineNames(std::string_view byline, std::string_view outlet = {});

// The names a byline element holds: the texts of its marked name parts
// (itemprop=name, rel=author, author/name classes) when it has some, else
// its first line.
std::string bylineElementText(const Dom& dom, int element);

}  // namespace claimdesk::ingest::html
