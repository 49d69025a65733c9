"""A second, independent SQLCipher 4 reader opens the vault with the passphrase alone.

No lock-in: this test decrypts the file from SQLCipher 4's published defaults (PBKDF2-HMAC-SHA512
with 256,000 iterations, AES-256-CBC, a per-page IV and HMAC-SHA512, 4096-byte pages) using only
the `cryptography` package, then reads the plain pages with Python's own sqlite3. If this passes,
a council's IT team can recover the data with standard tools and the passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import unicodedata
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
MAC = 64
RESERVE = IV + MAC
KDF_ITERATIONS = 256_000


def decrypt_sqlcipher4(path: Path, passphrase: str) -> bytes:
    """Return the plain SQLite image of a SQLCipher 4 file, checking every page's HMAC."""
    data = path.read_bytes()
    assert len(data) % PAGE == 0
    salt = data[:SALT]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    mac_salt = bytes(b ^ 0x3A for b in salt)
    mac_key = hashlib.pbkdf2_hmac("sha512", key, mac_salt, 2, 32)
    plain = bytearray()
    for number in range(1, len(data) // PAGE + 1):
        page = data[(number - 1) * PAGE : number * PAGE]
        start = SALT if number == 1 else 0
        body = page[start : PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - MAC]
        mac = page[PAGE - MAC :]
        expected = hmac.new(mac_key, body + iv + number.to_bytes(4, "little"), "sha512").digest()
        assert hmac.compare_digest(mac, expected), f"page {number} fails its HMAC"
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        clear = decryptor.update(body) + decryptor.finalize()
        if number == 1:
            clear = b"SQLite format 3\x00" + clear
        plain += clear + bytes(RESERVE)
    return bytes(plain)


def test_vault_opens_with_an_independent_reader(vault, vault_path, tmp_path):
    passphrase = "correct horse battery staple"
    case = vault.cases.create(first_contact_at=None, first_contact_place="Dover port")
    vault.cases.record(case.id, "child", "given_names", "Ngọc Ánh", "tester")
    vault.close()

    image = tmp_path / "plain-copy.sqlite"
    image.write_bytes(decrypt_sqlcipher4(vault_path, unicodedata.normalize("NFC", passphrase)))
    con = sqlite3.connect(image)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT first_contact_place FROM cases").fetchone()[0] == "Dover port"
        assert con.execute("SELECT value_json FROM revisions").fetchone()[0] == '"Ngọc Ánh"'
    finally:
        con.close()


def test_backups_open_with_the_same_independent_reader(vault, vault_path):
    vault.cases.create(first_contact_at=None, first_contact_place="Luton airport")
    backup = vault.backup("correct horse battery staple", "manual")
    image = decrypt_sqlcipher4(backup, "correct horse battery staple")
    assert image.startswith(b"SQLite format 3\x00")
    assert b"Luton airport" in image
