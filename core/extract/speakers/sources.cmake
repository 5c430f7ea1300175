set(CLAIMDESK_SPEAKER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/speakerresolver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speakerlexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speakertokens.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speakerwords.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sourcephrase.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bodynames.cpp)
