#include "export/text_escape.h"

#include <fmt/format.h>

namespace kg::exporter {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

// Length of the valid UTF-8 sequence starting at s[i], or 0 if the bytes there are not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    std::size_t n = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            low = 0xA0;
        if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            low = 0x90;
        if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return n;
}

// Calls f(sequence) for each valid UTF-8 character of `in`, with U+FFFD for each invalid byte.
template <class F> void forEachChar(std::string_view in, F&& f) {
    for (std::size_t i = 0; i < in.size();) {
        std::size_t n = utf8SequenceLength(in, i);
        if (n == 0) {
            f(kReplacement);
            ++i;
        } else {
            f(in.substr(i, n));
            i += n;
        }
    }
}

} // namespace

bool isValidUtf8(std::string_view in) {
    for (std::size_t i = 0; i < in.size();) {
        if (static_cast<unsigned char>(in[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = utf8SequenceLength(in, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string graphvizText(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    forEachChar(in, [&](std::string_view ch) {
        if (ch == "\\")
            out += "\\\\";
        else if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x20)
            out += ' ';
        else
            out += ch;
    });
    return out;
}

std::string graphvizTooltipText(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    forEachChar(in, [&](std::string_view ch) {
        if (ch == "\\")
            out += "＼";
        else if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x20)
            out += ' ';
        else
            out += ch;
    });
    return out;
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
                out += kReplacement;
            else
                out += c;
        }
    });
}

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
            out += kReplacement;
            plain = ++i;
            continue;
        }
        flushPlain(i);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        }
        plain = ++i;
    }
    flushPlain(in.size());
    out += '"';
}

void appendNTriplesLiteral(std::string& out, std::string_view in) {
    forEachChar(in, [&](std::string_view ch) {
        if (ch.size() > 1) {
            out += ch;
            return;
        }
        char c = ch[0];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
            else
                out += c;
        }
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

void appendCsvField(std::string& out, std::string_view in) {
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

std::string shorten(std::string_view in, std::size_t maxBytes) {
    if (in.size() <= maxBytes)
        return std::string(in);
    std::size_t cut = maxBytes;
    // Step back over continuation bytes so a character is never split.
    while (cut > 0 && (static_cast<unsigned char>(in[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(in.substr(0, cut)) + "…";
}

} // namespace kg::exporter
