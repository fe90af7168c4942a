# The vault's record decoder, behind the KDF (records sealed and opened with a fixed key).
tessera_add_fuzzer(account_codec SOURCES FuzzAccountCodec.cpp LIBS Tessera::vault)
