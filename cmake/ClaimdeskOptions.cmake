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
