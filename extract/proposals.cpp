#include "extract/proposals.h"

#include "extract/entity_resolver.h"
#include "extract/mention_rules.h"
#include "extract/wordnet.h"

#include <array>
#include <string>

namespace kg::extract {

namespace {

// Nouns of proposing, in their singular form.
constexpr std::array<std::string_view, 7> kProposalNouns = {
    "proposal", "plan", "demand", "suggestion", "initiative", "proposition", "call"};

} // namespace

bool namesProposal(std::string_view description) {
    const std::string head = headNoun(description);
    if (head.empty())
        return false;
    const std::string lemma = WordNet::instance().nounLemma(head);
    bool listed = false;
    for (std::string_view noun : kProposalNouns)
        listed = listed || noun == lemma;
    if (!listed)
        return false;
    if (lemma != "call" || head != lemma)
        return true;
    const std::size_t at = description.find("call ");
    const std::string_view after = at == std::string_view::npos ? "" : description.substr(at + 5);
    return after.starts_with("for ") || after.starts_with("to ");
}

void EntityResolver::linkAuthor(int act, std::string_view description, int author,
                                DocumentState& state) {
    if (namesProposal(description))
        addFact(author, std::string(kProposePredicate), act, -1, state, nullptr);
}

} // namespace kg::extract
