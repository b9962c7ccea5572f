# Sanitizer and fuzzing builds. Both are whole-tree switches, so every library a test or a fuzzer
# links is instrumented the same way; the normal build is untouched when both are OFF.
#
# FOOTCOACH_SANITIZE: AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer for the
#   whole test suite (preset `asan`). Any undefined behaviour aborts the test that hit it.
# FOOTCOACH_FUZZ: clang + libFuzzer targets in tests/fuzz/ (preset `fuzz`), also under ASan and UBSan.
option(FOOTCOACH_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(FOOTCOACH_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

set(footcoach_sanitizer_flags -fsanitize=address,undefined -fno-omit-frame-pointer
                              -fno-sanitize-recover=undefined)

# With GCC the ASan runtime is a shared library. A test that LD_PRELOADs another library which
# wraps malloc (libfiu's posix preload) must load this one before it, or the child crashes
# before main(). Empty when there is no such runtime to load.
set(FOOTCOACH_SANITIZER_RUNTIME "")

if(FOOTCOACH_SANITIZE)
    # -O1 on top of Debug: assertions (ours and Qt's inline Q_ASSERTs) stay on, and the 200-round
    # crash test and the audio timing test still run at a sensible speed.
    add_compile_options(${footcoach_sanitizer_flags} -O1)
    add_link_options(${footcoach_sanitizer_flags})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                        OUTPUT_VARIABLE asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
        get_filename_component(asan_runtime "${asan_runtime}" REALPATH)
        if(EXISTS "${asan_runtime}")
            set(FOOTCOACH_SANITIZER_RUNTIME "${asan_runtime}")
        endif()
    endif()
endif()

if(FOOTCOACH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "FOOTCOACH_FUZZ needs clang (libFuzzer): configure with the `fuzz` preset "
                            "or -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Everything gets coverage instrumentation; only the fuzzer executables link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link ${footcoach_sanitizer_flags})
    add_link_options(${footcoach_sanitizer_flags})
endif()

# footcoach_add_fuzzer(NAME name SOURCES ... LIBS ...): one libFuzzer executable.
function(footcoach_add_fuzzer)
    cmake_parse_arguments(F "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${F_NAME} ${F_SOURCES})
    target_link_libraries(${F_NAME} PRIVATE ${F_LIBS})
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    footcoach_set_warnings(${F_NAME})
endfunction()
