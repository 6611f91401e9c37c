orgmap_add_test(tst_policy SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_policy.cpp LIBS orgmap_analysis)
target_include_directories(tst_policy PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../analysis)
target_compile_definitions(tst_policy PRIVATE
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
