# QR decoding of small grayscale images (at most 256 x 256 pixels).
tessera_add_fuzzer(qr_decoder SOURCES FuzzQrDecoder.cpp LIBS Tessera::qr)
