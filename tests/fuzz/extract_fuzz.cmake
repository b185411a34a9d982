kg_add_fuzzer(extract_fuzz SOURCES extract_fuzz.cpp DEPS kg_extract)
