set(CLAIMDESK_ATTRIBUTION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/attributionfinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lexicons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paragraphforms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sourcephrases.cpp)
