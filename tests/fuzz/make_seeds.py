#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets in tests/fuzz/corpus/ from the project's own fixtures
(tests/data/transfer, never the shared corpus). Files are copied as they are; the seeds that are not files
(decrypted contents, Google payloads, vault records, QR images) are derived from the fixtures here.

Needs Python's standard library, the `qrencode` tool, and, for the Tessera backup's decrypted content, the
`argon2` tool and python3-cryptography (tests/tools/tessera_backup.py). Run from anywhere:

    /usr/bin/python3 tests/fuzz/make_seeds.py
"""

import base64
import json
import shutil
import struct
import subprocess
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "tests" / "data" / "transfer"
CORPUS = HERE / "corpus"
PASSWORD = b"fixture-password"

# Plain copies: target -> fixture files.
COPIES = {
    "aegis": ["aegis_plain.json", "aegis_encrypted.json", "aegis_v1_plain.json"],
    "twofas": ["2fas_plain_v1.2fas", "2fas_plain_v4.2fas", "2fas_encrypted_v4.2fas", "2fas_encrypted_ios.2fas"],
    "andotp": ["andotp_plain.json", "andotp_encrypted_new.bin", "andotp_encrypted_old.bin"],
    "andotp_content": ["andotp_plain.json"],
    "freeotp_plus": ["freeotp_plus.json"],
    "bitwarden_json": ["bitwarden.json", "bitwarden_encrypted_pbkdf2.json", "bitwarden_encrypted_argon2.json"],
    "bitwarden_csv": ["bitwarden.csv"],
    "bitwarden_content": ["bitwarden.json"],
    "ente": ["ente_auth.txt"],
    "stratum": ["stratum_plain.json", "stratum_encrypted.bin", "stratum_encrypted_legacy.bin"],
    "stratum_content": ["stratum_plain.json"],
    "uris": ["uris.txt", "google_migration_partial.txt"],
    "tessera_backup": ["tessera_backup.tessera-backup"],
    "google_migration": ["google_migration.txt", "google_migration_partial.txt"],
    "format_detector": [
        "aegis_plain.json", "aegis_encrypted.json", "2fas_plain_v4.2fas", "2fas_encrypted_v4.2fas",
        "andotp_plain.json", "andotp_encrypted_old.bin", "freeotp_plus.json", "bitwarden.json", "bitwarden.csv",
        "bitwarden_encrypted_pbkdf2.json", "ente_auth.txt", "uris.txt", "stratum_plain.json",
        "stratum_encrypted.bin", "google_migration.txt", "tessera_backup.tessera-backup",
    ],
}


def write(target, name, data):
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def migration_links():
    links = []
    for name in ["google_migration.txt", "google_migration_partial.txt"]:
        for line in (DATA / name).read_text().splitlines():
            start = line.find("otpauth-migration://")
            if start >= 0 and line[start:] not in links:
                links.append(line[start:])
    return links


def payload_of(link):
    query = urllib.parse.urlsplit(link).query
    data = urllib.parse.parse_qs(query)["data"][0].replace(" ", "+")
    return base64.b64decode(data + "=" * (-len(data) % 4))


def tessera_content():
    """The fixture backup decrypted with the independent reader (Argon2id through the argon2 tool)."""
    reader = ROOT / "tests" / "tools" / "tessera_backup.py"
    backup = DATA / "tessera_backup.tessera-backup"
    header = json.loads(subprocess.run(["/usr/bin/python3", str(reader), "header", str(backup)], check=True,
                                       capture_output=True, text=True).stdout)
    salt = bytes.fromhex(header["salt_hex"]).decode("latin-1")
    key = subprocess.run(["argon2", salt, "-id", "-t", str(header["ops"]), "-k", str(header["mem_kib"]), "-p", "1",
                          "-l", "32", "-r"], input=PASSWORD, check=True, capture_output=True).stdout.strip()
    return subprocess.run(["/usr/bin/python3", str(reader), "decrypt", str(backup), key.decode()], check=True,
                          capture_output=True).stdout


# ---- CBOR (RFC 8949), just what the vault's records use ---------------------------------------------------

def cbor_head(major, value):
    if value < 24:
        return bytes([major << 5 | value])
    for size, code in ((1, 24), (2, 25), (4, 26), (8, 27)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | code]) + value.to_bytes(size, "big")
    raise ValueError(value)


def cbor(value):
    if isinstance(value, bool):
        return bytes([0xF5 if value else 0xF4])
    if isinstance(value, int):
        return cbor_head(0, value) if value >= 0 else cbor_head(1, -1 - value)
    if isinstance(value, bytes):
        return cbor_head(2, len(value)) + value
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return cbor_head(3, len(encoded)) + encoded
    if isinstance(value, list):
        return cbor_head(4, len(value)) + b"".join(cbor(item) for item in value)
    if isinstance(value, dict):
        return cbor_head(5, len(value)) + b"".join(cbor(k) + cbor(v) for k, v in value.items())
    raise TypeError(value)


def vault_records():
    """The fixture accounts (tests/data/transfer/README.md) as vault records, keys in the written order."""
    accounts = [
        ("Example Bank", "alice@example.com", "totp", "SHA1", 6, 30, 0, b"12345678901234567890"),
        ("Forge", "bob", "totp", "SHA256", 8, 60, 0, b"abcdefghijklmnopqrst"),
        ("Mail Co", "carol", "hotp", "SHA512", 7, 30, 42, b"secret and longer"),
        ("Steam", "dave", "steam", "SHA1", 5, 30, 0, b"Test Steam key!!"),
        ("\u00dcn\u00efcode Ltd", "\u00e9mile@ex\u00e4mple.org", "totp", "SHA1", 6, 30, 0, b"hunter2 1224 xyz"),
    ]
    records = []
    for index, (issuer, name, kind, algorithm, digits, period, counter, secret) in enumerate(accounts):
        record = {
            "issuer": issuer, "account": name, "type": kind, "algorithm": algorithm, "digits": digits,
            "period": period, "counter": counter, "secret": secret, "note": "" if index else "bank note",
            "tags": ["Work"] if index == 1 else [], "favorite": index == 0, "position": index - 1,
            "created_at": 1_700_000_000_000 + index,
        }
        if index == 0:
            record["modified_at"] = 1_700_000_100_000
            record["last_verified_at"] = 1_700_000_200_000
        if index == 2:
            record["trashed_at"] = 1_700_000_300_000
        recovery = {"email": "", "phone": "", "second_factor": "unknown", "url": "", "note": "", "codes": []}
        if index == 0:
            recovery = {
                "email": "alice@example.com", "phone": "+44 20 7946 0958", "phone_checked_on": "2024-02-29",
                "second_factor": "security-key", "url": "https://example.com/recover", "note": "in the safe",
                "codes": [{"code": "1111-2222", "used": False},
                          {"code": "3333-4444", "used": True, "used_at": 1_700_000_400_000}],
            }
        record["recovery"] = recovery
        records.append(cbor(record))
    return records


# ---- QR images: the fuzz target's raw format (width - 1, height - 1, options, gray pixels) ---------------

def qr_modules(text, margin):
    out = subprocess.run(["qrencode", "-t", "ASCII", "-m", str(margin), "-l", "M", text], check=True,
                         capture_output=True, text=True).stdout
    return [[line[i] == "#" for i in range(0, len(line), 2)] for line in out.splitlines() if line]


def qr_seed(text, scale, margin=2, inverted=False):
    rows = qr_modules(text, margin)
    size = len(rows) * scale
    if size > 256:
        raise ValueError(f"{text[:20]}...: {size} pixels")
    dark, light = (255, 0) if inverted else (0, 255)
    pixels = bytearray()
    for row in rows:
        line = bytes(dark if module else light for module in row for _ in range(scale))
        pixels += line * scale
    return bytes([size - 1, size - 1, 0]) + bytes(pixels)


def main():
    if CORPUS.exists():
        for target in list(COPIES) + ["aegis_content", "twofas_content", "tessera_backup_content", "google_payload",
                                      "account_codec", "qr_decoder"]:
            shutil.rmtree(CORPUS / target, ignore_errors=True)
    for target, names in COPIES.items():
        for name in names:
            write(target, name, (DATA / name).read_bytes())

    # Decrypted contents: what the ciphers yield, which the plain fixtures hold as they are.
    for name in ["aegis_plain.json", "aegis_v1_plain.json"]:
        write("aegis_content", name, compact(json.loads((DATA / name).read_text())["db"]))
    for name in ["2fas_plain_v4.2fas", "2fas_plain_v1.2fas"]:
        write("twofas_content", name.replace(".2fas", ".json"), compact(json.loads((DATA / name).read_text())["services"]))
    write("tessera_backup_content", "tessera_backup.json", tessera_content())

    links = migration_links()
    for i, link in enumerate(links):
        write("google_payload", f"payload{i + 1}.pb", payload_of(link))
        write("google_migration", f"link{i + 1}.txt", link + "\n")

    for i, record in enumerate(vault_records()):
        write("account_codec", f"record{i + 1}.cbor", record)

    uris = [line.strip() for line in (DATA / "uris.txt").read_text().splitlines()
            if line.strip().startswith("otpauth://") and "secret=" in line]
    write("qr_decoder", "uri-2px.gray", qr_seed(uris[0], 2))
    write("qr_decoder", "uri-1px-inverted.gray", qr_seed(uris[1], 1, inverted=True))
    write("qr_decoder", "migration-2px.gray", qr_seed(links[-1], 2))
    write("qr_decoder", "uri-3px.gray", qr_seed(uris[-1], 3, margin=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
