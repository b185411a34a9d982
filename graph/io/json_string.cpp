#include "graph/io/json_string.h"

#include "graph/io/utf8.h"

namespace kg::graph {

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
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
        }
        plain = ++i;
    }
    flushPlain(in.size());
    out += '"';
}

} // namespace kg::graph
