# Crash recovery and file locks (docs/recovery.md): real widgets offscreen, and
# a real orgmap process killed with SIGKILL.
if(TARGET orgmap_ui AND TARGET orgmap)
  orgmap_add_test(tst_recovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../gui/guitestutil.h LIBS orgmap_widgets)
  target_include_directories(tst_recovery PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
  target_compile_definitions(tst_recovery PRIVATE ORGMAP_GUI="$<TARGET_FILE:orgmap>")
  add_dependencies(tst_recovery orgmap)

  # Not a test: what an autosave of a 10,000-asset map costs the GUI thread.
  add_executable(bench_autosave ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_autosave.cpp)
  target_link_libraries(bench_autosave PRIVATE orgmap_widgets orgmap_warnings)
endif()
