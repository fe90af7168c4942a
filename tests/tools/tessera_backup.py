#!/usr/bin/python3
"""An independent reader (and writer) of Tessera backups, written from docs/backup-format.md only.

Uses Debian's python3-cryptography (38), which has neither Argon2id nor XChaCha20-Poly1305:
- the key is derived outside, with Debian's `argon2` tool (the test does that and passes the key);
- XChaCha20-Poly1305 is built from HChaCha20 (below) and cryptography's ChaCha20Poly1305.

Usage:
  tessera_backup.py header FILE         -> JSON {"version", "ops", "mem_bytes", "mem_kib", "salt_hex"}
  tessera_backup.py decrypt FILE KEYHEX -> the decrypted content (JSON) on stdout
Exit status 1 with a message on stderr when the file is not a valid backup or the key is wrong.
"""

import json
import struct
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"TESSERA-BACKUP\r\n"
HEADER_BYTES = 48
NONCE_BYTES = 24


def _rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def _quarter(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF
    s[d] = _rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF
    s[b] = _rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF
    s[d] = _rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF
    s[b] = _rotl(s[b] ^ s[c], 7)


def hchacha20(key, nonce16):
    """HChaCha20 (draft-irtf-cfrg-xchacha): 20 ChaCha rounds without the final addition."""
    state = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574]
    state += list(struct.unpack("<8I", key))
    state += list(struct.unpack("<4I", nonce16))
    for _ in range(10):
        _quarter(state, 0, 4, 8, 12)
        _quarter(state, 1, 5, 9, 13)
        _quarter(state, 2, 6, 10, 14)
        _quarter(state, 3, 7, 11, 15)
        _quarter(state, 0, 5, 10, 15)
        _quarter(state, 1, 6, 11, 12)
        _quarter(state, 2, 7, 8, 13)
        _quarter(state, 3, 4, 9, 14)
    return struct.pack("<8I", *(state[0:4] + state[12:16]))


def xchacha20poly1305(key, nonce24):
    """The ChaCha20-Poly1305 instance and 12-byte nonce equivalent to XChaCha20-Poly1305 with nonce24."""
    subkey = hchacha20(key, nonce24[:16])
    return ChaCha20Poly1305(subkey), b"\x00\x00\x00\x00" + nonce24[16:]


def parse_header(data):
    if not data.startswith(MAGIC):
        raise ValueError("not a Tessera backup (magic missing)")
    if len(data) < HEADER_BYTES + NONCE_BYTES + 16:
        raise ValueError("truncated")
    version, kdf, aead, ops, mem = struct.unpack(">HBBIQ", data[16:32])
    if version != 1 or kdf != 1 or aead != 1:
        raise ValueError("unsupported version %d / kdf %d / aead %d" % (version, kdf, aead))
    return {
        "version": version,
        "ops": ops,
        "mem_bytes": mem,
        "mem_kib": mem // 1024,
        "salt_hex": data[32:48].hex(),
    }


def decrypt(data, key):
    parse_header(data)
    cipher, nonce = xchacha20poly1305(key, data[HEADER_BYTES:HEADER_BYTES + NONCE_BYTES])
    return cipher.decrypt(nonce, data[HEADER_BYTES + NONCE_BYTES:], data[:HEADER_BYTES])


def encrypt(content, key, salt, nonce24, ops, mem_bytes):
    """Builds a backup file around `content` (bytes) with a key derived by the caller."""
    header = MAGIC + struct.pack(">HBBIQ", 1, 1, 1, ops, mem_bytes) + salt
    assert len(header) == HEADER_BYTES and len(nonce24) == NONCE_BYTES
    cipher, nonce = xchacha20poly1305(key, nonce24)
    return header + nonce24 + cipher.encrypt(nonce, content, header)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("header", "decrypt"):
        sys.stderr.write(__doc__)
        return 2
    with open(argv[2], "rb") as handle:
        data = handle.read()
    try:
        if argv[1] == "header":
            print(json.dumps(parse_header(data)))
        else:
            plain = decrypt(data, bytes.fromhex(argv[3]))
            sys.stdout.write(json.dumps(json.loads(plain.decode("utf-8")), ensure_ascii=False, indent=1))
            sys.stdout.write("\n")
    except InvalidTag:
        sys.stderr.write("wrong key or damaged file\n")
        return 1
    except ValueError as error:
        sys.stderr.write("%s\n" % error)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
