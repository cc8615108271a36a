# Configure-time guard (STYLE.md §Layers): roost_core must never link the GUI modules.
get_target_property(_roost_core_libs roost_core LINK_LIBRARIES)
foreach(_lib IN LISTS _roost_core_libs)
  if(_lib MATCHES "Qt6?::(Gui|Widgets|Charts)")
    message(FATAL_ERROR "roost_core links ${_lib}: core must stay free of QtGui/QtWidgets/QtCharts")
  endif()
endforeach()
