# Compare mode (docs/compare.md): the real window on the offscreen platform.
if(TARGET orgmap_ui)
  orgmap_add_test(tst_compareview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compareview.cpp
    LIBS orgmap_widgets)
endif()
# The compare view's speed point (docs/benchmarks.md); not a test.
if(TARGET orgmap_ui)
  add_executable(bench_compare ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_compare.cpp)
  target_link_libraries(bench_compare PRIVATE orgmap_widgets orgmap_warnings)
endif()
