# CPACK_PROJECT_CONFIG_FILE: per-generator settings, read by cpack for each generator.
# TGZ: install with DESTDIR so that /etc/roost/roost.conf (an absolute destination) is in the
# archive too, as etc/roost/roost.conf next to usr/.
if(CPACK_GENERATOR STREQUAL "TGZ")
  set(CPACK_SET_DESTDIR ON)
  set(CPACK_INSTALL_PREFIX "${CPACK_PACKAGING_INSTALL_PREFIX}")
endif()
