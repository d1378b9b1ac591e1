# Installing Steadyline as a desktop application, in the standard places (GNUInstallDirs):
#   bin/steadyline
#   share/applications/app.steadyline.Steadyline.desktop
#   share/metainfo/app.steadyline.Steadyline.metainfo.xml
#   share/icons/hicolor/scalable/apps/app.steadyline.Steadyline.svg (and 64x64/apps/….png)
#   share/steadyline/playbooks/*.json (+ schema/), for team leads to copy and adapt
#   share/steadyline/translations/*.qm, when the translations are built (STEADYLINE_QM_FILES)
# and a Debian package built by CPack (`cpack -G DEB` in the build folder).
include(GNUInstallDirs)

set(STEADYLINE_APP_ID "app.steadyline.Steadyline")
set(STEADYLINE_LINUX_RESOURCES "${PROJECT_SOURCE_DIR}/resources/linux")

install(TARGETS steadyline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The caller's voice, loaded at the first rehearsal from lib/steadyline beside bin (callervoice.cpp).
if(TARGET steadyline_voice)
    install(TARGETS steadyline_voice LIBRARY DESTINATION lib/steadyline)
endif()
install(FILES "${STEADYLINE_LINUX_RESOURCES}/${STEADYLINE_APP_ID}.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${STEADYLINE_LINUX_RESOURCES}/${STEADYLINE_APP_ID}.metainfo.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${STEADYLINE_LINUX_RESOURCES}/${STEADYLINE_APP_ID}.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# A bitmap too, for menus and toolkits without an SVG renderer (drawn from the SVG).
install(FILES "${STEADYLINE_LINUX_RESOURCES}/steadyline-64.png"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/64x64/apps
    RENAME ${STEADYLINE_APP_ID}.png)
# The playbooks are built into the binary too; the installed copies are for reading and adapting.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/playbooks/"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/steadyline/playbooks
    FILES_MATCHING PATTERN "*.json")
# The translations helper sets STEADYLINE_QM_FILES to the .qm files it builds.
if(STEADYLINE_QM_FILES)
    install(FILES ${STEADYLINE_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/steadyline/translations)
endif()

# --- the Debian package ----------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "steadyline")
set(CPACK_PACKAGE_VENDOR "The Steadyline developers")
set(CPACK_PACKAGE_CONTACT "The Steadyline developers <steadyline@steadyline.app>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Steadyline walks call-center consultants through aggressive calls with the
3.5-step de-escalation method: what to say now, a countdown, notes and promises in a local
journal, global shortcuts beside the softphone, and playbooks as JSON files.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://steadyline.app/")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies are read from the binary by dpkg-shlibdeps; the Qt plugins the window loads
# at run time are not linked, so they are listed: the X11/Wayland platforms and SQLite for the journal
# (PostgreSQL, for the team server, is recommended: a desk without a team does without it; so are
# the rehearsal caller's Polish, Czech and Russian voices: speech-dispatcher with espeak-ng).
# Qt 6.4's media player (a scenario's recorded caller lines) needs GStreamer's base and good
# plugins at run time: without them making one crashes, so they are dependencies.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, xdg-desktop-portal, libqt6sql6-psql, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
include(CPack)
