#pragma once
// Upper and lower case of any text, as Cypher's toUpper and toLower give it: every script's
// letters, by Unicode's default (root locale) mappings, so "zürich" is "ZÜRICH" and "STRASSE"
// stays one word under "straße". Bytes that are not UTF-8 come back as U+FFFD.
#include <string>
#include <string_view>

namespace kg::base {

std::string upperCase(std::string_view utf8);
std::string lowerCase(std::string_view utf8);

} // namespace kg::base
