# prognos_add_test(<name> SOURCES <files...> [LIBS <targets...>])
# Builds one QtTest executable and registers it with CTest. Tests that read ../shared find
# it through the PROGNOS_SHARED_DIR environment variable (set here to the folder beside the
# source tree) and skip with a message when it is absent.
function(prognos_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    prognos_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    get_filename_component(shared "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "PROGNOS_SHARED_DIR=${shared};QT_QPA_PLATFORM=offscreen")
endfunction()
