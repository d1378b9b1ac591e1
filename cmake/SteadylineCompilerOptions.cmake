# Compiler settings shared by every Steadyline target, applied per target (never globally).
add_library(steadyline_compiler_options INTERFACE)
target_compile_options(steadyline_compiler_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${STEADYLINE_WERROR}>>:-Werror>)
# Text handling must be explicit: every conversion between bytes and QString says its encoding.
target_compile_definitions(steadyline_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
