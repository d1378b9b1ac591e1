# Compiler settings shared by every Steadyline target, applied per target (never globally).
# Whether warnings are errors is CMAKE_COMPILE_WARNING_AS_ERROR's business (CMakePresets.json).
add_library(steadyline_compiler_options INTERFACE)
target_compile_options(steadyline_compiler_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual>)
# Text handling must be explicit: every conversion between bytes and QString says its encoding.
target_compile_definitions(steadyline_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The sanitizer configuration (scripts/run-sanitizers): every target of ours, the tests and the
# app included, built with AddressSanitizer (and LeakSanitizer) and UndefinedBehaviorSanitizer.
# Undefined behaviour aborts instead of printing and going on, so any report fails its test.
# Every target links steadyline_compiler_options, so the flags reach every compile and link.
option(STEADYLINE_SANITIZE "Build with -fsanitize=address,undefined (a separate build directory)" OFF)
if(STEADYLINE_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "STEADYLINE_SANITIZE needs g++ or clang++")
    endif()
    if(STEADYLINE_BUILD_FUZZERS)
        message(FATAL_ERROR "STEADYLINE_SANITIZE and STEADYLINE_BUILD_FUZZERS are separate builds (the fuzzers sanitize themselves)")
    endif()
    set(STEADYLINE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(steadyline_compiler_options INTERFACE ${STEADYLINE_SANITIZER_FLAGS}
        # g++ 12 with ASan reports uninitialised members inside libstdc++'s <regex> that are not
        # there; the normal build keeps the warning for our own code.
        $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
    target_link_options(steadyline_compiler_options INTERFACE ${STEADYLINE_SANITIZER_FLAGS})
    # Tests that only make sense here (a leak check of a whole call) look at this.
    set(STEADYLINE_SANITIZED TRUE)
endif()
