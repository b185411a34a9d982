#include "base/escape.h"

#include "base/utf8.h"

#include <fmt/format.h>

namespace kg::base {
namespace {

// Calls f(sequence) for each valid UTF-8 character of `in`, with U+FFFD for each invalid byte.
template <class F> void forEachChar(std::string_view in, F&& f) {
    for (std::size_t i = 0; i < in.size();) {
        std::size_t n = utf8SequenceLength(in, i);
        if (n == 0) {
            f(kReplacementCharacter);
            ++i;
        } else {
            f(in.substr(i, n));
            i += n;
        }
    }
}

// Graphviz text with control characters as spaces and each backslash as `backslash`.
std::string graphvizEscaped(std::string_view in, std::string_view backslash) {
    std::string out;
    out.reserve(in.size());
    forEachChar(in, [&](std::string_view ch) {
        if (ch == "\\")
            out += backslash;
        else if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x20)
            out += ' ';
        else
            out += ch;
    });
    return out;
}

// The backslash escape of `c` ("\\n", "\\\"", ...) when `c` is one of `escaped`, else empty.
std::string_view backslashEscape(char c, std::string_view escaped) {
    if (escaped.find(c) == std::string_view::npos)
        return {};
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    default:
        return {};
    }
}

} // namespace

void appendJsonString(std::string& out, std::string_view in) {
    out += '"';
    // Fast path: runs of bytes that need nothing go in with one append.
    std::size_t plain = 0;
    auto flushPlain = [&](std::size_t upTo) { out.append(in.data() + plain, upTo - plain); };
    for (std::size_t i = 0; i < in.size();) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            std::size_t n = utf8SequenceLength(in, i);
            if (n > 0) {
                i += n;
                continue;
            }
            flushPlain(i);
            out += kReplacementCharacter;
            plain = ++i;
            continue;
        }
        flushPlain(i);
        if (std::string_view e = backslashEscape(static_cast<char>(c), "\"\\\n\r\t\b\f");
            !e.empty()) {
            out += e;
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
        plain = ++i;
    }
    flushPlain(in.size());
    out += '"';
}

std::string graphvizText(std::string_view in) {
    return graphvizEscaped(in, "\\\\");
}

std::string graphvizTooltipText(std::string_view in) {
    return graphvizEscaped(in, "＼");
}

void appendXmlText(std::string& out, std::string_view in) {
    forEachChar(in, [&](std::string_view ch) {
        if (ch.size() > 1) {
            out += ch;
            return;
        }
        char c = ch[0];
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\t':
            out += "&#9;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                out += kReplacementCharacter;
            else
                out += c;
        }
    });
}

void appendNTriplesLiteral(std::string& out, std::string_view in) {
    forEachChar(in, [&](std::string_view ch) {
        if (ch.size() > 1) {
            out += ch;
            return;
        }
        const char c = ch[0];
        if (std::string_view e = backslashEscape(c, "\"\\\n\r\t"); !e.empty())
            out += e;
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        else
            out += c;
    });
}

void appendIriComponent(std::string& out, std::string_view in) {
    for (char c : in) {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved)
            out += c;
        else
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
}

void appendCsvField(std::string& out, std::string_view in, CsvQuoting quoting) {
    if (quoting == CsvQuoting::WhenNeeded) {
        if (in.find_first_of(",\"\r\n") == std::string_view::npos) {
            out += in;
            return;
        }
        out += '"';
        for (char c : in) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
        return;
    }
    out += '"';
    forEachChar(in, [&](std::string_view ch) {
        if (ch == "\"")
            out += "\"\"";
        else if (ch == "\n" || ch == "\r")
            out += ' ';
        else
            out += ch;
    });
    out += '"';
}

void appendTsvField(std::string& out, std::string_view in) {
    for (char c : in) {
        if (std::string_view e = backslashEscape(c, "\t\n\r\\"); !e.empty())
            out += e;
        else
            out += c;
    }
}

std::string shorten(std::string_view in, std::size_t maxBytes) {
    if (in.size() <= maxBytes)
        return std::string(in);
    std::size_t cut = maxBytes;
    // Step back over continuation bytes so a character is never split.
    while (cut > 0 && (static_cast<unsigned char>(in[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(in.substr(0, cut)) + "…";
}

} // namespace kg::base
