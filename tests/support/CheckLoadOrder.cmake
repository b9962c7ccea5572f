# Fails unless TARGET_FILE's first needed libraries are FIRST, in that order. The dynamic linker
# looks symbols up along this list, so the start-up figures in the README depend on it.
execute_process(COMMAND readelf --dynamic ${TARGET_FILE} OUTPUT_VARIABLE dynamic
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${TARGET_FILE}")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" entries "${dynamic}")
set(needed)
foreach(entry IN LISTS entries)
    string(REGEX REPLACE "Shared library: \\[([^].]+)\\..*" "\\1" name "${entry}")
    # A sanitizer's runtime is put first by the compiler, as it must be: not the program's list.
    if(NOT name MATCHES "^lib(a|ub|t|l|m|hwa)san$")
        list(APPEND needed ${name})
    endif()
endforeach()
list(LENGTH FIRST count)
list(SUBLIST needed 0 ${count} head)
if(NOT head STREQUAL FIRST)
    message(FATAL_ERROR "${TARGET_FILE} needs ${needed}; the first should be ${FIRST}")
endif()
message(STATUS "${TARGET_FILE} needs ${head} first")
