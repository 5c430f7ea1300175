#include "core/ingest/textencoding.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <memory>

namespace claimdesk::ingest {
namespace {

Result<std::string> utf16ToUtf8(std::string_view bytes, const char* encoding) {
    const std::string malformed = std::string("malformed ") + encoding + " text";
    if (bytes.size() % 2 != 0)
        return makeError(malformed + " (an odd number of bytes)");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(encoding, &status), ucnv_close);
    if (U_FAILURE(status))
        return makeError(std::string("cannot decode ") + encoding + ": " + u_errorName(status));
    // Stop at a malformed unit instead of putting U+FFFD in its place.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string units(bytes.size() / 2 + 1, u'\0');
    const int32_t count = ucnv_toUChars(converter.get(), units.data(), static_cast<int32_t>(units.size()),
                                        bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return makeError(malformed);
    int32_t length = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &length, units.data(), count, &status);  // measures
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return makeError(malformed + " (an unpaired surrogate)");
    std::string utf8(static_cast<std::size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), length, nullptr, units.data(), count, &status);
    if (U_FAILURE(status))
        return makeError(malformed + " (an unpaired surrogate)");
    return utf8;
}

}  // namespace

std::optional<Result<std::string>> decodeUtf16WithBom(std::string_view bytes) {
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE)
        return utf16ToUtf8(bytes.substr(2), "UTF-16LE");
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
        static_cast<unsigned char>(bytes[1]) == 0xFF)
        return utf16ToUtf8(bytes.substr(2), "UTF-16BE");
    return std::nullopt;
}

}  // namespace claimdesk::ingest
