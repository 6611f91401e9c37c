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
# English is the source language, but "%n domain(s)" needs its plural forms
# ("1 domain", "11 domains") from somewhere: the standard Qt way is a catalogue
# of the numerus messages only, made with lupdate -pluralonly.
set(ORGMAP_PLURALS_TS_FILE ${CMAKE_CURRENT_LIST_DIR}/orgmap_en.ts)

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
# explicit `update_translations` / `<target>_lupdate` / `<target>_en_lupdate`
# targets. -no-obsolete:
# a message removed from the sources leaves the .ts files too, after lupdate
# has offered its old translation to a similar new message.
function(orgmap_add_translations target)
  orgmap_translatable_sources(sources)
  set(include_dirs "")
  foreach(dir model model/core widgets widgets/canvas widgets/ui widgets/insight app/common app/cli)
    list(APPEND include_dirs ${PROJECT_SOURCE_DIR}/${dir})
  endforeach()
  # Qt 6.4's qt_add_translations() has no PLURALS_TS_FILE (6.7 has), so the
  # three steps are spelled out: lupdate for the translations, lupdate
  # -pluralonly for English (its own <target>_en_lupdate, also part of
  # update_translations), then lrelease of all five and one resource.
  qt_add_lupdate(${target}
    TS_FILES ${ORGMAP_TS_FILES}
    SOURCES ${sources}
    INCLUDE_DIRECTORIES ${include_dirs}
    OPTIONS -no-obsolete -locations relative)
  qt_add_lupdate(${target}_en
    TS_FILES ${ORGMAP_PLURALS_TS_FILE}
    SOURCES ${sources}
    INCLUDE_DIRECTORIES ${include_dirs}
    OPTIONS -no-obsolete -locations relative -pluralonly)
  qt_add_lrelease(${target}
    TS_FILES ${ORGMAP_TS_FILES} ${ORGMAP_PLURALS_TS_FILE}
    QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} ${target}_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${qm_files})
  # For tests/i18n: the lupdate project description qt_add_lupdate() wrote.
  set_property(GLOBAL PROPERTY ORGMAP_LUPDATE_PROJECT
    ${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${target}_project.cmake)
  set_property(GLOBAL PROPERTY ORGMAP_TS_FILES ${ORGMAP_TS_FILES} ${ORGMAP_PLURALS_TS_FILE})
endfunction()
