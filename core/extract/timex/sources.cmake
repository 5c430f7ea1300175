set(CLAIMDESK_TIMEX_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/timexfinder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timexgrammar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timexlexicons.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timexresolve.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speechdates.cpp)
