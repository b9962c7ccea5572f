# One place for the project's warning flags, applied per target.
function(footcoach_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion -Wnon-virtual-dtor)
    if(FOOTCOACH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Qt's own headers are not ours to fix.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS
                                                 QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
