#!/usr/bin/python3
"""An independent reader of Aegis vault files, written from the format notes (Aegis's vault.md):
password slots with scrypt, the master key and the vault content wrapped with AES-256-GCM (tags stored
separately, no associated data). Debian's python3-cryptography (38) only.

Usage: read_aegis.py FILE [PASSWORD]
Prints the vault content (JSON) on stdout; exit status 1 with a message on stderr when the file is not a
valid Aegis vault or no password slot opens with the password.
"""

import base64
import json
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


def gcm_open(key, params, ciphertext):
    nonce = bytes.fromhex(params["nonce"])
    tag = bytes.fromhex(params["tag"])
    return AESGCM(key).decrypt(nonce, ciphertext + tag, None)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], "rb") as handle:
        vault = json.loads(handle.read().decode("utf-8"))
    if vault.get("version") != 1:
        fail("unsupported vault version %r" % vault.get("version"))
    header = vault["header"]
    if header["slots"] is None and header["params"] is None:
        content = vault["db"]
        if not isinstance(content, dict):
            fail("plain vault whose db is not an object")
    else:
        if len(argv) < 3:
            fail("the vault is encrypted: give the password")
        password = argv[2].encode("utf-8")
        master_key = None
        for slot in header["slots"]:
            if slot["type"] != 1:
                continue
            for field in ("uuid", "key", "key_params", "n", "r", "p", "salt", "repaired", "is_backup"):
                if field not in slot:
                    fail("password slot without '%s'" % field)
            kdf = Scrypt(salt=bytes.fromhex(slot["salt"]), length=32, n=slot["n"], r=slot["r"], p=slot["p"])
            slot_key = kdf.derive(password)
            try:
                master_key = gcm_open(slot_key, slot["key_params"], bytes.fromhex(slot["key"]))
                break
            except InvalidTag:
                continue
        if master_key is None:
            fail("no password slot opens with this password")
        try:
            plain = gcm_open(master_key, header["params"], base64.b64decode(vault["db"], validate=True))
        except InvalidTag:
            fail("the vault content fails authentication")
        content = json.loads(plain.decode("utf-8"))
    if not 1 <= content.get("version", 0) <= 3:
        fail("unsupported content version %r" % content.get("version"))
    sys.stdout.write(json.dumps(content, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
