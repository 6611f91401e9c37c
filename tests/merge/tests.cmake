orgmap_add_test(tst_merge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_merge.cpp
  LIBS orgmap_merge orgmap_json)

# End to end: orgmap-cli as git's merge driver in a real repository.
orgmap_add_test(tst_gitmerge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gitmerge.cpp
  LIBS orgmap_merge orgmap_json)
target_compile_definitions(tst_gitmerge PRIVATE ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>")
add_dependencies(tst_gitmerge orgmap-cli)

# Resolving recorded conflicts one by one (the model behind the Conflicts dock).
orgmap_add_test(tst_conflictresolution SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conflictresolution.cpp
  LIBS orgmap_merge orgmap_json)
