# The Windows installer's configuration, checked where CI runs (Linux): CPack's NSIS generator with this project's
# settings and per-user template, compiled by makensis (Debian's nsis) — a syntax error, a missing variable or a
# missing file fails here. The binaries inside are this build's (Linux) ones: what is checked is the installer's
# script, not a Windows build. Then the script's per-user promises: no administrator, the user's folder and registry,
# the file associations.
# cmake -DBUILD_DIR=… -DWORK_DIR=… -P windows-installer.cmake
find_program(MAKENSIS makensis)
if(NOT MAKENSIS)
    message("SKIP: makensis is not installed (scripts/install-deps-debian.sh --with-test-tools installs nsis)")
    return()
endif()
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G NSIS -B ${WORK_DIR} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack -G NSIS failed:\n${output}")
endif()
file(GLOB installer ${WORK_DIR}/Taxbox-*-win64-user.exe)
if(NOT installer)
    message(FATAL_ERROR "no installer was written:\n${output}")
endif()
file(GLOB_RECURSE script ${WORK_DIR}/_CPack_Packages/*/project.nsi)
file(READ ${script} nsi)
foreach(expected "RequestExecutionLevel user" "InstallDir \"$LOCALAPPDATA\\Programs\\Taxbox\"" "SetShellVarContext current"
        "Software\\Classes\\.tbx" "Software\\Classes\\.ofd\\OpenWithProgids" "Software\\Classes\\.xml\\OpenWithProgids"
        "bin\\taxbox.exe")
    string(FIND "${nsi}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the installer script lacks: ${expected}")
    endif()
endforeach()
foreach(forbidden "RequestExecutionLevel admin" "SetShellVarContext all" "WriteRegStr HKLM" "WriteRegDWORD HKLM")
    string(FIND "${nsi}" "${forbidden}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "a per-user installer must not: ${forbidden}")
    endif()
endforeach()
message("Windows installer configuration: ${installer} compiled by makensis, per user")
