# footcoach_add_test(NAME name SOURCES ... LIBS ... [LABELS ...] [QT_MAIN])
# QT_MAIN: the test brings its own main() (to create a QApplication) instead of gtest_main.
# Every test runs isolated: its own HOME and XDG directories under the build tree, a fixed
# locale, and the offscreen Qt platform.
function(footcoach_add_test)
    cmake_parse_arguments(T "QT_MAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} footcoach_testsupport GTest::gtest)
    if(NOT T_QT_MAIN)
        target_link_libraries(${T_NAME} PRIVATE GTest::gtest_main)
    endif()
    footcoach_set_warnings(${T_NAME})
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${T_NAME}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;TZ=UTC")
endfunction()
