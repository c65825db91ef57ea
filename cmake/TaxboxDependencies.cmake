# Third-party dependencies, as imported targets:
#   Qt6::Core (+ Widgets, Test), OpenSSL::Crypto, CURL::libcurl, Taxbox::SQLCipher, Taxbox::GMP, Taxbox::QuaZip,
#   Taxbox::QREncode, Taxbox::PopplerCpp, Taxbox::ZXing.
# On Debian they come from the system packages (scripts/install-deps-debian.sh); on Windows from the
# vcpkg manifest (vcpkg.json) through the vcpkg toolchain file.

# Gui: invoice PDFs (taxbox_print, used by the desktop and by taxbox-cli's PDF export).
set(_taxbox_qt_components Core Gui LinguistTools)
if(TAXBOX_BUILD_UI)
    # WebEngine + WebChannel: web plugins from the app square (ui/plugins). Network: QLocalServer, which hands a
    # file opened from the desktop to the Taxbox already running (ui/session/FileHandoff).
    list(APPEND _taxbox_qt_components Widgets PrintSupport WebEngineWidgets WebChannel Network)
endif()
if(TAXBOX_BUILD_TESTS)
    list(APPEND _taxbox_qt_components Test)
    if(TAXBOX_BUILD_UI)
        list(APPEND _taxbox_qt_components Widgets)
    endif()
endif()
if(TAXBOX_BUILD_SERVER)
    list(APPEND _taxbox_qt_components HttpServer)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_taxbox_qt_components})
qt_standard_project_setup()

find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
find_package(CURL 7.68 REQUIRED)
find_package(PkgConfig)

# SQLCipher: vcpkg ships a CMake config; Debian ships a pkg-config file.
find_package(unofficial-sqlcipher CONFIG QUIET)
if(TARGET unofficial::sqlcipher::sqlcipher)
    add_library(Taxbox::SQLCipher ALIAS unofficial::sqlcipher::sqlcipher)
else()
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.4)
    add_library(Taxbox::SQLCipher ALIAS PkgConfig::SQLCIPHER)
endif()

# QuaZip (backup archives): Debian's libquazip1-qt6-dev and vcpkg's quazip both ship QuaZip-Qt6.
find_package(QuaZip-Qt6 1.3 REQUIRED)
add_library(Taxbox::QuaZip ALIAS QuaZip::QuaZip)

# libqrencode: the QR code on invoice PDFs.
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
add_library(Taxbox::QREncode ALIAS PkgConfig::QRENCODE)

# Reading suppliers' invoice PDFs: poppler-cpp (text layer, page rendering) and zxing-cpp (the QR code).
find_package(ZXing CONFIG QUIET)
if(TARGET ZXing::ZXing)
    add_library(Taxbox::ZXing ALIAS ZXing::ZXing)
else()
    pkg_check_modules(ZXING REQUIRED IMPORTED_TARGET zxing>=1.4)
    add_library(Taxbox::ZXing ALIAS PkgConfig::ZXING)
endif()
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp>=22)
add_library(Taxbox::PopplerCpp ALIAS PkgConfig::POPPLER_CPP)

# GMP (exact rationals behind taxbox::Decimal), C and C++ interfaces.
pkg_check_modules(GMPXX REQUIRED IMPORTED_TARGET gmpxx gmp)
add_library(Taxbox::GMP ALIAS PkgConfig::GMPXX)
