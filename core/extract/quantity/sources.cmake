set(CLAIMDESK_QUANTITY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/quantityfinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quantitylexicon.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quantityunit.cpp)
