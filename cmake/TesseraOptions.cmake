# One INTERFACE target carries the language standard, warnings, hardening flags and Qt safety
# defines for every target of the project. Nothing here touches global flags.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(tessera_options INTERFACE)
add_library(Tessera::options ALIAS tessera_options)

target_compile_features(tessera_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(tessera_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wformat=2 -Wundef -Wcast-qual -Wimplicit-fallthrough
    $<$<BOOL:${TESSERA_WERROR}>:-Werror>
    # Hardening (verified on the built binaries by tests/packaging checks)
    -fstack-protector-strong
    -fstack-clash-protection
    $<$<STREQUAL:${CMAKE_SYSTEM_PROCESSOR},x86_64>:-fcf-protection=full>
)

# _FORTIFY_SOURCE needs optimisation and clashes with the sanitizers' interceptors.
if(NOT TESSERA_SANITIZE)
    target_compile_definitions(tessera_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()

target_link_options(tessera_options INTERFACE
    LINKER:-z,relro
    LINKER:-z,now
    LINKER:-z,noexecstack
    LINKER:--as-needed)

target_compile_definitions(tessera_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(TESSERA_SANITIZE)
    target_compile_options(tessera_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tessera_options INTERFACE -fsanitize=address,undefined)
endif()

# Coverage instrumentation for libFuzzer in every library; the fuzz targets add -fsanitize=fuzzer.
if(TESSERA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TESSERA_FUZZ needs clang (use the fuzz preset)")
    endif()
    target_compile_options(tessera_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
