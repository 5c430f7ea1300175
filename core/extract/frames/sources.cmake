set(CLAIMDESK_FRAME_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/framereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/measures.cpp)
