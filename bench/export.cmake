# The export benchmark: 1,000 calls to Markdown (and JSON, --redact, promises as CSV and
# iCalendar). Included from bench/CMakeLists.txt.
# Run: cmake --build build --target steadyline_bench_export && build/bin/steadyline_bench_export
add_executable(steadyline_bench_export ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp)
target_link_libraries(steadyline_bench_export PRIVATE steadyline_core steadyline_compiler_options)
set_target_properties(steadyline_bench_export PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
if(STEADYLINE_BUILD_TESTS)
    # CI only checks that it still runs; the figures are read by people.
    add_test(NAME "bench: the export benchmark runs (quick mode, timings not checked)"
        COMMAND steadyline_bench_export --quick)
endif()
