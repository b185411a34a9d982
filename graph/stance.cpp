#include "graph/stance.h"

#include "base/case_fold.h"

#include <array>

namespace kg::graph {

namespace {
constexpr std::array<std::string_view, 3> kStanceNames = {"neutral", "support", "oppose"};
} // namespace

std::string_view stanceName(Stance stance) {
    return kStanceNames[static_cast<std::size_t>(stance)];
}

std::optional<Stance> parseStance(std::string_view name) {
    for (std::size_t i = 0; i < kStanceNames.size(); ++i)
        if (base::equalsIgnoreCase(kStanceNames[i], name))
            return static_cast<Stance>(i);
    return std::nullopt;
}

Stance oppositeStance(Stance stance) {
    switch (stance) {
    case Stance::Support:
        return Stance::Oppose;
    case Stance::Oppose:
        return Stance::Support;
    case Stance::Neutral:
        break;
    }
    return Stance::Neutral;
}

} // namespace kg::graph
