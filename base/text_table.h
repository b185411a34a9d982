#pragma once
// Aligned text tables for the REPL's table mode, `:schema` and `:stats`:
//
//    name       | mentions
//   ------------+----------
//    Mark Rutte |       12
//
// Columns keep their natural width while the table fits in the terminal; otherwise the widest
// columns are narrowed first (all cut to one common cap, the narrow ones left whole) and their
// long cells end with "…".
#include <cstddef>
#include <string>
#include <vector>

namespace kg::base {

struct TableText {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; ///< each row has header.size() cells
    std::vector<bool> rightAligned;             ///< per column; numbers read better flush right
};

/// Column widths for `natural` widths in a table at most `maxWidth` columns wide (0: no
/// limit). No column is cut below 3 columns, so a very narrow terminal wraps instead.
std::vector<std::size_t> fitColumns(const std::vector<std::size_t>& natural, std::size_t maxWidth);

/// The table as text, one '\n'-terminated line per row after the header and rule lines.
std::string renderTable(const TableText& table, std::size_t maxWidth);

} // namespace kg::base
