#pragma once

// Bylines: "By Jane Roe", "by Tim Smith February 3, 2025 8:54 AM 2 min
// read", "By Jane Roe and John Doe", "Author: Jane Roe", "Written by ...".

#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::ingest::layout {

// The people a byline names, in order; empty when `line` is no byline.
std::vector<std::string> readByline(std::string_view line);

// Whether `line` is a person's name alone ("Jane Roe", "Anne-Marie de la
// Cruz"): two to four capitalised words, no digits, no function words.
bool isNameLine(std::string_view line);

}  // namespace claimdesk::ingest::layout
