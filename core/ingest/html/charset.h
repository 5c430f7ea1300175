#pragma once

// Pages saved in a legacy charset (windows-1252, ISO-8859-x, Shift_JIS,
// GBK...) must become UTF-8 before the parser sees them, or every accented
// letter turns into U+FFFD.

#include <string>
#include <string_view>

namespace claimdesk::ingest::html {

// The charset label a page's <meta charset> or <meta http-equiv> declares
// in its first few kilobytes, lowercased; empty when it declares none.
std::string declaredCharset(std::string_view page);

// The page as UTF-8: unchanged when it already is valid UTF-8, else decoded
// from its declared charset (windows-1252, the web's default, when it
// declares none or one that is not known).
std::string pageAsUtf8(std::string_view page);

}  // namespace claimdesk::ingest::html
