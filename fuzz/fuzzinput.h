#pragma once

// What the fuzz targets share: the input as text, and the guarantee the
// finders rely on (ingest hands them valid UTF-8 only).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace claimdesk::fuzz {

std::string_view bytes(const std::uint8_t* data, std::size_t size);

// The input when it is valid UTF-8 without a NUL, as ingest guarantees a
// finder's text; nullopt otherwise (such input never reaches a finder).
std::optional<std::string_view> finderText(const std::uint8_t* data, std::size_t size);

}  // namespace claimdesk::fuzz
