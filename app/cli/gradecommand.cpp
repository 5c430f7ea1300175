// `grade` sets an outlet's or a speaker's source reliability on the
// Admiralty scale.

#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kGradeHelp = R"(usage: claimdesk-cli grade --store FILE.claimdesk (--outlet NAME | --speaker ID)
                           (--reliability A-F | --clear)

Grades a source's reliability on the Admiralty scale: A completely
reliable, B usually reliable, C fairly reliable, D not usually reliable,
E unreliable, F reliability cannot be judged. --clear removes the grade.
A claim's grade is its speaker's reliability (or its outlet's when the
speaker has none) with its information credibility (1-6), e.g. B2.

  --store FILE          the project file (*.claimdesk)
  --outlet NAME         grade this outlet (as claims --json names it)
  --speaker ID          grade this speaker (speaker_id in claims --json)
  --reliability A-F     the grade
  --clear               remove the grade
)";

}  // namespace

int runGrade(const Args& args) {
    Arguments a(args, {"--store", "--outlet", "--speaker", "--reliability"}, {"--help", "--clear"});
    if (a.has("--help")) {
        std::cout << kGradeHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("grade", a.error());
    const auto storePath = a.value("--store");
    const auto outlet = a.value("--outlet");
    const auto speaker = a.value("--speaker");
    const auto letter = a.value("--reliability");
    if (!storePath || outlet.has_value() == speaker.has_value() || letter.has_value() == a.has("--clear"))
        return usageError("grade", "--store, one of --outlet or --speaker, and --reliability or --clear are required");
    std::optional<char> grade;
    if (letter) {
        if (letter->size() != 1 || (*letter)[0] < 'A' || (*letter)[0] > 'F')
            return usageError("grade", "--reliability is one letter from A to F");
        grade = (*letter)[0];
    }
    std::int64_t speakerId = 0;
    if (speaker) {
        const auto id = parseId(*speaker);
        if (!id)
            return usageError("grade", "--speaker needs a speaker id");
        speakerId = *id;
    }
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli grade: " << store.error() << "\n";
        return kExitStoreError;
    }
    const Status s = outlet ? store->setOutletReliability(*outlet, grade) : store->setSpeakerReliability(speakerId, grade);
    if (!s.ok()) {
        std::cerr << "claimdesk-cli grade: " << s.error() << "\n";
        return kExitStoreError;
    }
    return kExitOk;
}

}  // namespace claimdesk::cli
