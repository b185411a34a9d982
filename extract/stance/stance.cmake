# Writes a stance word list (support.txt, oppose.txt) as a C++ include: one string literal per
# predicate, comments and blank lines dropped. Run at build time by extract/CMakeLists.txt:
#   cmake -DINPUT=support.txt -DOUTPUT=support.inc -P stance.cmake
file(STRINGS "${INPUT}" lines)
set(out "// Generated from ${INPUT} by extract/stance/stance.cmake; do not edit.\n")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
        continue()
    endif()
    if(NOT line MATCHES "^[a-z][a-z ]*$")
        message(FATAL_ERROR "${INPUT}: \"${line}\" is not a lower-case predicate")
    endif()
    string(APPEND out "\"${line}\",\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${out}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
