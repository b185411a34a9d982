#include "extract/utf8.h"

#include "graph/io/utf8.h"

namespace kg::extract {

RepairedText repairUtf8(std::string_view input) {
    RepairedText out;
    out.text.reserve(input.size());
    for (std::size_t i = 0; i < input.size();) {
        std::size_t len = graph::utf8SequenceLength(input, i);
        if (len == 0) {
            out.text.append(graph::kReplacementCharacter);
            ++out.invalidBytes;
            ++i;
            continue;
        }
        // NUL and other C0 controls except tab/newline carry no text: make them spaces.
        const auto b0 = static_cast<unsigned char>(input[i]);
        if (len == 1 && b0 < 0x20 && b0 != '\n' && b0 != '\t')
            out.text.push_back(' ');
        else
            out.text.append(input.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace kg::extract
