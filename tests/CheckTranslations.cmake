# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a .ts file is not complete: lrelease must find every text translated, the file must hold
# no unfinished, obsolete or vanished entry, and lupdate run over today's sources must find nothing to
# add or remove (otherwise: cmake --build build --target update_translations, then translate).
# -DTS_FILE= -DLRELEASE= -DLUPDATE= -DSOURCES_FILE= (one path a line) -DWORK_DIR= -DOPTIONS= (;-list)
file(READ ${TS_FILE} ts)
foreach(state unfinished obsolete vanished)
    string(REGEX MATCHALL "type=\"${state}\"" found "${ts}")
    list(LENGTH found count)
    if(count GREATER 0)
        message(SEND_ERROR "${TS_FILE}: ${count} ${state} entr(y/ies)")
    endif()
endforeach()

get_filename_component(name ${TS_FILE} NAME_WE)
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${LRELEASE} ${TS_FILE} -qm ${WORK_DIR}/${name}.qm
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
message(STATUS "lrelease ${name}:\n${output}${errors}")
if(NOT result EQUAL 0)
    message(SEND_ERROR "lrelease failed on ${TS_FILE}")
endif()
if(NOT output MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and 0 unfinished\\)")
    message(SEND_ERROR "lrelease reports unfinished translations in ${TS_FILE}")
elseif(NOT CMAKE_MATCH_1 EQUAL CMAKE_MATCH_2 OR CMAKE_MATCH_1 EQUAL 0)
    message(SEND_ERROR "lrelease generated ${CMAKE_MATCH_1} translations, ${CMAKE_MATCH_2} finished")
endif()
if(output MATCHES "Ignored|untranslated|obsolete")
    message(SEND_ERROR "lrelease ignored texts of ${TS_FILE}")
endif()

# Up to date with the code: lupdate over a copy must leave it exactly as it is.
set(copy ${WORK_DIR}/${name}.ts)
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(COMMAND ${LUPDATE} ${OPTIONS} @${SOURCES_FILE} -ts ${copy}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(SEND_ERROR "lupdate failed:\n${output}${errors}")
endif()
if(errors MATCHES "lacks Q_OBJECT|Cannot invoke|[Ww]arning")
    message(SEND_ERROR "lupdate warns about the sources:\n${errors}")
endif()
file(READ ${copy} updated)
if(NOT updated STREQUAL ts)
    execute_process(COMMAND diff -u ${TS_FILE} ${copy} OUTPUT_VARIABLE difference)
    message(SEND_ERROR "${TS_FILE} is out of date with the code: run "
                       "`cmake --build build --target update_translations`, translate, commit.\n${difference}")
endif()
