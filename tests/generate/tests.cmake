orgmap_add_test(tst_generator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_generator.cpp
  LIBS orgmap_generate)
