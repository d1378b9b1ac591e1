# Compiles through ccache when it is installed (STEADYLINE_CCACHE, on by default; off: plain
# compiles). The cache is keyed relative to a base folder and the build folder is not hashed, so a
# fresh clone elsewhere on the same machine (CI) or another worktree reuses what an earlier build
# compiled. Included before any target is made: the launcher is copied into each target.
# A launcher given on the command line (-DCMAKE_CXX_COMPILER_LAUNCHER=...) is left as it is.
find_program(STEADYLINE_CCACHE_PROGRAM ccache)
mark_as_advanced(STEADYLINE_CCACHE_PROGRAM)
option(STEADYLINE_CCACHE "Compile through ccache when it is installed" ON)

# Where paths stop counting in the cache key: an exported CCACHE_BASEDIR (a folder holding several
# checkouts), otherwise this checkout.
if(DEFINED ENV{CCACHE_BASEDIR})
    set(steadyline_ccache_basedir_default "$ENV{CCACHE_BASEDIR}")
else()
    set(steadyline_ccache_basedir_default "${PROJECT_SOURCE_DIR}")
endif()
set(STEADYLINE_CCACHE_BASEDIR "${steadyline_ccache_basedir_default}" CACHE PATH
    "ccache's base_dir: absolute paths below it are keyed relative to the build folder")
mark_as_advanced(STEADYLINE_CCACHE_BASEDIR)

if(STEADYLINE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    if(STEADYLINE_CCACHE_PROGRAM)
        # ccache 4.7 (Debian 12) takes its settings only from the environment, hence `cmake -E env`.
        set(CMAKE_CXX_COMPILER_LAUNCHER
            ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${STEADYLINE_CCACHE_BASEDIR} CCACHE_NOHASHDIR=true
            ${STEADYLINE_CCACHE_PROGRAM})
        message(STATUS "Compiling through ${STEADYLINE_CCACHE_PROGRAM} (base folder ${STEADYLINE_CCACHE_BASEDIR})")
    else()
        message(STATUS "ccache not found: compiling without it")
    endif()
endif()
