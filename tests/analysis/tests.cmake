orgmap_add_test(tst_analysis SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_analysis.cpp LIBS orgmap_analysis)
orgmap_add_test(tst_betweenness SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_betweenness.cpp
  LIBS orgmap_analysis)
orgmap_add_test(tst_checkreport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkreport.cpp
  LIBS orgmap_analysis)

# Not a test: `bench_betweenness N` times the betweenness on a generated graph
# of N assets against Boost's (see docs/analysis.md for the figures).
add_executable(bench_betweenness ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_betweenness.cpp)
target_link_libraries(bench_betweenness PRIVATE orgmap_analysis orgmap_warnings)
if(TARGET orgmap_generate)
  target_link_libraries(bench_betweenness PRIVATE orgmap_generate)
  target_compile_definitions(bench_betweenness PRIVATE ORGMAP_HAVE_GENERATOR)
endif()
