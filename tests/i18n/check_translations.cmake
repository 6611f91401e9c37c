# ctest script: is every .ts file complete against the current sources?
#
# Runs lupdate exactly as the update_translations target does (same project
# description), but on a temporary copy and WITHOUT -no-obsolete, so that it
# reports what the tracked file lacks instead of hiding it:
#  - a message in the sources but not in the .ts file comes back "unfinished"
#    and raises the message count;
#  - a message no longer in the sources comes back "vanished" or "obsolete";
#  - an untranslated message is "unfinished" already.
# orgmap_en.ts is checked with -pluralonly: its numerus messages, all finished.
# Arguments: LUPDATE, GENERATE_PROJECT (Qt's GenerateLUpdateProject.cmake),
# PROJECT_CMAKE, WORK_DIR, TS_FILES ("|"-separated).

foreach(var LUPDATE GENERATE_PROJECT PROJECT_CMAKE WORK_DIR TS_FILES)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_translations.cmake: ${var} is not set")
  endif()
endforeach()

string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(project_json ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${project_json}
  -P ${GENERATE_PROJECT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project ${project_json}")
endif()

function(count_matches out_var text regex)
  string(REGEX MATCHALL "${regex}" matches "${text}")
  list(LENGTH matches n)
  set(${out_var} ${n} PARENT_SCOPE)
endfunction()

# One line per offending message (its source text), at most 15.
function(list_offenders out_var text type)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "<message" ";<message" messages "${text}")
  set(lines "")
  set(shown 0)
  foreach(message IN LISTS messages)
    if(shown LESS 15 AND message MATCHES "<translation[^>]*type=\"${type}\"")
      string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
      string(REPLACE "<semicolon>" ";" source "${CMAKE_MATCH_1}")
      string(APPEND lines "\n    ${type}: \"${source}\"")
      math(EXPR shown "${shown}+1")
    endif()
  endforeach()
  set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

set(failures "")
foreach(ts ${TS_FILES})
  get_filename_component(name ${ts} NAME)
  if(NOT EXISTS ${ts})
    string(APPEND failures "\n${ts}: missing")
    continue()
  endif()
  file(READ ${ts} original)
  count_matches(before "${original}" "<message[ >]")

  set(copy ${WORK_DIR}/${name})
  file(COPY ${ts} DESTINATION ${WORK_DIR})
  # orgmap_en.ts holds English plural forms only (lupdate -pluralonly): there
  # every numerus message must be finished, and a plain message must not be.
  set(options "")
  if(name MATCHES "_en\\.ts$")
    set(options -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} -project ${project_json} ${options} -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(APPEND failures "\n${name}: lupdate failed (${rc}): ${err}")
    continue()
  endif()
  file(READ ${copy} updated)
  count_matches(after "${updated}" "<message[ >]")
  if(NOT after EQUAL before)
    string(APPEND failures
      "\n${name}: ${before} messages, but the sources have ${after} with it (run the update_translations target)")
  endif()
  foreach(type unfinished vanished obsolete)
    count_matches(n "${updated}" "<translation[^>]*type=\"${type}\"")
    if(n GREATER 0)
      list_offenders(detail "${updated}" ${type})
      string(APPEND failures "\n${name}: ${n} ${type} message(s)${detail}")
    endif()
  endforeach()
  # An empty translation not marked unfinished would show English unnoticed.
  count_matches(empty "${updated}" "<translation>[ \n]*</translation>|<numerusform></numerusform>|<numerusform/>")
  if(empty GREATER 0)
    string(APPEND failures "\n${name}: ${empty} empty translation(s)")
  endif()
  message(STATUS "${name}: ${after} messages checked")
endforeach()

if(failures)
  message(FATAL_ERROR "Translations are not complete:${failures}")
endif()
