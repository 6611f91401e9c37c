orgmap_add_test(tst_jsonformat SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonformat.cpp LIBS orgmap_json)
orgmap_add_test(tst_jsoncanonical SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsoncanonical.cpp
  LIBS orgmap_json)

# Not a test: times reading and writing a given .orgmap.json (see the source).
add_executable(bench_json ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_json.cpp)
target_link_libraries(bench_json PRIVATE orgmap_json orgmap_warnings)
