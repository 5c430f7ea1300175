#pragma once

// The encodings a plain-text or HTML article file may come in besides
// UTF-8: UTF-16 marked by its byte-order mark, as Windows editors save it.

#include <optional>
#include <string>
#include <string_view>

#include "core/domain/result.h"

namespace claimdesk::ingest {

// The text of a file that starts with a UTF-16 byte-order mark (FF FE
// little-endian, FE FF big-endian), as UTF-8 without the mark; nullopt for
// any other file. Fails on UTF-16 that is malformed (an odd byte count, an
// unpaired surrogate).
std::optional<Result<std::string>> decodeUtf16WithBom(std::string_view bytes);

}  // namespace claimdesk::ingest
