#include "base/text_table.h"

#include "base/text_width.h"

#include <algorithm>
#include <numeric>

namespace kg::base {
namespace {

constexpr std::size_t kMinColumn = 3;

/// One leading space, " | " between columns, one trailing space.
std::size_t decorationWidth(std::size_t columns) {
    return columns == 0 ? 0 : 3 * columns - 1;
}

void appendCell(std::string& line, const std::string& text, std::size_t width, bool right,
                bool last) {
    std::string cell = truncateToWidth(singleLine(text), width);
    std::size_t pad = width - std::min(width, displayWidth(cell));
    if (right)
        line.append(pad, ' ');
    line += cell;
    if (!right && !last)
        line.append(pad, ' ');
}

} // namespace

std::vector<std::size_t> fitColumns(const std::vector<std::size_t>& natural, std::size_t maxWidth) {
    std::size_t n = natural.size();
    std::size_t total = std::accumulate(natural.begin(), natural.end(), std::size_t{0});
    if (maxWidth == 0 || total + decorationWidth(n) <= maxWidth)
        return natural;
    std::size_t budget = maxWidth > decorationWidth(n) ? maxWidth - decorationWidth(n) : 0;

    // Water-filling: the largest cap such that the columns, each cut to the cap, fit.
    std::vector<std::size_t> sorted = natural;
    std::sort(sorted.begin(), sorted.end());
    std::size_t cap = kMinColumn, spare = 0, used = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t remaining = budget > used ? budget - used : 0;
        std::size_t share = remaining / (n - i);
        if (share < sorted[i]) {
            cap = std::max(share, kMinColumn);
            spare = share >= kMinColumn ? remaining - share * (n - i) : 0;
            break;
        }
        used += sorted[i];
    }
    std::vector<std::size_t> widths(n);
    for (std::size_t i = 0; i < n; ++i) {
        widths[i] = std::min(natural[i], cap);
        if (natural[i] > cap && spare > 0) { // hand out the columns left over by the division
            ++widths[i];
            --spare;
        }
    }
    return widths;
}

std::string renderTable(const TableText& table, std::size_t maxWidth) {
    std::size_t n = table.header.size();
    std::vector<std::size_t> natural(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        natural[c] = displayWidth(singleLine(table.header[c]));
        for (const auto& row : table.rows)
            natural[c] = std::max(natural[c], displayWidth(singleLine(row[c])));
    }
    std::vector<std::size_t> widths = fitColumns(natural, maxWidth);
    auto rightAligned = [&](std::size_t c) {
        return c < table.rightAligned.size() && table.rightAligned[c];
    };

    std::string out;
    auto appendRow = [&](const std::vector<std::string>& cells, bool header) {
        std::string line = " ";
        for (std::size_t c = 0; c < n; ++c) {
            if (c > 0)
                line += " | ";
            appendCell(line, cells[c], widths[c], !header && rightAligned(c), c + 1 == n);
        }
        while (line.size() > 1 && line.back() == ' ')
            line.pop_back();
        out += line;
        out += '\n';
    };
    appendRow(table.header, true);
    std::string rule;
    for (std::size_t c = 0; c < n; ++c) {
        if (c > 0)
            rule += '+';
        rule.append(widths[c] + 2, '-');
    }
    out += rule;
    out += '\n';
    for (const auto& row : table.rows)
        appendRow(row, false);
    return out;
}

} // namespace kg::base
