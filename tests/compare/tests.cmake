# Compare mode (docs/compare.md): the real window on the offscreen platform.
if(TARGET orgmap_ui)
  orgmap_add_test(tst_compareview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compareview.cpp
    LIBS orgmap_widgets)
endif()
