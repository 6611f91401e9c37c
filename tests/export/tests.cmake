orgmap_add_test(tst_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export.cpp
  LIBS orgmap_export orgmap_storage orgmap_layout)
target_compile_definitions(tst_export PRIVATE
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
