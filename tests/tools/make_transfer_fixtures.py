#!/usr/bin/python3
"""Writes the project's own import fixtures (tests/data/transfer/) from the documented formats.

Independent of Tessera's code: every file is built here from the format notes with Debian's
python3-cryptography and the `argon2` tool (for Argon2id, which cryptography 38 lacks). The accounts are
the project's synthetic fixture set (tests/data/transfer/README.md); no other app's file is copied.
Random values (salts, nonces, ids) come from a seeded generator, so re-running gives the same files
except for the scrypt/argon2 outputs, which are deterministic as well.

Usage: make_transfer_fixtures.py OUTPUT_DIR
"""

import base64
import hashlib
import hmac
import json
import os
import random
import struct
import subprocess
import sys
import urllib.parse

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tessera_backup  # noqa: E402

PASSWORD = "fixture-password"
RNG = random.Random(20261127)

# The fixture set: (type, issuer, name, secret bytes, algorithm, digits, period, counter)
A1 = ("totp", "Example Bank", "alice@example.com", b"12345678901234567890", "SHA1", 6, 30, 0)
A2 = ("totp", "Forge", "bob", b"abcdefghijklmnopqrst", "SHA256", 8, 60, 0)
A3 = ("hotp", "Mail Co", "carol", b"secret and longer", "SHA512", 7, 30, 42)
A4 = ("steam", "Steam", "dave", b"Test Steam key!!", "SHA1", 5, 30, 0)
A5 = ("totp", "\u00dcn\u00efcode Ltd", "\u00e9mile@ex\u00e4mple.org", b"hunter2 1224 xyz", "SHA1", 6, 30, 0)
ALL = [A1, A2, A3, A4, A5]
MOTP_SECRET = b"motp secret key!"


def rand(n):
    return bytes(RNG.getrandbits(8) for _ in range(n))


def rand_no_nul(n):
    return bytes(RNG.randint(1, 255) for _ in range(n))


def uuid4():
    b = bytearray(rand(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


def b32(secret, pad=False):
    text = base64.b32encode(secret).decode()
    return text if pad else text.rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def uri(account, extra=""):
    kind, issuer, name, secret, algo, digits, period, counter = account
    q = urllib.parse.quote
    label = "%s:%s" % (q(issuer, safe=""), q(name, safe=""))
    text = "otpauth://%s/%s?secret=%s&issuer=%s" % (kind, label, b32(secret), q(issuer, safe=""))
    if kind != "steam":
        text += "&algorithm=%s&digits=%d" % (algo, digits)
        text += "&counter=%d" % counter if kind == "hotp" else "&period=%d" % period
    return text + extra


def write(directory, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(directory, name), "wb") as handle:
        handle.write(data)


def dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=4)


def gcm(key, nonce, plain, aad=None):
    sealed = AESGCM(key).encrypt(nonce, plain, aad)
    return sealed[:-16], sealed[-16:]


def argon2id(password, salt, t, m_kib, p, length=32):
    if b"\x00" in salt:
        raise ValueError("the argon2 tool cannot take a salt with a NUL byte")
    out = subprocess.run(["argon2", salt, "-id", "-t", str(t), "-k", str(m_kib), "-p", str(p), "-l", str(length), "-r"],
                         input=password.encode("utf-8"), capture_output=True, check=True)
    return bytes.fromhex(out.stdout.decode().strip())


# --- Aegis -------------------------------------------------------------------------------------------

def aegis_entry(account, groups=(), legacy_group=None, version=3):
    kind, issuer, name, secret, algo, digits, period, counter = account
    info = {"secret": b32(secret), "algo": algo, "digits": digits}
    if kind == "hotp":
        info["counter"] = counter
    else:
        info["period"] = period
    entry = {"type": kind, "uuid": uuid4(), "name": name, "issuer": issuer}
    if version >= 2:
        entry["note"] = "note of " + name
        entry["favorite"] = name == "bob"
    entry["icon"] = None
    entry["info"] = info
    if version >= 3:
        entry["groups"] = list(groups)
    if legacy_group:
        entry["group"] = legacy_group
    return entry


def aegis_content():
    finance = uuid4()
    entries = [aegis_entry(A1, [finance]), aegis_entry(A2), aegis_entry(A3), aegis_entry(A4), aegis_entry(A5)]
    entries.append({"type": "yandex", "uuid": uuid4(), "name": "yuri", "issuer": "Yandex", "note": "",
                    "favorite": False, "icon": None, "groups": [],
                    "info": {"secret": b32(b"yandex secret 16"), "algo": "SHA256", "digits": 8, "period": 30,
                             "pin": "1234"}})
    entries.append({"type": "motp", "uuid": uuid4(), "name": "mo", "issuer": "Mobile", "note": "",
                    "favorite": False, "icon": None, "groups": [],
                    "info": {"secret": MOTP_SECRET.hex(), "algo": "MD5", "digits": 6, "period": 10, "pin": "1234"}})
    return {"version": 3, "entries": entries, "groups": [{"uuid": finance, "name": "Finance"}],
            "icons_optimized": True}


def aegis_files(directory):
    content = aegis_content()
    write(directory, "aegis_plain.json",
          dumps({"version": 1, "header": {"slots": None, "params": None}, "db": content}))

    legacy = {"version": 1, "entries": [aegis_entry(A1, version=1, legacy_group="Legacy"),
                                        aegis_entry(A3, version=1)]}
    write(directory, "aegis_v1_plain.json",
          dumps({"version": 1, "header": {"slots": None, "params": None}, "db": legacy}))

    master_key = rand(32)
    salt = rand(32)
    slot_key = Scrypt(salt=salt, length=32, n=32768, r=8, p=1).derive(PASSWORD.encode())
    key_nonce = rand(12)
    wrapped, wrapped_tag = gcm(slot_key, key_nonce, master_key)
    db_nonce = rand(12)
    db, db_tag = gcm(master_key, db_nonce, json.dumps(content).encode("utf-8"))
    biometric = {"type": 2, "uuid": uuid4(), "key": rand(32).hex(),
                 "key_params": {"nonce": rand(12).hex(), "tag": rand(16).hex()}}
    password_slot = {"type": 1, "uuid": uuid4(), "key": wrapped.hex(),
                     "key_params": {"nonce": key_nonce.hex(), "tag": wrapped_tag.hex()},
                     "n": 32768, "r": 8, "p": 1, "salt": salt.hex(), "repaired": True, "is_backup": False}
    vault = {"version": 1,
             "header": {"slots": [biometric, password_slot], "params": {"nonce": db_nonce.hex(), "tag": db_tag.hex()}},
             "db": b64(db)}
    write(directory, "aegis_encrypted.json", dumps(vault))


# --- 2FAS ----------------------------------------------------------------------------------------------

TWOFAS_REFERENCE = ("tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3HkdGfwuXbz"
                    "LebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnDlGfmz0f1BQyS"
                    "Rkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd")


def twofas_services(work_group):
    services = []
    for index, account in enumerate(ALL):
        kind, issuer, name, secret, algo, digits, period, counter = account
        otp = {"label": name, "account": name, "issuer": issuer, "digits": digits, "algorithm": algo,
               "tokenType": kind.upper(), "source": "Link"}
        if kind == "hotp":
            otp["counter"] = counter
        else:
            otp["period"] = period
        service = {"name": issuer, "secret": b32(secret), "updatedAt": 1780000000000 + index, "otp": otp,
                   "order": {"position": index}}
        if account is A2:
            service["groupId"] = work_group
        services.append(service)
    services.append({"name": "Oddity", "secret": b32(b"sha224 secret!!!"), "updatedAt": 1780000000009,
                     "otp": {"label": "odd", "account": "odd", "issuer": "Oddity", "digits": 6, "period": 30,
                             "algorithm": "SHA224", "tokenType": "TOTP"}, "order": {"position": 9}})
    return services


def twofas_seal(key, salt, plain):
    iv = rand(12)
    return "%s:%s:%s" % (b64(AESGCM(key).encrypt(iv, plain, None)), b64(salt), b64(iv))


def twofas_key(salt):
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=10000).derive(PASSWORD.encode())


def twofas_files(directory):
    work = uuid4()
    groups = [{"id": work, "name": "Work", "isExpanded": True}]
    base = {"schemaVersion": 4, "appOrigin": "android", "appVersionCode": 5000009, "appVersionName": "5.1.0",
            "updatedAt": 1780000001000, "groups": groups}
    services = twofas_services(work)
    write(directory, "2fas_plain_v4.2fas", json.dumps(dict(base, services=services)))

    salt = rand(256)  # Android: one 256-byte salt for both strings
    key = twofas_key(salt)
    encrypted = dict(base, services=[], servicesEncrypted=twofas_seal(key, salt, json.dumps(services).encode()),
                     reference=twofas_seal(key, salt, TWOFAS_REFERENCE.encode()))
    write(directory, "2fas_encrypted_v4.2fas", json.dumps(encrypted))

    salt_a, salt_b = rand(32), rand(32)  # iOS: a 32-byte salt per string
    ios = dict(base, appOrigin="ios", services=[],
               servicesEncrypted=twofas_seal(twofas_key(salt_a), salt_a, json.dumps(services).encode()),
               reference=twofas_seal(twofas_key(salt_b), salt_b, TWOFAS_REFERENCE.encode()))
    write(directory, "2fas_encrypted_ios.2fas", json.dumps(ios))

    v1 = {"schemaVersion": 1, "appOrigin": "android", "appVersionCode": 300101, "appVersionName": "3.1.1",
          "updatedAt": 1618417377507,
          "services": [{"name": a[1], "secret": b32(a[3]), "type": "Unknown", "updatedAt": 1618417205843,
                        "otp": {"account": a[2], "issuer": a[1], "label": "%s:%s" % (a[1], a[2])},
                        "order": {"position": i}} for i, a in enumerate([A1, A3])]}
    write(directory, "2fas_plain_v1.2fas", dumps(v1))


# --- andOTP --------------------------------------------------------------------------------------------

def andotp_entries(old=False):
    entries = []
    for account in ALL:
        kind, issuer, name, secret, algo, digits, period, counter = account
        entry = {"secret": b32(secret, pad=True), "label": ("%s - %s" % (issuer, name)) if old else name,
                 "digits": digits, "type": kind.upper(), "algorithm": algo, "thumbnail": "Default",
                 "last_used": 1780000000000, "used_frequency": 0, "tags": ["Work"] if account is A2 else []}
        if not old:
            entry["issuer"] = issuer
        if kind == "hotp":
            entry["counter"] = counter
        else:
            entry["period"] = period
        entries.append(entry)
    entries.append({"secret": b32(MOTP_SECRET, pad=True), "issuer": "Mobile", "label": "mo", "digits": 6,
                    "type": "MOTP", "algorithm": "MD5", "period": 10, "tags": []})
    return entries


def andotp_files(directory):
    write(directory, "andotp_plain.json", json.dumps(andotp_entries()))
    iterations = 150000
    salt = rand(12)
    nonce = rand(12)
    key = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=iterations).derive(PASSWORD.encode())
    body = AESGCM(key).encrypt(nonce, json.dumps(andotp_entries()).encode(), None)
    write(directory, "andotp_encrypted_new.bin", struct.pack(">I", iterations) + salt + nonce + body)
    old_nonce = rand(12)
    while struct.unpack(">I", old_nonce[:4])[0] <= 10000000:  # keep the old file unambiguous for this fixture
        old_nonce = rand(12)
    old_key = hashlib.sha256(PASSWORD.encode()).digest()
    write(directory, "andotp_encrypted_old.bin",
          old_nonce + AESGCM(old_key).encrypt(old_nonce, json.dumps(andotp_entries(old=True)).encode(), None))


# --- FreeOTP+ ------------------------------------------------------------------------------------------

def freeotp_files(directory):
    tokens = []
    for account in ALL:
        kind, issuer, name, secret, algo, digits, period, counter = account
        tokens.append({"algo": algo, "counter": counter, "digits": 6 if kind == "steam" else digits,
                       "issuerExt": issuer, "issuerInt": issuer, "label": name, "period": period,
                       "secret": [b - 256 if b > 127 else b for b in secret],
                       "type": "HOTP" if kind == "hotp" else "TOTP"})
    tokens.append({"algo": "MD5", "counter": 0, "digits": 6, "issuerExt": "Old", "issuerInt": "Old", "label": "md5",
                   "period": 30, "secret": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "type": "TOTP"})
    order = ["%s:%s" % (t["issuerExt"], t["label"]) for t in tokens]
    write(directory, "freeotp_plus.json", json.dumps({"tokenOrder": order, "tokens": tokens}))


# --- Bitwarden -----------------------------------------------------------------------------------------

def bitwarden_items(work_folder):
    def item(name, username, totp, folder=None, notes=None):
        return {"id": uuid4(), "organizationId": None, "folderId": folder, "type": 1, "reprompt": 0, "name": name,
                "notes": notes, "favorite": folder is not None,
                "login": {"uris": [{"match": None, "uri": "https://example.com"}], "username": username,
                          "password": "hunter2", "totp": totp}, "collectionIds": None}
    return [
        item("Bank login", "alice@example.com", uri(A1), notes="bank notes"),
        item("Forge login", "bob", uri(A2), folder=work_folder),
        item("Mail", "carol", uri(A3)),
        item("Steam", "dave", "steam://" + b32(A4[3])),
        item(A5[1], A5[2], b32(A5[3])),
        item("Just a password", "nobody", None),
        item("Yandex", "yuri", "otpauth://yaotp/Yandex:yuri?secret=" + b32(b"yandex secret 16")),
    ]


def bitwarden_files(directory):
    work = uuid4()
    export = {"encrypted": False, "folders": [{"id": work, "name": "Work"}], "items": bitwarden_items(work)}
    plain = json.dumps(export, ensure_ascii=False, indent=2)
    write(directory, "bitwarden.json", plain)

    rows = [["folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username",
             "login_password", "login_totp"]]
    for entry in export["items"]:
        rows.append(["Work" if entry["folderId"] else "", "1" if entry["favorite"] else "", "login", entry["name"],
                     entry["notes"] or "", "", "0", "https://example.com", entry["login"]["username"], "hunter2",
                     entry["login"]["totp"] or ""])
    rows[1][4] = 'bank notes, with "quotes"\nand a second line'

    def cell(value):
        if any(c in value for c in ',"\n'):
            return '"' + value.replace('"', '""') + '"'
        return value
    write(directory, "bitwarden.csv", "\r\n".join(",".join(cell(c) for c in row) for row in rows) + "\r\n")

    def seal(enc_key, mac_key, plain_bytes):
        iv = rand(16)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plain_bytes) + padder.finalize()
        encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
        ct = encryptor.update(padded) + encryptor.finalize()
        mac = hmac.new(mac_key, iv + ct, hashlib.sha256).digest()
        return "2.%s|%s|%s" % (b64(iv), b64(ct), b64(mac))

    def protected(kdf_type, key, extra):
        enc_key = HKDFExpand(algorithm=hashes.SHA256(), length=32, info=b"enc").derive(key)
        mac_key = HKDFExpand(algorithm=hashes.SHA256(), length=32, info=b"mac").derive(key)
        document = {"encrypted": True, "passwordProtected": True, "kdfType": kdf_type}
        document.update(extra)
        document["encKeyValidation_DO_NOT_EDIT"] = seal(enc_key, mac_key, uuid4().encode())
        document["data"] = seal(enc_key, mac_key, plain.encode("utf-8"))
        return json.dumps(document, indent=2)

    salt = b64(rand(16))
    key = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt.encode(), iterations=100000).derive(
        PASSWORD.encode())
    write(directory, "bitwarden_encrypted_pbkdf2.json",
          protected(0, key, {"salt": salt, "kdfIterations": 100000, "kdfMemory": None, "kdfParallelism": None}))

    while True:  # the argon2 tool takes the salt on its command line: no NUL bytes
        salt = b64(rand(16))
        hashed = hashlib.sha256(salt.encode()).digest()
        if b"\x00" not in hashed:
            break
    key = argon2id(PASSWORD, hashed, 2, 16 * 1024, 2)
    write(directory, "bitwarden_encrypted_argon2.json",
          protected(1, key, {"salt": salt, "kdfIterations": 2, "kdfMemory": 16, "kdfParallelism": 2}))


# --- Ente, URI list ------------------------------------------------------------------------------------

def ente_display(pinned=False, trashed=False, tags=()):
    value = json.dumps({"pinned": pinned, "trashed": trashed, "lastUsedAt": 0, "tapCount": 3, "tags": list(tags)},
                       separators=(",", ":"))
    return "&codeDisplay=" + urllib.parse.quote(value, safe="")


def text_files(directory):
    lines = [uri(A1, ente_display(pinned=True, tags=["Bank", "Personal"])), uri(A2, ente_display()),
             uri(A3, ente_display()), uri(A4, ente_display()), uri(A5, ente_display(trashed=True))]
    write(directory, "ente_auth.txt", "\n".join(lines) + "\n")
    plain = ["# otpauth:// list written for Tessera's tests", "", uri(A1), uri(A2), "  " + uri(A3) + "  ", uri(A4),
             uri(A5), "otpauth://totp/Broken:nobody?issuer=Broken", ""]
    write(directory, "uris.txt", "\r\n".join(plain))


# --- Stratum / Authenticator Pro ------------------------------------------------------------------------

def stratum_json():
    types = {"hotp": 1, "totp": 2, "steam": 4}
    algos = {"SHA1": 0, "SHA256": 1, "SHA512": 2}
    authenticators = []
    for account in ALL:
        kind, issuer, name, secret, algo, digits, period, counter = account
        authenticators.append({"Type": types[kind], "Icon": None, "Issuer": issuer, "Username": name,
                               "Secret": b32(secret), "Pin": None, "Algorithm": algos[algo], "Digits": digits,
                               "Period": period, "Counter": counter, "CopyCount": 0, "Ranking": 0})
    authenticators.append({"Type": 3, "Icon": None, "Issuer": "Mobile", "Username": "mo", "Secret": MOTP_SECRET.hex(),
                           "Pin": "1234", "Algorithm": 0, "Digits": 6, "Period": 10, "Counter": 0, "Ranking": 0})
    category = uuid4()
    return json.dumps({"Authenticators": authenticators, "Categories": [{"Id": category, "Name": "Work", "Ranking": 0}],
                       "AuthenticatorCategories": [{"CategoryId": category, "AuthenticatorSecret": b32(A2[3]),
                                                    "Ranking": 0}], "CustomIcons": []})


def stratum_files(directory):
    content = stratum_json()
    write(directory, "stratum_plain.json", content)
    salt = rand_no_nul(16)
    iv = rand(12)
    key = argon2id(PASSWORD, salt, 3, 65536, 4)
    write(directory, "stratum_encrypted.bin", b"AUTHENTICATORPRO" + salt + iv + AESGCM(key).encrypt(iv, content.encode(), None))
    salt = rand(20)
    iv = rand(16)
    key = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=64000).derive(PASSWORD.encode())
    padder = padding.PKCS7(128).padder()
    padded = padder.update(content.encode()) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    write(directory, "stratum_encrypted_legacy.bin", b"AuthenticatorPro" + salt + iv + encryptor.update(padded) + encryptor.finalize())


# --- Google Authenticator transfer codes ----------------------------------------------------------------

def varint(value):
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def field_bytes(number, data):
    return varint((number << 3) | 2) + varint(len(data)) + data


def ga_entry(secret, name, issuer="", algorithm=1, digits=1, kind=2, counter=None, extra=b""):
    body = field_bytes(1, secret) + field_bytes(2, name.encode("utf-8"))
    if issuer:
        body += field_bytes(3, issuer.encode("utf-8"))
    body += field_varint(4, algorithm) + field_varint(5, digits) + field_varint(6, kind)
    if counter is not None:
        body += field_varint(7, counter)
    return field_bytes(1, body + extra)


def ga_payload(entries, size, index, batch_id):
    return b"".join(entries) + field_varint(2, 1) + field_varint(3, size) + field_varint(4, index) + field_varint(5, batch_id)


def ga_uri(payload, escaped=True):
    data = base64.b64encode(payload).decode()
    return "otpauth-migration://offline?data=" + (urllib.parse.quote(data, safe="") if escaped else data)


def google_files(directory):
    unique_id = field_bytes(8, b"abcdefghijklmnopqrs")
    unknown = varint((15 << 3) | 5) + b"\x01\x02\x03\x04" + varint((16 << 3) | 1) + b"\x00" * 8
    code1 = ga_payload([ga_entry(A1[3], A1[2], A1[1], extra=unique_id),
                        ga_entry(A5[3], A5[1] + ":" + A5[2], A5[1])], 2, 0, 1234567890)
    code2 = ga_payload([ga_entry(A3[3], "Mail Co:carol", "Mail Co", kind=1, counter=42, extra=unknown),
                        ga_entry(b"md5 secret bytes", "legacy", "Old Co", algorithm=4),
                        ga_entry(b"eight digit key!", "eve", "Wide", algorithm=2, digits=2)], 2, 1, 1234567890)
    single = ga_payload([ga_entry(A2[3], "Forge:bob")], 1, 0, -987654321)
    lines = ["# Google Authenticator transfer codes written for Tessera's tests",
             ga_uri(code2), "", "QR-Code:" + ga_uri(code1, escaped=False), ga_uri(single), ga_uri(code2)]
    write(directory, "google_migration.txt", "\n".join(lines) + "\n")
    partial = ga_payload([ga_entry(A1[3], A1[2], A1[1])], 3, 1, -5)
    write(directory, "google_migration_partial.txt", ga_uri(partial) + "\n")


# --- Tessera backup (written from docs/backup-format.md) ----------------------------------------------------

def tessera_files(directory):
    accounts = []
    for index, account in enumerate(ALL):
        kind, issuer, name, secret, algo, digits, period, counter = account
        accounts.append({
            "id": uuid4(), "issuer": issuer, "account": name,
            "otp": {"type": kind, "secret": b32(secret), "algorithm": algo, "digits": digits, "period": period,
                    "counter": str(counter)},
            "note": "", "tags": ["Work"] if account is A2 else [], "favorite": account is A1, "position": index,
            "trashedAt": None, "createdAt": "2026-05-01T10:00:00.000Z", "modifiedAt": "2026-05-02T11:30:00.250Z",
            "lastVerifiedAt": None,
            "recovery": {"email": "alice@example.com" if account is A1 else "", "phone": "", "phoneCheckedOn": None,
                         "recoveryCodes": [{"code": "1111-2222", "used": False, "usedAt": None}] if account is A1 else [],
                         "secondFactor": "device" if account is A1 else "unknown", "recoveryUrl": "", "note": ""}})
    content = json.dumps({"format": "tessera-backup", "version": 1, "exportedAt": "2026-05-03T09:00:00.000Z",
                          "accounts": accounts}, ensure_ascii=False).encode("utf-8")
    salt = bytes(RNG.randint(0x21, 0x7E) for _ in range(16))
    ops, mem = 1, 8 * 1024 * 1024
    key = argon2id(PASSWORD, salt, ops, mem // 1024, 1)
    write(directory, "tessera_backup.tessera-backup", tessera_backup.encrypt(content, key, salt, rand(24), ops, mem))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    directory = argv[1]
    os.makedirs(directory, exist_ok=True)
    aegis_files(directory)
    twofas_files(directory)
    andotp_files(directory)
    freeotp_files(directory)
    bitwarden_files(directory)
    text_files(directory)
    stratum_files(directory)
    google_files(directory)
    tessera_files(directory)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
