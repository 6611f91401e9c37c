orgmap_add_test(tst_document SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_document.cpp LIBS orgmap_core)
orgmap_add_test(tst_mappatch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mappatch.cpp LIBS orgmap_core)
orgmap_add_test(tst_scenarios SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scenarios.cpp LIBS orgmap_core)
orgmap_add_test(tst_quickentry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quickentry.cpp LIBS orgmap_core)
