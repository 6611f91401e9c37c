orgmap_add_test(tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp LIBS orgmap_model)
target_compile_definitions(tst_cli PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_cli orgmap-cli)
orgmap_add_test(tst_cliimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliimport.cpp LIBS orgmap_model)
target_compile_definitions(tst_cliimport PRIVATE ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>")
add_dependencies(tst_cliimport orgmap-cli)
