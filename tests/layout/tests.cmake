orgmap_add_test(tst_autolayout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autolayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h LIBS orgmap_model)
target_compile_definitions(tst_autolayout PRIVATE
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
