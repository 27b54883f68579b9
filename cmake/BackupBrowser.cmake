# Shared helpers for every folder's CMakeLists.txt.

# bb_warnings(<target>): the project's warning set; errors when BB_WERROR is on.
function(bb_warnings target)
  if(MSVC)
    # Windows (.github/workflows/desktop.yml): MSVC's own set; sources are UTF-8 without a BOM.
    target_compile_options(${target} PRIVATE /W3 /utf-8)
    if(BB_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-shadow=compatible-local)
    endif()
    if(BB_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                               QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# bb_library(<name> [LINK libs...] [PRIVATE_LINK libs...]): a static library made of every
# .cpp/.h in the calling folder (globbed, so adding a file needs no CMake edit), includable from
# the project root as "folder/file.h".
# LINK (PUBLIC) is only for what the library's headers include: whoever includes them compiles
# against those too. What only its .cpp files use (OpenSSL behind a signer, QtKeychain behind the
# credential store) goes in PRIVATE_LINK, so its include paths and definitions do not leak into
# every user; a static library's private links still reach the final link, so nothing is lost.
# EXCLUDE names files of the folder left out (those of an optional dependency that is off).
function(bb_library name)
  cmake_parse_arguments(ARG "" "" "LINK;PRIVATE_LINK;GLOB;EXCLUDE" ${ARGN})
  if(NOT ARG_GLOB)
    set(ARG_GLOB *.cpp *.h)
  endif()
  set(patterns)
  foreach(g IN LISTS ARG_GLOB)
    list(APPEND patterns ${CMAKE_CURRENT_SOURCE_DIR}/${g})
  endforeach()
  file(GLOB sources CONFIGURE_DEPENDS ${patterns})
  foreach(excluded IN LISTS ARG_EXCLUDE)
    list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
  endforeach()
  # A folder that has no sources yet still yields a linkable library.
  list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
  if(NOT sources MATCHES "\\.cpp")
    set(empty ${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp)
    file(WRITE ${empty} "// generated: ${name} has no sources yet\n")
    list(APPEND sources ${empty})
  endif()
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
  target_link_libraries(${name} PUBLIC ${ARG_LINK} PRIVATE ${ARG_PRIVATE_LINK})
  bb_warnings(${name})
endfunction()
