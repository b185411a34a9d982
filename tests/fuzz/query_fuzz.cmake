kg_add_fuzzer(query_fuzz SOURCES query_fuzz.cpp ${PROJECT_SOURCE_DIR}/tests/query/fixture.cpp
              DEPS kg_query)
