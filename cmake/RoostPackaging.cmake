# CPack: one `roost` package per platform (docs/PACKAGING.md). Linux: DEB, RPM and TGZ
# (scripts/package.sh builds all three); Windows: NSIS; macOS: DragNDrop .dmg.
# The version is the one of project() in the top-level CMakeLists.txt.
set(CPACK_PACKAGE_NAME "roost")
set(CPACK_PACKAGE_VENDOR "The Roost developers")
set(CPACK_PACKAGE_CONTACT "The Roost developers <roost-relay@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Personal Nostr relay for your desktop or NAS")
set(CPACK_PACKAGE_DESCRIPTION "Roost is a Nostr relay appliance: one program that runs with a tray
icon and a window on a desktop, or headless as a system service on a
NAS or server. It keeps events in an indexed SQLite database and serves
them to Nostr clients over WebSocket (NIP-01, 09, 11, 40, 42, 45, 62,
70, 86).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/roost-relay/roost")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Roost")
set(CPACK_PACKAGE_EXECUTABLES "roost;Roost")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  include(${CMAKE_SOURCE_DIR}/packaging/windows/nsis.cmake)
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  include(${CMAKE_SOURCE_DIR}/packaging/macos/dmg.cmake)
else()
  set(CPACK_GENERATOR "DEB;RPM;TGZ")
  set(CPACK_PACKAGING_INSTALL_PREFIX "${ROOST_PACKAGE_PREFIX}")

  # DEB: roost_<version>_<arch>.deb, dependencies from dpkg-shlibdeps plus the Qt plugins the
  # binary loads at run time (platform plugins, the SVG icon engine), which no ELF header names.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "net")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "passwd")
  if(ROOST_BUILD_UI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins, libqt6svg6")
  endif()
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
      ${CMAKE_SOURCE_DIR}/packaging/debian/postinst
      ${CMAKE_SOURCE_DIR}/packaging/debian/prerm
      ${CMAKE_SOURCE_DIR}/packaging/debian/postrm
      ${CMAKE_SOURCE_DIR}/packaging/debian/conffiles)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

  # RPM: roost-<version>-1.<arch>.rpm, library requirements found by rpmbuild, the same scripts.
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_RELEASE "1")
  set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-Roost")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
  set(CPACK_RPM_PACKAGE_URL "${CPACK_PACKAGE_HOMEPAGE_URL}")
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_REQUIRES_POST "shadow-utils")
  set(CPACK_RPM_POST_INSTALL_SCRIPT_FILE ${CMAKE_SOURCE_DIR}/packaging/rpm/post.sh)
  set(CPACK_RPM_PRE_UNINSTALL_SCRIPT_FILE ${CMAKE_SOURCE_DIR}/packaging/rpm/preun.sh)
  set(CPACK_RPM_POST_UNINSTALL_SCRIPT_FILE ${CMAKE_SOURCE_DIR}/packaging/rpm/postun.sh)
  set(CPACK_RPM_USER_FILELIST "%config(noreplace) /etc/roost/roost.conf")
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /etc /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
      /usr/share/man /usr/share/man/man1 /usr/lib/systemd /usr/lib/systemd/system /usr/lib/systemd/user
      /usr/lib/sysusers.d /usr/share/doc)
  set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")

  # TGZ: the same tree under roost-<version>-Linux-<arch>/ (for unpacking into /usr/local or /opt).
  set(CPACK_PACKAGE_FILE_NAME "roost-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")
endif()

set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_SOURCE_DIR}/cmake/RoostCPackProject.cmake")
include(CPack)
