orgmap_add_test(tst_autolayout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autolayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h LIBS orgmap_model)
target_compile_definitions(tst_autolayout PRIVATE
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
orgmap_add_test(tst_linkrouter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_linkrouter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h ${CMAKE_CURRENT_LIST_DIR}/routingmap.h LIBS orgmap_linkrouter orgmap_layout orgmap_json)
target_compile_definitions(tst_linkrouter PRIVATE ORGMAP_EXAMPLES="${CMAKE_SOURCE_DIR}/resources/examples")
# Not a test: prints the routing figures of docs/benchmarks.md ("Routing").
add_executable(bench_routing ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_routing.cpp)
target_include_directories(bench_routing PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(bench_routing PRIVATE orgmap_linkrouter orgmap_layout orgmap_json orgmap_warnings)
