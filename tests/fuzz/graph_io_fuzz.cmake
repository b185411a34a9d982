kg_add_fuzzer(graph_io_fuzz SOURCES graph_io_fuzz.cpp DEPS kg_graph)
