# The team server benchmark (issues #17 and #18): 300 desks pushing while a lead pulls, a desk back
# after an offline shift, a raised hand from a real desk to a real lead's board while 300 desks
# push, and a lead's dashboard over five years of a team, each against a private PostgreSQL 15
# cluster it starts itself. Included from bench/CMakeLists.txt.
# Run: cmake --build build --target steadyline_bench_server && build/bin/steadyline_bench_server
#      (about 25 minutes in all; --skip-history leaves out the 10-million-call data set)
find_package(PostgreSQL REQUIRED)
add_executable(steadyline_bench_server ${CMAKE_CURRENT_LIST_DIR}/bench_server.cpp
    ${PROJECT_SOURCE_DIR}/tests/support/postgrescluster.cpp)
target_include_directories(steadyline_bench_server PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_link_libraries(steadyline_bench_server PRIVATE steadyline_server steadyline_sync PostgreSQL::PostgreSQL
    Qt6::Core Qt6::Sql steadyline_compiler_options)
set_target_properties(steadyline_bench_server PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
if(STEADYLINE_BUILD_TESTS)
    # CI only checks that it still runs (10 desks for 3 s, 200 offline events, 3 raised hands,
    # 20,000 calls); the figures are read by people.
    add_test(NAME "bench: the team server benchmark runs (quick mode, timings not checked)"
        COMMAND steadyline_bench_server --quick)
endif()
