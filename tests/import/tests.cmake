orgmap_add_test(tst_backstageimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backstageimport.cpp
  LIBS orgmap_model)
target_include_directories(tst_backstageimport PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../layout)
orgmap_add_test(tst_odpsimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_odpsimport.cpp
  LIBS orgmap_model)
orgmap_add_test(tst_yamltree SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_yamltree.cpp
  LIBS orgmap_model)
target_compile_definitions(tst_yamltree PRIVATE ORGMAP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
