# cmake -DPAGES=a.1,b.1 -P CheckManPages.cmake
# Fails when groff (man macros, UTF-8, all warnings) warns about a page, or renders it empty.
find_program(GROFF groff REQUIRED)
string(REPLACE "," ";" PAGES "${PAGES}")
foreach(page IN LISTS PAGES)
    execute_process(COMMAND ${GROFF} -man -Tutf8 -ww ${page}
        OUTPUT_VARIABLE rendered ERROR_VARIABLE warnings RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
        message(FATAL_ERROR "groff -man -ww ${page} (exit ${status}):\n${warnings}")
    endif()
    string(LENGTH "${rendered}" length)
    if(length LESS 500)
        message(FATAL_ERROR "${page} renders to almost nothing (${length} bytes)")
    endif()
    message(STATUS "${page}: no groff warnings")
endforeach()
