orgmap_add_test(tst_views SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_views.cpp LIBS orgmap_storage)
target_compile_definitions(tst_views PRIVATE
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
