#pragma once

#include <string>
#include <string_view>

namespace claimdesk::ingest {

// Lowercase hexadecimal SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

}  // namespace claimdesk::ingest
