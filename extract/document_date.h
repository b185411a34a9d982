#pragma once
// The date of a document, from the first place that has one (docs/positions.md, "Dates"):
// the JSON Lines record's "date", the --date option, a date line the article carries near its
// top (a dateline "BRUSSELS, June 24, 2025 —", "Published 24 June 2025", a line that is only a
// date, a photo caption with a full date and a credit in brackets), else the file's
// modification day, marked " (file modified)" so nobody takes it for the publication date.
// Dates are ISO days, "2025-06-24"; only a full date (day, month and year) counts.
#include <filesystem>
#include <string>
#include <string_view>

namespace kg::extract {

/// The ISO day a written date names: "2025-06-24", "June 24, 2025", "Jun. 24 2025",
/// "24 June 2025", "Tuesday, 24 June 2025"; empty when `text` is not one.
std::string parseWrittenDate(std::string_view text);

/// The ISO day of the date line near the top of an article, or empty.
std::string dateInText(std::string_view text);

/// The file's modification day (UTC) with the " (file modified)" mark; empty when unreadable.
std::string fileModifiedDate(const std::filesystem::path& path);

/// A document's date as its record gave it: the ISO day when it is a written date, else the
/// text as given (a source's own convention is kept, but only ISO days take part in windows).
std::string normalizedDate(std::string_view given);

} // namespace kg::extract
