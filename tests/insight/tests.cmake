# Live analysis in the GUI: runner, findings, dashboard, main-window wiring.
if(TARGET orgmap_insight)
  orgmap_add_test(tst_analysisrunner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_analysisrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/insighttestmaps.h LIBS orgmap_insight)
  orgmap_add_test(tst_dashboard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/insighttestmaps.h LIBS orgmap_insight)
endif()
if(TARGET orgmap_insight AND TARGET orgmap_ui)
  orgmap_add_test(tst_policywindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_policywindow.cpp
    LIBS orgmap_widgets)
  orgmap_add_test(tst_insightwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_insightwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/insighttestmaps.h LIBS orgmap_widgets)
  if(TARGET orgmap)
    # The screenshot test runs the real binary: --show must work end to end.
    target_compile_definitions(tst_insightwindow PRIVATE ORGMAP_GUI_BINARY="$<TARGET_FILE:orgmap>")
    add_dependencies(tst_insightwindow orgmap)
  endif()
  # Not a test: `bench_liveanalysis [ASSETS]` measures edit-to-insight latency
  # and event-loop stalls on a generated map in the real main window.
  add_executable(bench_liveanalysis ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_liveanalysis.cpp)
  target_link_libraries(bench_liveanalysis PRIVATE orgmap_widgets orgmap_warnings)
endif()
