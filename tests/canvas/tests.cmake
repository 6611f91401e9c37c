orgmap_add_test(tst_mapscene SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapscene.cpp LIBS orgmap_canvas)
target_include_directories(tst_mapscene PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../layout)
orgmap_add_test(tst_maprenderer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_maprenderer.cpp LIBS orgmap_canvas)
target_include_directories(tst_maprenderer PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../layout)
target_compile_definitions(tst_maprenderer PRIVATE ORGMAP_EXAMPLES="${CMAKE_SOURCE_DIR}/resources/examples")

# Not a test: prints the canvas figures quoted in docs/canvas.md.
add_executable(bench_canvas ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_canvas.cpp)
target_link_libraries(bench_canvas PRIVATE orgmap_canvas orgmap_warnings)
orgmap_add_test(tst_highlights SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_highlights.cpp LIBS orgmap_canvas)
target_compile_definitions(tst_highlights PRIVATE ORGMAP_EXAMPLES="${CMAKE_SOURCE_DIR}/resources/examples")
orgmap_add_test(tst_linkbudget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_linkbudget.cpp LIBS orgmap_canvas)
orgmap_add_test(tst_canvasupdates SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_canvasupdates.cpp LIBS orgmap_canvas)
