# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). The Windows installer carries the desktop and
# taxbox-cli only: the server's package is for Linux (a systemd unit, /etc), and a firm runs it there or in a container.
if(CPACK_GENERATOR STREQUAL "NSIS")
    set(CPACK_COMPONENTS_ALL desktop)
    set(CPACK_PACKAGE_FILE_NAME "Taxbox-${CPACK_PACKAGE_VERSION}-win64-user")
endif()
