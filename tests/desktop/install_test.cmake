# cmake --install into a staging folder, then checks that every file is in its standard place.
# cmake -DBUILD_DIR=... -DAPP_ID=... -P install_test.cmake
string(RANDOM LENGTH 8 suffix)
set(stage "${BUILD_DIR}/install-test-${suffix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${stage}/usr"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file
        usr/bin/steadyline
        usr/share/applications/${APP_ID}.desktop
        usr/share/metainfo/${APP_ID}.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        usr/share/icons/hicolor/64x64/apps/${APP_ID}.png
        usr/share/steadyline/playbooks/aggressive-caller-pl.json
        usr/share/steadyline/playbooks/complaint-ru.json
        usr/share/steadyline/playbooks/schema/playbook.schema.json)
    if(NOT EXISTS "${stage}/${file}")
        file(REMOVE_RECURSE "${stage}")
        message(FATAL_ERROR "${file} is not installed")
    endif()
endforeach()
# The caller's voice, where the app looks for it (lib/steadyline beside bin), when it was built.
if(EXISTS "${BUILD_DIR}/lib/steadyline/libsteadyline_voice.so"
        AND NOT EXISTS "${stage}/usr/lib/steadyline/libsteadyline_voice.so")
    file(REMOVE_RECURSE "${stage}")
    message(FATAL_ERROR "usr/lib/steadyline/libsteadyline_voice.so is not installed")
endif()
file(GLOB_RECURSE installed RELATIVE "${stage}" "${stage}/*")
list(LENGTH installed count)
file(REMOVE_RECURSE "${stage}")
message(STATUS "ok: ${count} files installed in their standard places")
