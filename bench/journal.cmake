# The journal benchmark: a durable note commit and full-text search over 100,000 calls with a
# million timeline events. Included from bench/CMakeLists.txt.
# Run: cmake --build build --target steadyline_bench_journal && build/bin/steadyline_bench_journal
add_executable(steadyline_bench_journal ${CMAKE_CURRENT_LIST_DIR}/bench_journal.cpp)
target_link_libraries(steadyline_bench_journal PRIVATE steadyline_core steadyline_compiler_options)
set_target_properties(steadyline_bench_journal PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
if(STEADYLINE_BUILD_TESTS)
    # CI only checks that it still runs (1,000 calls); the figures are read by people.
    add_test(NAME "bench: the journal benchmark runs (quick mode, timings not checked)"
        COMMAND steadyline_bench_journal --quick)
endif()
