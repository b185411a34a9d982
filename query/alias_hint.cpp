#include "query/alias_hint.h"

#include <algorithm>

namespace kg::query {

std::vector<std::string> aliasHints(graph::GraphView graph, std::string_view query) {
    std::vector<std::string> hints;
    for (std::size_t i = 0; i < query.size(); ++i) {
        const char quote = query[i];
        if (quote != '"' && quote != '\'')
            continue;
        std::size_t end = i + 1;
        bool escaped = false;
        while (end < query.size() && query[end] != quote) {
            escaped = escaped || query[end] == '\\';
            end += query[end] == '\\' ? 2 : 1;
        }
        if (end >= query.size())
            break;
        const std::string_view text = query.substr(i + 1, end - i - 1);
        i = end;
        if (escaped || text.empty())
            continue;
        const auto id = graph.findEntity(text);
        if (!id || graph.name(*id) == text)
            continue;
        std::string hint = "no entity named \"" + std::string(text) + "\"; it is an alias of \"" +
                           std::string(graph.name(*id)) + "\"";
        if (std::find(hints.begin(), hints.end(), hint) == hints.end())
            hints.push_back(std::move(hint));
    }
    return hints;
}

} // namespace kg::query
