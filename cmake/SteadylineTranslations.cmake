# The interface's translations (Qt Linguist). The .ts files under resources/translations/ are the
# source; lrelease turns them into .qm files that are built into steadyline_gui under :/i18n/, so
# the app finds them wherever it is installed. `cmake --build build --target update_translations`
# brings the .ts files up to date with the sources (new texts appear unfinished, and the i18n test
# fails until they are translated).
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(STEADYLINE_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(STEADYLINE_TRANSLATED_LANGUAGES pl cs ru)
set(STEADYLINE_TS_FILES "")
foreach(language IN LISTS STEADYLINE_TRANSLATED_LANGUAGES)
    list(APPEND STEADYLINE_TS_FILES "${STEADYLINE_TRANSLATIONS_DIR}/steadyline_${language}.ts")
endforeach()
# Every text lupdate reads: the whole of src/ (the core's QCoreApplication::translate texts too)
# and the forms beside their classes.
file(GLOB_RECURSE STEADYLINE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/*.h" "${PROJECT_SOURCE_DIR}/src/*.ui")
set(STEADYLINE_LUPDATE_OPTIONS -no-obsolete -locations none)

set_source_files_properties(${STEADYLINE_TS_FILES} "${STEADYLINE_TRANSLATIONS_DIR}/steadyline_en.ts"
    PROPERTIES OUTPUT_LOCATION "${PROJECT_BINARY_DIR}/translations")
qt_add_lupdate(steadyline_gui
    TS_FILES ${STEADYLINE_TS_FILES}
    SOURCES ${STEADYLINE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/src"
    OPTIONS ${STEADYLINE_LUPDATE_OPTIONS})
# English is the source language: its file holds only the plural forms ("1 second", "2 seconds").
add_custom_target(steadyline_en_lupdate
    COMMAND Qt6::lupdate ${STEADYLINE_LUPDATE_OPTIONS} -pluralonly -source-language en -target-language en
        "${PROJECT_SOURCE_DIR}/src" -ts "${STEADYLINE_TRANSLATIONS_DIR}/steadyline_en.ts"
    VERBATIM)
add_dependencies(update_translations steadyline_en_lupdate)

qt_add_lrelease(steadyline_gui
    TS_FILES ${STEADYLINE_TS_FILES} "${STEADYLINE_TRANSLATIONS_DIR}/steadyline_en.ts"
    QM_FILES_OUTPUT_VARIABLE STEADYLINE_QM_BUILT
    OPTIONS -silent)
qt_add_resources(steadyline_gui "interface_translations"
    PREFIX "/i18n"
    BASE "${PROJECT_BINARY_DIR}/translations"
    FILES ${STEADYLINE_QM_BUILT}
    OUTPUT_TARGETS translation_targets)
# As with the icon: the resource's object library must not run uic over the forms again.
set_target_properties(${translation_targets} PROPERTIES AUTOUIC OFF AUTOMOC OFF)
# The .qm files are built in; STEADYLINE_QM_FILES (installed copies) stays empty on purpose.
