# Golden files: the demo's status table for T1 2024 (malkoll-cli status --format tsv) and the
# text of its committee report (pdftotext -layout) against the references in tests/data/golden.
# A difference fails with the diff. When a change is intended, rewrite them with
# `bash scripts/update-golden.sh` and review the diff in the commit.
# Arguments: CLI, PDFTOTEXT, GOLDEN_DIR, WORK_DIR, UPDATE (ON to rewrite).
# Who writes the report is printed in it (Handläggare): fixed here, as the date is.
set(ENV{MALKOLL_USER} "Anna Andersson")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(store "${WORK_DIR}/demo.malkoll")
execute_process(COMMAND "${CLI}" demo --out "${store}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "malkoll-cli demo failed: ${err}")
endif()
execute_process(COMMAND "${CLI}" status "${store}" --year 2024 --period T1 --format tsv
                OUTPUT_FILE "${WORK_DIR}/status_t1_2024.tsv" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "malkoll-cli status failed: ${err}")
endif()
execute_process(COMMAND "${CLI}" report "${store}" --year 2024 --period T1 --date 2024-05-20 --out "${WORK_DIR}/report.pdf"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "malkoll-cli report failed: ${err}")
endif()
execute_process(COMMAND "${PDFTOTEXT}" -layout "${WORK_DIR}/report.pdf" "${WORK_DIR}/report_t1_2024.txt" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdftotext failed")
endif()
set(failed "")
foreach(name status_t1_2024.tsv report_t1_2024.txt)
    if(UPDATE)
        file(COPY_FILE "${WORK_DIR}/${name}" "${GOLDEN_DIR}/${name}")
        message(STATUS "rewrote ${GOLDEN_DIR}/${name}")
        continue()
    endif()
    execute_process(COMMAND diff -u "${GOLDEN_DIR}/${name}" "${WORK_DIR}/${name}" RESULT_VARIABLE rc OUTPUT_VARIABLE diff)
    if(NOT rc EQUAL 0)
        message("${diff}")
        list(APPEND failed ${name})
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "differs from tests/data/golden: ${failed}. If the change is intended, run "
                        "`bash scripts/update-golden.sh` and review the diff in the commit.")
endif()
