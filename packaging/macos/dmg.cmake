# macOS: Roost.app (MACOSX_BUNDLE, packaging/macos/Info.plist.in with LSUIElement) made
# self-contained by macdeployqt (Qt frameworks and plugins, Homebrew dylibs), in a drag-and-drop
# .dmg with a link to /Applications. Included by cmake/RoostPackaging.cmake on APPLE.
set(CPACK_DMG_VOLUME_NAME "Roost ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "Roost-${PROJECT_VERSION}-macOS-${CMAKE_SYSTEM_PROCESSOR}")
set_target_properties(roost PROPERTIES
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE roost.icns)

# The .icns is made from the rendered PNGs at build time (iconutil ships with macOS).
set(_iconset "${CMAKE_BINARY_DIR}/roost.iconset")
set(_icns "${CMAKE_BINARY_DIR}/roost.icns")
add_custom_command(OUTPUT ${_icns}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/16x16/roost.png ${_iconset}/icon_16x16.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/32x32/roost.png ${_iconset}/icon_16x16@2x.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/32x32/roost.png ${_iconset}/icon_32x32.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/64x64/roost.png ${_iconset}/icon_32x32@2x.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/128x128/roost.png ${_iconset}/icon_128x128.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/256x256/roost.png ${_iconset}/icon_128x128@2x.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/256x256/roost.png ${_iconset}/icon_256x256.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/512x512/roost.png ${_iconset}/icon_256x256@2x.png
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/512x512/roost.png ${_iconset}/icon_512x512.png
  COMMAND iconutil -c icns -o ${_icns} ${_iconset}
  VERBATIM)
# The command is defined here (top-level directory), the target in app/: a custom target builds
# it first; CMP0118 (NEW with cmake_minimum_required 3.25) makes it known as generated in app/.
add_custom_target(roost_icns DEPENDS ${_icns})
add_dependencies(roost roost_icns)
target_sources(roost PRIVATE ${_icns})
set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# macdeployqt through Qt's deploy script (Qt >= 6.3), run at install time, i.e. inside cpack.
qt_generate_deploy_app_script(TARGET roost OUTPUT_SCRIPT _roost_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_roost_deploy} COMPONENT roost)
