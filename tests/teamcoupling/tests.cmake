orgmap_add_test(tst_teamcoupling SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_teamcoupling.cpp
  LIBS orgmap_analysis)
