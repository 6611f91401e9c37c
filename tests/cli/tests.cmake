orgmap_add_test(tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp LIBS orgmap_model)
target_compile_definitions(tst_cli PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_cli orgmap-cli)

orgmap_add_test(tst_clipolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clipolicy.cpp)
target_compile_definitions(tst_clipolicy PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_clipolicy orgmap-cli)

# orgmap-cli's SARIF for the example map, with and without a policy, against
# the official SARIF 2.1.0 schema (tests/data/sarif/README.md) with Debian's
# python3-jsonschema.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  foreach(variant plain policy)
    set(policy_args)
    if(variant STREQUAL "policy")
      set(policy_args --policy ${PROJECT_SOURCE_DIR}/resources/examples/acme.orgmap-policy.json)
    endif()
    add_test(NAME sarif_schema_${variant}
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/validate_sarif.py
        ${CMAKE_CURRENT_SOURCE_DIR}/data/sarif/sarif-schema-2.1.0.json
        $<TARGET_FILE:orgmap-cli> check ${PROJECT_SOURCE_DIR}/resources/examples/acme.orgmap.json
        --format sarif ${policy_args})
    set_tests_properties(sarif_schema_${variant} PROPERTIES TIMEOUT 120)
  endforeach()
endif()
orgmap_add_test(tst_cliexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliexport.cpp)
target_compile_definitions(tst_cliexport PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_cliexport orgmap-cli)
orgmap_add_test(tst_clidiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clidiff.cpp LIBS orgmap_model)
target_compile_definitions(tst_clidiff PRIVATE
  ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_clidiff orgmap-cli)
orgmap_add_test(tst_cliimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliimport.cpp LIBS orgmap_model)
target_compile_definitions(tst_cliimport PRIVATE ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>")
add_dependencies(tst_cliimport orgmap-cli)
orgmap_add_test(tst_cliscenarios SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliscenarios.cpp
  LIBS orgmap_model)
target_compile_definitions(tst_cliscenarios PRIVATE ORGMAP_CLI="$<TARGET_FILE:orgmap-cli>"
  ORGMAP_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
add_dependencies(tst_cliscenarios orgmap-cli)
