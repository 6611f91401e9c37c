orgmap_add_test(tst_autolayout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autolayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h LIBS orgmap_core orgmap_layout)
