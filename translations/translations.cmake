# OrgMap's translations: the .ts files next to this snippet are compiled by
# lrelease during the build and embedded as :/i18n/orgmap_<lang>.qm.
#
# lupdate (which rewrites the tracked .ts files) never runs in a normal build;
# run it explicitly after changing user-visible strings:
#   cmake --build <build> --target update_translations
# tests/i18n checks in ctest that no .ts file is behind the sources.

set(ORGMAP_LANGUAGES de fr es zh_CN)
set(ORGMAP_TS_FILES "")
foreach(lang ${ORGMAP_LANGUAGES})
  list(APPEND ORGMAP_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/orgmap_${lang}.ts)
endforeach()

# Every folder with strings a user can see: menus and docks (widgets/), finding
# messages and undo texts (model/), CLI output and options (app/).
function(orgmap_translatable_sources out_var)
  set(globs "")
  foreach(dir model widgets app)
    list(APPEND globs ${PROJECT_SOURCE_DIR}/${dir}/*.cpp ${PROJECT_SOURCE_DIR}/${dir}/*.h)
  endforeach()
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
  list(SORT sources)
  set(${out_var} ${sources} PARENT_SCOPE)
endfunction()

# Adds the translations to `target` (resources under /i18n) and creates the
# explicit `update_translations` / `<target>_lupdate` targets. -no-obsolete:
# a message removed from the sources leaves the .ts files too, after lupdate
# has offered its old translation to a similar new message.
function(orgmap_add_translations target)
  orgmap_translatable_sources(sources)
  set(include_dirs "")
  foreach(dir model model/core widgets widgets/canvas widgets/ui widgets/insight app/common app/cli)
    list(APPEND include_dirs ${PROJECT_SOURCE_DIR}/${dir})
  endforeach()
  qt_add_translations(${target}
    TS_FILES ${ORGMAP_TS_FILES}
    SOURCES ${sources}
    INCLUDE_DIRECTORIES ${include_dirs}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations relative)
  # For tests/i18n: the lupdate project description qt_add_lupdate() wrote.
  set_property(GLOBAL PROPERTY ORGMAP_LUPDATE_PROJECT
    ${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${target}_project.cmake)
  set_property(GLOBAL PROPERTY ORGMAP_TS_FILES ${ORGMAP_TS_FILES})
endfunction()
