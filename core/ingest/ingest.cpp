#include "core/ingest/ingest.h"

#include <algorithm>
#include <fstream>
#include <cctype>
#include <set>
#include <system_error>

#include "core/ingest/html/htmlarticle.h"
#include "core/ingest/html/nesting.h"
#include "core/ingest/limits.h"
#include "core/ingest/textencoding.h"
#include "core/ingest/pdftext.h"
#include "core/ingest/sha256.h"
#include "core/ingest/layout/textlayout.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace claimdesk::ingest {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kArticleExtensions = {".txt", ".text", ".html", ".htm", ".xhtml", ".pdf"};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

MediaType sniff(std::string_view bytes, const std::string& name) {
    if (bytes.substr(0, 5) == "%PDF-")
        return MediaType::Pdf;
    const std::string ext = lower(fs::path(name).extension().string());
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml")
        return MediaType::Html;
    if (ext == ".pdf")
        return MediaType::Pdf;
    // A text file that is really a saved page.
    const std::string head = lower(std::string(text::withoutBom(bytes).substr(0, 512)));
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first != std::string::npos &&
        (head.compare(first, 9, "<!doctype") == 0 || head.compare(first, 5, "<html") == 0))
        return MediaType::Html;
    return MediaType::PlainText;
}

// Text that is not meant to be read: NUL bytes or many control characters.
bool looksBinary(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return n > 0 && control * 20 > n;
}

Status checkText(std::string_view bytes) {
    if (looksBinary(bytes))
        return makeError("binary file, not text");
    if (auto bad = text::findInvalidUtf8(bytes))
        return makeError("invalid UTF-8 at byte " + std::to_string(*bad));
    return {};
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The convention of plain-text exports: the text opens with
// "date YYYY-MM-DD", on a line of its own or before the first words.
// Scanned by hand: compiling the equivalent std::regex costs more than
// reading a few articles.
std::optional<std::string> leadingDate(std::string_view text, std::size_t& afterBytes) {
    afterBytes = 0;
    const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 64));
    std::size_t i = 0;
    while (i < head.size() && text::isAsciiWhitespace(head[i]))
        ++i;
    static constexpr std::string_view kWord = "date";
    if (head.size() - i < kWord.size())
        return std::nullopt;
    for (std::size_t k = 0; k < kWord.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(head[i + k])) != kWord[k])
            return std::nullopt;
    i += kWord.size();
    const std::size_t separator = i;
    while (i < head.size() && (head[i] == ' ' || head[i] == ':'))
        ++i;
    if (i == separator || head.size() - i < 10)
        return std::nullopt;
    const std::string_view date = head.substr(i, 10);
    for (std::size_t k = 0; k < date.size(); ++k)
        if (k == 4 || k == 7 ? date[k] != '-' : !isDigit(date[k]))
            return std::nullopt;
    i += date.size();
    if (i < head.size() && (head[i] == ' ' || head[i] == '\t')) {
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t'))
            ++i;
    } else {
        // Whitespace up to and including its last line break.
        std::size_t lastBreak = std::string_view::npos;
        for (std::size_t j = i; j < head.size() && text::isAsciiWhitespace(head[j]); ++j)
            if (head[j] == '\n')
                lastBreak = j;
        if (lastBreak == std::string_view::npos)
            return std::nullopt;
        i = lastBreak + 1;
    }
    afterBytes = i;
    return std::string(date);
}

// A NUL byte past the first 8 KB, where looksBinary does not look.
Status checkNoNul(std::string_view bytes) {
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos)
        return makeError("binary file, not text (a NUL byte at byte " + std::to_string(nul) + ")");
    return {};
}

Status readPlainText(Document& doc, std::string_view content) {
    const std::string_view bytes = text::withoutBom(content);
    if (Status s = checkText(bytes); !s.ok())
        return s;
    if (Status s = checkNoNul(bytes); !s.ok())
        return s;
    doc.text = std::string(bytes);

    std::size_t skip = 0;
    std::optional<std::string> stated = leadingDate(doc.text, skip);
    const std::string_view rest = std::string_view(doc.text).substr(skip);
    TextLayout layout = analyzeTextLayout(rest);
    const std::int64_t shift = text::codePointCount(std::string_view(doc.text).substr(0, skip));
    doc.body = {layout.body.start + shift, layout.body.end + shift};
    doc.source.title = layout.title;
    doc.source.authors = layout.authors;
    doc.source.outlet = layout.outlet;
    doc.source.published = stated ? stated : layout.published;
    return {};
}

Status readHtml(Document& doc, std::string_view content, const IngestOptions& options) {
    std::string_view bytes = text::withoutBom(content);
    if (looksBinary(bytes))
        return makeError("binary file, not HTML");
    if (const std::size_t depth = html::nestingDepth(bytes, options.maxHtmlDepth); depth > options.maxHtmlDepth)
        return makeError("HTML nested more than " + std::to_string(options.maxHtmlDepth) +
                         " elements deep (the limit)");
    auto article = extractHtmlArticle(bytes);
    if (!article)
        return makeError(article.error());
    doc.text = std::move(article->text);
    doc.body = article->body;
    doc.source.title = article->title;
    doc.source.authors = article->authors;
    doc.source.published = article->published;
    doc.source.outlet = article->outlet;
    return {};
}

Status readPdf(Document& doc) {
    auto text = extractPdfText(doc.original);
    if (!text)
        return makeError(text.error());
    if (auto bad = text::findInvalidUtf8(*text))
        return makeError("the PDF's text is not valid UTF-8");
    doc.text = std::move(*text);
    TextLayout layout = analyzeTextLayout(doc.text);
    doc.body = layout.body;
    doc.source.title = layout.title;
    doc.source.authors = layout.authors;
    doc.source.published = layout.published;
    doc.source.outlet = layout.outlet;
    return {};
}

}  // namespace

Result<Document> loadBytes(std::string bytes, const std::string& name, const IngestOptions& options) {
    auto fail = [&](const std::string& what) { return makeError(name + ": " + what); };
    if (bytes.size() > options.maxFileBytes)
        return fail("file too large (" + std::to_string(bytes.size()) + " bytes; the limit is " +
                    std::to_string(options.maxFileBytes) + ")");

    Document doc;
    doc.fileName = fs::path(name).filename().string();
    doc.filePath = name;
    doc.sha256 = sha256Hex(bytes);
    doc.original = std::move(bytes);
    // What the parsers read: the file as saved (UTF-8, or a charset an HTML
    // page declares), or UTF-16 its byte-order mark announces, decoded.
    std::string decoded;
    std::string_view content = doc.original;
    if (auto utf16 = decodeUtf16WithBom(doc.original)) {
        if (!*utf16)
            return fail(utf16->error());
        decoded = std::move(**utf16);
        content = decoded;
    }
    if (text::withoutBom(content).find_first_not_of(" \t\r\n\f") == std::string_view::npos)
        return fail("empty file (no text)");
    doc.mediaType = sniff(content, name);
    if (doc.mediaType == MediaType::PlainText && text::withoutBom(content).size() > options.maxTextBytes)
        return fail(textTooLong(text::withoutBom(content).size(), options));

    Status read = doc.mediaType == MediaType::Html  ? readHtml(doc, content, options)
                  : doc.mediaType == MediaType::Pdf ? readPdf(doc)
                                                    : readPlainText(doc, content);
    if (read.ok() && doc.text.find_first_not_of(" \t\r\n\f") == std::string::npos)
        read = makeError("empty file (no text)");
    if (read.ok())
        read = checkReadingText(doc.text, options);
    if (!read.ok())
        return fail(read.error());
    if (!doc.source.published && options.defaultPublished)
        doc.source.published = options.defaultPublished;
    return doc;
}

Result<Document> loadFile(const fs::path& path, const IngestOptions& options) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return makeError(name + ": no such file");
    if (fs::is_directory(status))
        return makeError(name + ": is a folder, not a file");
    auto tooLarge = [&](std::uintmax_t size) {
        return makeError(name + ": file too large (" + std::to_string(size) + " bytes; the limit is " +
                         std::to_string(options.maxFileBytes) + ")");
    };
    // A pipe (a shell's <(...), a FIFO) has no size to check first: it is
    // read up to the limit.
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (ec)
            return makeError(name + ": cannot read (" + ec.message() + ")");
        if (size > options.maxFileBytes)
            return tooLarge(size);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(name + ": cannot open for reading");
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > options.maxFileBytes)
            return tooLarge(bytes.size());
    }
    if (in.bad())
        return makeError(name + ": read error");
    return loadBytes(std::move(bytes), name, options);
}

namespace {

// The article files under `root`, depth first; a folder that cannot be read
// (the root or one below it) is reported and the others are still searched.
// Links to folders are not followed, so a loop cannot recurse forever.
// Returns false when the root itself cannot be read.
bool searchFolder(const fs::path& root, std::vector<fs::path>& found, std::vector<std::string>& errors) {
    bool rootRead = true;
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
        const fs::path folder = std::move(pending.back());
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(folder, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            std::error_code entryError;
            if (it->is_directory(entryError) && !it->is_symlink(entryError))
                pending.push_back(it->path());
            else if (it->is_regular_file(entryError) && kArticleExtensions.count(lower(it->path().extension().string())))
                found.push_back(it->path());
        }
        if (ec) {
            errors.push_back(folder.string() + ": cannot read folder (" + ec.message() + ")" +
                             (folder == root ? "" : "; its articles are left out"));
            rootRead = rootRead && folder != root;
        }
    }
    return rootRead;
}

}  // namespace

CollectedPaths collectArticles(const std::vector<std::string>& paths) {
    CollectedPaths out;
    for (const auto& p : paths) {
        const fs::path path(p);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec && ec != std::errc::no_such_file_or_directory) {
            out.errors.push_back(p + ": cannot read (" + ec.message() + ")");
            continue;
        }
        if (!fs::exists(status)) {
            out.errors.push_back(p + ": no such file or folder");
            continue;
        }
        if (!fs::is_directory(status)) {
            out.files.push_back(path);
            continue;
        }
        std::vector<fs::path> found;
        const bool rootRead = searchFolder(path, found, out.errors);
        if (found.empty() && rootRead) {
            out.errors.push_back(p + ": folder has no articles (.txt, .html, .htm, .xhtml, .pdf)");
            continue;
        }
        std::sort(found.begin(), found.end());
        out.files.insert(out.files.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace claimdesk::ingest
