orgmap_add_test(tst_merge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_merge.cpp
  LIBS orgmap_merge orgmap_json)
