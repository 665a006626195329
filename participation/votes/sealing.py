"""Sealing ballots to the vote's public key, and opening them at the count.

Each vote has a key pair (Curve25519, libsodium's sealed boxes through
PyNaCl). Only the public half is stored, on the campaign; the private half is
handed once to the vote's commission, as a short text, and never stored by
the site. A ballot sealed with the public key can be opened only with the
private key: whoever reads the database, a dump or a backup sees ciphertext.

The plaintext is the ranking in a fixed-length form (two bytes for the number
of ranks, then eight bytes per rank, 0 for a blank rank), so the ciphertext's
length says nothing of how many objectives a voter ranked.

A receipt is a digest of the sealed ballot: the voter is shown it when
casting, and the count publishes the receipts of every ballot it opened. It
proves that a ballot was counted, not what it says: nobody, the voter
included, holds what would be needed to show which ranking it seals.
"""

import base64
import hashlib
import struct

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

KEY_PREFIX = "agir-vote-key"
RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # Crockford-like, no 0/O, 1/I
RECEIPT_LENGTH = 20  # 100 bits: no two receipts of a vote meet by chance


class NotTheVoteKey(ValueError):
    """The text given is not this vote's private key."""


def new_key_pair(campaign_id):
    """(public key as hex, private key as text for the commission)."""
    private = PrivateKey.generate()
    secret = base64.b32encode(bytes(private)).decode().rstrip("=")
    return bytes(private.public_key).hex(), f"{KEY_PREFIX}-{campaign_id}-{secret}"


def private_key(text, campaign_id, public_key_hex):
    """The private key in `text`, checked against the vote's public key."""
    parts = "".join((text or "").split()).rsplit("-", 1)
    if len(parts) != 2 or parts[0] != f"{KEY_PREFIX}-{campaign_id}":
        raise NotTheVoteKey
    secret = parts[1].upper()
    try:
        key = PrivateKey(base64.b32decode(secret + "=" * (-len(secret) % 8)))
    except (ValueError, TypeError) as error:
        raise NotTheVoteKey from error
    if bytes(key.public_key).hex() != public_key_hex:
        raise NotTheVoteKey
    return key


def _plaintext(ranking, ranks):
    ids = [choice or 0 for choice in ranking[:ranks]]
    ids += [0] * (ranks - len(ids))
    return struct.pack(f">H{ranks}Q", ranks, *ids)


def box(public_key_hex):
    """A sealing box for the vote (build once, seal many)."""
    return SealedBox(PublicKey(bytes.fromhex(public_key_hex)))


def seal(sealing_box, ranking, ranks):
    """The ranking sealed: bytes of a length fixed by the number of ranks."""
    return sealing_box.encrypt(_plaintext(ranking, ranks))


def open_sealed(key, sealed):
    """The ranking a sealed ballot holds, blank ranks dropped."""
    try:
        plaintext = SealedBox(key).decrypt(bytes(sealed))
    except CryptoError as error:
        raise NotTheVoteKey from error
    (ranks,) = struct.unpack_from(">H", plaintext)
    ids = struct.unpack_from(f">{ranks}Q", plaintext, 2)
    return [choice for choice in ids if choice]


def receipt(sealed):
    """The receipt of a sealed ballot, e.g. 'K7QF-2M9X-…' (five groups of four)."""
    digest = int.from_bytes(hashlib.sha256(bytes(sealed)).digest(), "big")
    chars = []
    for _ in range(RECEIPT_LENGTH):
        digest, index = divmod(digest, len(RECEIPT_ALPHABET))
        chars.append(RECEIPT_ALPHABET[index])
    code = "".join(chars)
    return "-".join(code[i : i + 4] for i in range(0, RECEIPT_LENGTH, 4))


def normalised_receipt(text):
    """A receipt as typed back: case, spaces and dashes ignored."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())[:RECEIPT_LENGTH]
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
