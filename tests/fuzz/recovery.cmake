tessera_add_fuzzer(playbook SOURCES FuzzPlaybook.cpp LIBS Tessera::recovery)
