set(CLAIMDESK_HTML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/htmlarticle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charset.cpp
  ${CMAKE_CURRENT_LIST_DIR}/htmldom.cpp
  ${CMAKE_CURRENT_LIST_DIR}/classhints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/maincontent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pagemeta.cpp
  ${CMAKE_CURRENT_LIST_DIR}/textrender.cpp)
