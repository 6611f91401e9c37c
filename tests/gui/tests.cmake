# GUI tests: drive the real widgets on the offscreen platform.
if(TARGET orgmap_ui)
  orgmap_add_test(tst_outlinemodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_outlinemodel.cpp
    LIBS orgmap_widgets)
  orgmap_add_test(tst_mapclipboard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapclipboard.cpp
    LIBS orgmap_widgets)
  orgmap_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets orgmap_generate)
  orgmap_add_test(tst_guiexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guiexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
  orgmap_add_test(tst_conflictsdock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conflictsdock.cpp
    LIBS orgmap_widgets)
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_editor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_importgui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_importgui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_scenariosgui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scenariosgui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
  target_compile_definitions(tst_scenariosgui PRIVATE
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
endif()
# Not a test: scenario switching times (docs/benchmarks.md, "Scenarios").
if(TARGET orgmap_ui)
  add_executable(bench_scenarios ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_scenarios.cpp)
  target_link_libraries(bench_scenarios PRIVATE orgmap_widgets orgmap_warnings)
  target_compile_definitions(bench_scenarios PRIVATE
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_editorpanels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editorpanels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
  target_compile_definitions(tst_editorpanels PRIVATE
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_presentation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_presentation.cpp
    LIBS orgmap_widgets)
  target_compile_definitions(tst_presentation PRIVATE
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
  orgmap_add_test(tst_viewsgui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_viewsgui.cpp
    LIBS orgmap_widgets)
  target_compile_definitions(tst_viewsgui PRIVATE
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
endif()
if(TARGET orgmap_ui)
  add_executable(bench_glide ${CMAKE_CURRENT_LIST_DIR}/../benchmarks/bench_glide.cpp)
  target_link_libraries(bench_glide PRIVATE orgmap_widgets orgmap_warnings)
endif()
if(TARGET orgmap_ui)
  orgmap_add_test(tst_firstmap SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_firstmap.cpp LIBS orgmap_widgets)
  # The walk's count is the one docs/gui.md states.
  target_compile_definitions(tst_firstmap PRIVATE ORGMAP_DOCS="${PROJECT_SOURCE_DIR}/docs")
endif()
if(TARGET orgmap_ui)
  # Issue 9's remaining gaps: Properties refusals in the status bar, the
  # save/export dialogs' proposals, the orgmap executable's bad arguments.
  orgmap_add_test(tst_propertiesdock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_propertiesdock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
  orgmap_add_test(tst_savedialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_savedialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h LIBS orgmap_widgets)
endif()
if(TARGET orgmap)
  orgmap_add_test(tst_guicommandline SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guicommandline.cpp
    LIBS Qt6::Gui)
  target_compile_definitions(tst_guicommandline PRIVATE ORGMAP_GUI_BINARY="$<TARGET_FILE:orgmap>"
    ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
  add_dependencies(tst_guicommandline orgmap)
endif()
