orgmap_add_test(tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp LIBS orgmap_model)
target_compile_definitions(tst_cli PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_cli orgmap-cli)

orgmap_add_test(tst_clidiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clidiff.cpp LIBS orgmap_model)
target_compile_definitions(tst_clidiff PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_clidiff orgmap-cli)
