# Installation and Debian packages (docs/packaging.md).
#
#   cmake --preset release && cmake --build --preset release
#   (cd build/release && cpack -G DEB)      → techmates-desk_VERSION_ARCH.deb, techmates-server_VERSION_ARCH.deb
#
# Two components, one package each:
#   desk    techmates-desk and the techmates CLI, the .desktop file, AppStream metainfo, icon and user guide
#   server  techmates-server, its systemd unit, /etc/default/techmates-server and the system user (postinst)
# The programs' own install() rules (app/desk, app/cli, server) name their component.

include(GNUInstallDirs)

set(TECHMATES_APP_ID "org.techmatesdesk.TechMatesDesk")
set(TECHMATES_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")

install(FILES "${TECHMATES_DESKTOP_DIR}/${TECHMATES_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desk)
install(FILES "${TECHMATES_DESKTOP_DIR}/${TECHMATES_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desk)
install(FILES "${TECHMATES_DESKTOP_DIR}/${TECHMATES_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT desk)
install(FILES README.md docs/user-guide.md
              docs/user-guide-loans.md docs/user-guide-devices.md docs/user-guide-bookings.md
              docs/user-guide-skills-training.md docs/user-guide-sync.md
              docs/loans.md docs/bookings.md docs/skills.md docs/training.md docs/roles.md docs/store.md
              docs/sync.md
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/techmates-desk" COMPONENT desk)
install(DIRECTORY docs/screenshots/
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/techmates-desk/screenshots" COMPONENT desk
        FILES_MATCHING PATTERN "*.png")

install(FILES packaging/techmates-server.service
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES packaging/techmates-server.default
        DESTINATION /etc/default RENAME techmates-server COMPONENT server)
install(FILES README.md docs/sync.md docs/openapi.json docs/packaging.md
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/techmates-server" COMPONENT server)

# --- CPack: Debian packages -------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "techmates")
set(CPACK_PACKAGE_VENDOR "TechMates Desk")
# The Maintainer field: whoever builds the packages for a council sets their own address with
# -DTECHMATES_PACKAGE_CONTACT="Name <address>" (docs/packaging.md).
set(TECHMATES_PACKAGE_CONTACT "TechMates Desk maintainers <root@localhost>"
    CACHE STRING "Maintainer of the Debian packages: the council's or supplier's IT contact")
set(CPACK_PACKAGE_CONTACT "${TECHMATES_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each component's description starts with its own synopsis line. CPackDeb would put the package-wide summary
# in front of both unless it is CPack's default text, so it is left at that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_COMPONENTS_ALL desk server)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps (dpkg-dev) works out the shared libraries each program links: Qt, libsodium, SQLite, qtkeychain.
# Qt loads its plugins at run time, so they are named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_DESK_PACKAGE_NAME "techmates-desk")
set(CPACK_DEBIAN_DESK_PACKAGE_SECTION "misc")
# The SQLite driver for the store and the SVG icon engine (libqt6svg6). The X11 platform plugin comes with
# libqt6gui6; qt6-wayland lets the desk run as a Wayland client; a Secret Service keeps the sync token.
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, fonts-dejavu-core")
set(CPACK_COMPONENT_DESK_DESCRIPTION
    "TechMates Desk: device loans, sessions, skills and training for libraries
TechMates Desk runs a council's digital-inclusion programme from the library desk: lending tablets,
laptops, Chromebooks, MiFi hotspots and mobile data to residents; booking residents into one-to-one
sessions with TechMates volunteers; tracking iDEA digital-skills badges; and keeping the records of the
volunteer training pathway. It works offline and syncs with techmates-server.

This package has the desk (techmates-desk) and the command line (techmates).")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "techmates-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
# SQLite and PostgreSQL drivers for the ledger; adduser for the system user made by postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/conffiles"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postinst"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/prerm"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postrm")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "TechMates Desk sync server for council back offices
The council back end that TechMates desks sync with, over HTTP(S), keeping its ledger in SQLite or
PostgreSQL. Runs as the systemd service techmates-server under its own system user.")

include(CPack)

# --- Tests ---------------------------------------------------------------------------------------------------
if(TECHMATES_BUILD_TESTS)
    # The .desktop file and the AppStream metainfo as a software centre reads them (no network: screenshots
    # are not fetched).
    find_program(APPSTREAMCLI appstreamcli)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(APPSTREAMCLI)
        add_test(NAME desktop-metainfo-valid
                 COMMAND ${APPSTREAMCLI} validate --no-net --pedantic --explain
                         "${TECHMATES_DESKTOP_DIR}/${TECHMATES_APP_ID}.metainfo.xml")
        set_tests_properties(desktop-metainfo-valid PROPERTIES LABELS unit
                             FAIL_REGULAR_EXPRESSION "^[EW]: ")
    endif()
    if(DESKTOP_FILE_VALIDATE)
        add_test(NAME desktop-entry-valid
                 COMMAND ${DESKTOP_FILE_VALIDATE} "${TECHMATES_DESKTOP_DIR}/${TECHMATES_APP_ID}.desktop")
        # desktop-file-validate exits 0 on warnings; a warning is a failure here.
        set_tests_properties(desktop-entry-valid PROPERTIES LABELS unit FAIL_REGULAR_EXPRESSION "error|warning")
    endif()

    # Builds both .deb packages with cpack and installs techmates-desk into a fresh Debian 12 root
    # (packaging/test-deb-install.sh). Needs root and the Debian mirror; minutes, not seconds, so it has its
    # own label: `ctest -L package`. packaging/quickstart.sh test runs it after the rest of the suite.
    add_test(NAME package-deb-install
             COMMAND "${PROJECT_SOURCE_DIR}/packaging/test-deb-install.sh" "${CMAKE_BINARY_DIR}")
    set_tests_properties(package-deb-install PROPERTIES LABELS package TIMEOUT 900 SKIP_RETURN_CODE 77
                         RUN_SERIAL ON)
endif()
