#pragma once
// The compiled-in resources of roost_ui (icons, translations).

namespace roost::ui {

/// Registers resources/roost.qrc (needed once per process because roost_ui is a static
/// library: the linker would otherwise drop its initialiser). Safe to call repeatedly.
void initResources();

} // namespace roost::ui
