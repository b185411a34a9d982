# Writes the country names of Debian's iso-codes (ISO 3166-1) as a C++ include: one string
# literal per name, common and official names too. Run at build time by extract/CMakeLists.txt:
#   cmake -DINPUT=iso_3166-1.json -DOUTPUT=countries.inc -P countries.cmake
file(READ "${INPUT}" json)
string(JSON count LENGTH "${json}" "3166-1")
math(EXPR last "${count} - 1")
set(out "// Generated from ${INPUT} by extract/gazetteer/countries.cmake; do not edit.\n")
foreach(i RANGE ${last})
    foreach(field name common_name official_name)
        string(JSON value ERROR_VARIABLE missing GET "${json}" "3166-1" ${i} ${field})
        if(NOT missing AND NOT value MATCHES "[\"\\\\]")
            string(APPEND out "\"${value}\",\n")
        endif()
    endforeach()
endforeach()
file(WRITE "${OUTPUT}.tmp" "${out}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
