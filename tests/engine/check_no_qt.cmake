# Fails when the given binary needs any Qt library at run time.
execute_process(COMMAND readelf -d ${BINARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "readelf could not read ${BINARY}")
endif()
if(dynamic MATCHES "libQt")
    message(FATAL_ERROR "${BINARY} links Qt:\n${dynamic}")
endif()
message(STATUS "no Qt library in ${BINARY}")
