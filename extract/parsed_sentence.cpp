#include "extract/parsed_sentence.h"

namespace kg::extract {

void ParsedSentence::indexLinks() {
    linksOfWord.assign(words.size(), {});
    for (std::size_t i = 0; i < links.size(); ++i) {
        linksOfWord[links[i].left].push_back(static_cast<std::uint16_t>(i));
        linksOfWord[links[i].right].push_back(static_cast<std::uint16_t>(i));
    }
}

std::vector<std::uint16_t> ParsedSentence::partners(std::uint16_t word, std::string_view type,
                                                    bool toRight) const {
    std::vector<std::uint16_t> out;
    for (std::uint16_t li : linksOfWord[word]) {
        const Link& link = links[li];
        if (link.type != type)
            continue;
        if (toRight && link.left == word)
            out.push_back(link.right);
        else if (!toRight && link.right == word)
            out.push_back(link.left);
    }
    return out;
}

const Link* ParsedSentence::linkTo(std::uint16_t word, std::string_view type, bool toRight) const {
    for (std::uint16_t li : linksOfWord[word]) {
        const Link& link = links[li];
        if (link.type == type && (toRight ? link.left == word : link.right == word))
            return &link;
    }
    return nullptr;
}

int ParsedSentence::partner(std::uint16_t word, std::string_view type, bool toRight) const {
    const Link* link = linkTo(word, type, toRight);
    if (link == nullptr)
        return -1;
    return toRight ? link->right : link->left;
}

std::string_view ParsedSentence::span(std::uint16_t first, std::uint16_t last) const {
    std::uint32_t begin = words[first].begin;
    std::uint32_t end = words[last].end;
    if (end <= begin || end > text.size())
        return {};
    return std::string_view(text).substr(begin, end - begin);
}

} // namespace kg::extract
