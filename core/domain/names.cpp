#include "core/domain/analysis.h"
#include "core/domain/document.h"

#include <array>
#include <utility>

namespace claimdesk {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char*>, N>& table, const std::string& name) {
    for (const auto& [value, text] : table)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [candidate, text] : table)
        if (candidate == value)
            return text;
    return "";
}

constexpr std::array kMediaTypes{std::pair{MediaType::PlainText, "text/plain"},
                                 std::pair{MediaType::Html, "text/html"},
                                 std::pair{MediaType::Pdf, "application/pdf"}};
constexpr std::array kSpeakerKinds{std::pair{SpeakerKind::Person, "person"},
                                   std::pair{SpeakerKind::Organization, "organization"},
                                   std::pair{SpeakerKind::Group, "group"}};
constexpr std::array kClaimKinds{std::pair{ClaimKind::Direct, "direct"},
                                 std::pair{ClaimKind::Indirect, "indirect"},
                                 std::pair{ClaimKind::Mixed, "mixed"}};
constexpr std::array kClaimStatuses{std::pair{ClaimStatus::Extracted, "extracted"},
                                    std::pair{ClaimStatus::Confirmed, "confirmed"},
                                    std::pair{ClaimStatus::Rejected, "rejected"}};
constexpr std::array kClaimTypes{std::pair{ClaimType::Statement, "statement"}, std::pair{ClaimType::Denial, "denial"},
                                 std::pair{ClaimType::Belief, "belief"}, std::pair{ClaimType::Request, "request"},
                                 std::pair{ClaimType::Reference, "reference"}};
constexpr std::array kPolarities{std::pair{Polarity::Affirmed, "affirmed"}, std::pair{Polarity::Negated, "negated"},
                                 std::pair{Polarity::Declined, "declined"}};
constexpr std::array kPeriodKinds{std::pair{PeriodKind::Unknown, "unknown"}, std::pair{PeriodKind::AsOf, "as_of"},
                                  std::pair{PeriodKind::During, "during"}, std::pair{PeriodKind::Said, "said"}};
constexpr std::array kOrigins{std::pair{Origin::Extractor, "extractor"}, std::pair{Origin::Analyst, "analyst"}};

}  // namespace

const char* mediaTypeName(MediaType type) { return nameOf(kMediaTypes, type); }
std::optional<MediaType> mediaTypeFromName(const std::string& name) { return lookup(kMediaTypes, name); }
const char* speakerKindName(SpeakerKind kind) { return nameOf(kSpeakerKinds, kind); }
const char* claimKindName(ClaimKind kind) { return nameOf(kClaimKinds, kind); }
const char* claimStatusName(ClaimStatus status) { return nameOf(kClaimStatuses, status); }
std::optional<SpeakerKind> speakerKindFromName(const std::string& name) { return lookup(kSpeakerKinds, name); }
std::optional<ClaimKind> claimKindFromName(const std::string& name) { return lookup(kClaimKinds, name); }
std::optional<ClaimStatus> claimStatusFromName(const std::string& name) { return lookup(kClaimStatuses, name); }
const char* claimTypeName(ClaimType type) { return nameOf(kClaimTypes, type); }
std::optional<ClaimType> claimTypeFromName(const std::string& name) { return lookup(kClaimTypes, name); }
const char* polarityName(Polarity polarity) { return nameOf(kPolarities, polarity); }
std::optional<Polarity> polarityFromName(const std::string& name) { return lookup(kPolarities, name); }
const char* periodKindName(PeriodKind kind) { return nameOf(kPeriodKinds, kind); }
std::optional<PeriodKind> periodKindFromName(const std::string& name) { return lookup(kPeriodKinds, name); }
const char* originName(Origin origin) { return nameOf(kOrigins, origin); }
std::optional<Origin> originFromName(const std::string& name) { return lookup(kOrigins, name); }

}  // namespace claimdesk
