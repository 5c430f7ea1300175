# Flags every Claimdesk target shares, carried by one INTERFACE target.
add_library(claimdesk_options INTERFACE)
add_library(claimdesk::options ALIAS claimdesk_options)
target_compile_features(claimdesk_options INTERFACE cxx_std_20)
target_compile_options(claimdesk_options INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${CLAIMDESK_WERROR}>:-Werror>)
target_compile_definitions(claimdesk_options INTERFACE
  CLAIMDESK_VERSION="${PROJECT_VERSION}")
set(CMAKE_CXX_EXTENSIONS OFF)

# claimdesk_core_library(NAME SOURCES... [PUBLIC_LINKS ...] [PRIVATE_LINKS ...])
# One static library per core module, aliased as claimdesk::NAME.
function(claimdesk_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
  add_library(claimdesk_${name} STATIC ${ARG_SOURCES})
  add_library(claimdesk::${name} ALIAS claimdesk_${name})
  target_include_directories(claimdesk_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(claimdesk_${name} PUBLIC claimdesk::options ${ARG_PUBLIC_LINKS}
                                          PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()

# Sanitizers for every target, e.g. -DCLAIMDESK_SANITIZE=address,undefined
# (scripts/sanitize.sh; docs/reliability.md). Undefined behaviour stops the
# program instead of printing and going on, so a test cannot pass over it.
set(CLAIMDESK_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(CLAIMDESK_SANITIZE)
  target_compile_options(claimdesk_options INTERFACE -fsanitize=${CLAIMDESK_SANITIZE} -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(claimdesk_options INTERFACE -fsanitize=${CLAIMDESK_SANITIZE})
endif()

# libFuzzer targets under fuzz/ (clang only): every target's code is built
# with the coverage the fuzzer follows.
option(CLAIMDESK_FUZZ "Build the libFuzzer targets (fuzz/, clang)" OFF)
if(CLAIMDESK_FUZZ)
  target_compile_options(claimdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
