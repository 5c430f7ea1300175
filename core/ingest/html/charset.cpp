#include "core/ingest/html/charset.h"

#include <unicode/ucnv.h>

#include "core/text/utf8.h"

namespace claimdesk::ingest::html {
namespace {

constexpr std::size_t kPrescan = 4096;  // where browsers look for the declaration

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
}

std::string convert(std::string_view page, const char* from) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(page.size() * 4 + 16, '\0');
    const int32_t n = ucnv_convert("UTF-8", from, out.data(), static_cast<int32_t>(out.size()), page.data(),
                                   static_cast<int32_t>(page.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.resize(static_cast<std::size_t>(n));
    return out;
}

}  // namespace

std::string declaredCharset(std::string_view page) {
    std::string head(page.substr(0, kPrescan));
    for (char& c : head)
        c = lower(c);
    // The charset= of a <meta> tag: either <meta charset="x"> or the
    // content="text/html; charset=x" of an http-equiv one.
    for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
        const std::size_t close = head.find('>', meta);
        const std::size_t at = head.find("charset", meta);
        if (at == std::string::npos || (close != std::string::npos && at > close))
            continue;
        std::size_t i = at + 7;
        while (i < head.size() && (head[i] == ' ' || head[i] == '='))
            ++i;
        while (i < head.size() && (head[i] == '"' || head[i] == '\''))
            ++i;
        std::string label;
        while (i < head.size() && isLabelChar(head[i]))
            label.push_back(head[i++]);
        if (!label.empty())
            return label;
    }
    return {};
}

std::string pageAsUtf8(std::string_view page) {
    if (!text::findInvalidUtf8(page))
        return std::string(page);
    std::string label = declaredCharset(page);
    // As browsers do: Latin-1 and ASCII labels mean windows-1252, GB2312
    // and GBK mean their superset GB18030; a page that says UTF-8 but is not
    // was most likely saved in the web's default.
    if (label.empty() || label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" ||
        label == "utf-8" || label == "utf8" || label.starts_with("utf-16"))
        label = "windows-1252";
    else if (label == "gb2312" || label == "gbk" || label == "x-gbk")
        label = "gb18030";
    std::string out = convert(page, label.c_str());
    if (out.empty())
        out = convert(page, "windows-1252");
    return out;
}

}  // namespace claimdesk::ingest::html
