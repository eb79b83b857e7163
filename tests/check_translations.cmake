# Fails when a tr() string in the sources has no Swedish translation: runs lupdate over the
# sources into a copy of malkoll_sv.ts and looks for messages lupdate had to add as unfinished.
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.cpp")
set(copy "${WORK_DIR}/malkoll_sv_check.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/malkoll_sv.ts" "${copy}")
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${sources} -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} source string(s) lack a Swedish translation: run "
                        "`cmake --build <build> --target update_translations` and translate them.")
endif()
