orgmap_add_test(tst_sqlitestore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sqlitestore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h LIBS orgmap_storage)
orgmap_add_test(tst_mapfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h LIBS orgmap_storage)

# Not a test: prints median save/open times (docs/sqlite-format.md).
add_executable(bench_storage ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_storage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/samplemaps.h)
target_include_directories(bench_storage PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(bench_storage PRIVATE orgmap_storage orgmap_warnings)
