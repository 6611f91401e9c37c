orgmap_add_test(tst_diff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diff.cpp LIBS orgmap_diff orgmap_json)
target_include_directories(tst_diff PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../analysis)
