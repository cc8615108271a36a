# Windows: roost.exe with its DLLs (windeployqt for Qt, file(GET_RUNTIME_DEPENDENCIES) for
# SQLite, secp256k1, OpenSSL... from the toolchain's bin folder) in an NSIS installer with a
# Start-menu entry, an optional "start at login" entry and an uninstaller; plus a ZIP.
# Included by cmake/RoostPackaging.cmake on WIN32.
set(CPACK_PACKAGE_FILE_NAME "roost-${PROJECT_VERSION}-windows-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_NSIS_PACKAGE_NAME "Roost ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Roost")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/roost.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/packaging/windows/roost.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\roost.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu: CPACK_PACKAGE_EXECUTABLES ("roost;Roost") makes the Roost shortcut.
# Autostart: a checkbox page would need a custom NSIS template; the installer offers it as a
# second Start-menu link and writes the Run key only when asked through the component below.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  IfFileExists "$INSTDIR\autostart.flag" 0 +3
    WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Roost" '"$INSTDIR\bin\roost.exe"'
    Delete "$INSTDIR\autostart.flag"
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Roost"
]=])
# The "Start Roost when I log in" component writes autostart.flag, which the commands above turn
# into the Run key (the same key the Settings page's switch would write).
file(WRITE "${CMAKE_BINARY_DIR}/autostart.flag" "Start Roost at login\n")
install(FILES "${CMAKE_BINARY_DIR}/autostart.flag" DESTINATION . COMPONENT autostart)
set(CPACK_COMPONENTS_ALL roost autostart)
set(CPACK_COMPONENT_ROOST_DISPLAY_NAME "Roost")
set(CPACK_COMPONENT_ROOST_REQUIRED ON)
set(CPACK_COMPONENT_AUTOSTART_DISPLAY_NAME "Start Roost when I log in")
set(CPACK_COMPONENT_AUTOSTART_DESCRIPTION "Adds Roost to the programs started at login (HKCU Run key).")

# Qt DLLs and plugins: windeployqt through Qt's deploy script (Qt >= 6.3), at install time.
qt_generate_deploy_app_script(TARGET roost OUTPUT_SCRIPT _roost_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_roost_deploy} COMPONENT roost)
# The other DLLs roost.exe needs, found next to the compiler (MSYS2/MinGW or vcpkg bin folder).
get_filename_component(_toolchain_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
install(CODE "
  file(GET_RUNTIME_DEPENDENCIES EXECUTABLES \"$<TARGET_FILE:roost>\"
       RESOLVED_DEPENDENCIES_VAR _deps UNRESOLVED_DEPENDENCIES_VAR _missing
       DIRECTORIES \"${_toolchain_bin}\" \"\$ENV{VCPKG_INSTALLED_BIN}\"
       PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
       POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\" \".*[Qq]t6.*\")
  foreach(_dll IN LISTS _deps)
    file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
  endforeach()
  if(_missing)
    message(WARNING \"roost.exe: DLLs not found: \${_missing}\")
  endif()
" COMPONENT roost)
