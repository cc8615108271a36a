# Install rules of the `roost` package (docs/PACKAGING.md): the binary, the desktop entry, the
# AppStream metainfo, the icons, the man page, the systemd units and the service's settings file.
# Included from the top-level CMakeLists.txt after app/ so that the `roost` target exists.
include(GNUInstallDirs)

set(ROOST_APP_ID "io.github.roost_relay.Roost" CACHE STRING "Reverse-DNS application id (desktop entry, AppStream)")
set(ROOST_SYSTEMD_SYSTEM_UNIT_DIR "lib/systemd/system" CACHE STRING
    "Where roost.service goes (relative to the prefix, or absolute)")
set(ROOST_SYSTEMD_USER_UNIT_DIR "lib/systemd/user" CACHE STRING
    "Where the user unit roost.service goes (relative to the prefix, or absolute)")
set(ROOST_SYSUSERS_DIR "lib/sysusers.d" CACHE STRING "Where the systemd-sysusers file goes")
# The prefix the Linux packages install to (CPACK_PACKAGING_INSTALL_PREFIX); the units name the
# binary there. Independent of CMAKE_INSTALL_PREFIX (which stays /usr/local for `cmake --install`).
set(ROOST_PACKAGE_PREFIX "/usr" CACHE PATH "Install prefix of the Linux packages")

install(TARGETS roost RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT roost
        BUNDLE DESTINATION . COMPONENT roost)

if(UNIX AND NOT APPLE)
  set(_gen "${CMAKE_BINARY_DIR}/packaging")
  file(MAKE_DIRECTORY "${_gen}")
  set(ROOST_FULL_BINDIR "${ROOST_PACKAGE_PREFIX}/${CMAKE_INSTALL_BINDIR}")
  configure_file(${CMAKE_SOURCE_DIR}/packaging/systemd/roost.service.in ${_gen}/system/roost.service @ONLY)
  configure_file(${CMAKE_SOURCE_DIR}/packaging/systemd/roost-user.service.in ${_gen}/user/roost.service @ONLY)

  # The man page: version from project(), the date of the newest metainfo release.
  set(ROOST_VERSION "${PROJECT_VERSION}")
  file(READ ${CMAKE_SOURCE_DIR}/resources/linux/${ROOST_APP_ID}.metainfo.xml _metainfo)
  string(REGEX MATCH "<release version=\"[^\"]+\" date=\"([0-9-]+)\"" _m "${_metainfo}")
  set(ROOST_MAN_DATE "${CMAKE_MATCH_1}")
  configure_file(${CMAKE_SOURCE_DIR}/packaging/linux/roost.1 ${_gen}/roost.1 @ONLY)

  # Debian wants compressed man pages and changelogs, without time stamps (gzip -n).
  find_program(ROOST_GZIP gzip REQUIRED)
  add_custom_command(OUTPUT ${_gen}/roost.1.gz ${_gen}/changelog.gz
    COMMAND ${ROOST_GZIP} -9nc ${_gen}/roost.1 > ${_gen}/roost.1.gz
    COMMAND ${ROOST_GZIP} -9nc ${CMAKE_SOURCE_DIR}/packaging/debian/changelog > ${_gen}/changelog.gz
    DEPENDS ${_gen}/roost.1 ${CMAKE_SOURCE_DIR}/packaging/debian/changelog
    COMMENT "Compressing the man page and the changelog" VERBATIM)
  add_custom_target(roost_packaging_files ALL DEPENDS ${_gen}/roost.1.gz ${_gen}/changelog.gz)

  install(FILES ${_gen}/roost.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT roost)
  install(FILES resources/linux/${ROOST_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT roost)
  install(FILES resources/linux/${ROOST_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT roost)
  install(FILES resources/icons/roost.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT roost)
  foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES resources/icons/hicolor/${size}x${size}/roost.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT roost)
  endforeach()
  install(FILES ${_gen}/system/roost.service DESTINATION ${ROOST_SYSTEMD_SYSTEM_UNIT_DIR} COMPONENT roost)
  install(FILES ${_gen}/user/roost.service DESTINATION ${ROOST_SYSTEMD_USER_UNIT_DIR} COMPONENT roost)
  install(FILES packaging/systemd/roost.sysusers DESTINATION ${ROOST_SYSUSERS_DIR} RENAME roost.conf COMPONENT roost)
  install(FILES packaging/debian/copyright ${_gen}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/roost COMPONENT roost)
  install(FILES docs/CONFIG.md DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/roost COMPONENT roost)
  # The service's settings, always /etc/roost (the unit reads it there): a conffile in the DEB,
  # %config in the RPM.
  install(FILES packaging/debian/roost.conf DESTINATION /etc/roost COMPONENT roost)
endif()
