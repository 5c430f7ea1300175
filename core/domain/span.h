#pragma once

#include <cstdint>

namespace claimdesk {

// A half-open range [start, end) of Unicode code points into a document's
// text: the unit of W3C Web Annotation's TextPositionSelector. Every offset
// outside the UI is one of these.
struct Span {
    std::int64_t start = 0;
    std::int64_t end = 0;

    std::int64_t length() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(std::int64_t offset) const { return offset >= start && offset < end; }
    bool contains(const Span& other) const { return other.start >= start && other.end <= end; }
    bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace claimdesk
