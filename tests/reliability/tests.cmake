orgmap_add_test(tst_safesave SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_safesave.cpp LIBS orgmap_model)

# Drives orgmap-cli: kill -9 during saves and renders, full disks, unwritable output.
orgmap_add_test(tst_crashsafety SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crashsafety.cpp
  LIBS orgmap_model)
target_compile_definitions(tst_crashsafety PRIVATE ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>")
add_dependencies(tst_crashsafety orgmap-cli)
