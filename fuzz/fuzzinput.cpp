#include "fuzzinput.h"

#include "core/text/utf8.h"

namespace claimdesk::fuzz {

std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

std::optional<std::string_view> finderText(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = bytes(data, size);
    if (text::findInvalidUtf8(text) || text.find('\0') != std::string_view::npos)
        return std::nullopt;
    return text;
}

}  // namespace claimdesk::fuzz
