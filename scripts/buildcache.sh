# Sourced by the build scripts: compile through ccache when it is there. The cache is keyed
# relative to the checkout (CCACHE_BASEDIR, and the build folder not hashed), so a fresh clone
# elsewhere on the same machine (CI) reuses what an earlier build compiled.
# Sets the array `cache_launcher` to the CMake options to add.
cache_launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo}"
    export CCACHE_NOHASHDIR=true
    cache_launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
