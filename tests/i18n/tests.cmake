# Translations: every .ts file complete against the sources (lupdate on a
# copy), and the GUI actually speaking German once the translator is in.
get_property(orgmap_lupdate_project GLOBAL PROPERTY ORGMAP_LUPDATE_PROJECT)
get_property(orgmap_ts_files GLOBAL PROPERTY ORGMAP_TS_FILES)
# "|"-separated: a ";" list would be split into several arguments on the way.
list(JOIN orgmap_ts_files "|" orgmap_ts_list)
if(orgmap_lupdate_project)
  add_test(NAME tst_translations_complete
    COMMAND ${CMAKE_COMMAND}
      -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
      -DGENERATE_PROJECT=${_Qt6_LINGUIST_TOOLS_DIR}/GenerateLUpdateProject.cmake
      -DPROJECT_CMAKE=${orgmap_lupdate_project}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_check
      "-DTS_FILES=${orgmap_ts_list}"
      -P ${CMAKE_CURRENT_LIST_DIR}/check_translations.cmake)
  set_tests_properties(tst_translations_complete PROPERTIES TIMEOUT 300)
endif()

if(TARGET orgmap_i18n)
  orgmap_add_test(tst_i18n SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_i18n.cpp LIBS orgmap_i18n)
  if(TARGET orgmap_ui)
    orgmap_add_test(tst_i18n_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_i18n_gui.cpp
      LIBS orgmap_i18n orgmap_widgets)
  endif()
endif()
