"""Just enough DER reading to tell key formats apart and to read a certificate's signature
algorithm when ``cryptography`` refuses to parse the certificate (see certs.py)."""

from __future__ import annotations

SEQUENCE = 0x30
INTEGER = 0x02
OID = 0x06


class DerError(ValueError):
    """Malformed DER."""


def read_tlv(data: bytes, offset: int = 0) -> tuple[int, int, int]:
    """Read one element at ``offset``: return (tag, content start, content end)."""
    if offset + 2 > len(data):
        raise DerError("truncated DER element")
    tag = data[offset]
    first = data[offset + 1]
    pos = offset + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise DerError("unsupported DER length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    end = pos + length
    if end > len(data):
        raise DerError("DER element runs past the end of the data")
    return tag, pos, end


def children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    """The elements directly inside a constructed element's content."""
    out = []
    pos = start
    while pos < end:
        tag, c_start, c_end = read_tlv(data, pos)
        out.append((tag, c_start, c_end))
        pos = c_end
    return out


def decode_oid(content: bytes) -> str:
    """Dotted string of an OBJECT IDENTIFIER's content octets."""
    if not content:
        raise DerError("empty OID")
    first = content[0]
    arcs = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    value = 0
    for byte in content[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    return ".".join(str(arc) for arc in arcs)


def second_field_tag(der: bytes) -> int | None:
    """Tag of the second element inside the outer SEQUENCE (None if not a SEQUENCE).

    PKCS#8 (``SEQUENCE {INTEGER 0, SEQUENCE algorithm, ...}``) has a SEQUENCE there and
    PKCS#1 (``SEQUENCE {INTEGER 0, INTEGER n, ...}``) an INTEGER; for public keys,
    SubjectPublicKeyInfo starts with a SEQUENCE and PKCS#1 with an INTEGER (first field).
    """
    try:
        tag, start, end = read_tlv(der)
        if tag != SEQUENCE:
            return None
        inner = children(der, start, end)
    except DerError:
        return None
    return inner[1][0] if len(inner) > 1 else None


def first_field_tag(der: bytes) -> int | None:
    """Tag of the first element inside the outer SEQUENCE (None if not a SEQUENCE)."""
    try:
        tag, start, end = read_tlv(der)
        if tag != SEQUENCE or start >= end:
            return None
        return read_tlv(der, start)[0]
    except DerError:
        return None


def certificate_signature_oid(der: bytes) -> str:
    """``Certificate.signatureAlgorithm.algorithm`` as a dotted string.

    ``Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }``.
    """
    tag, start, end = read_tlv(der)
    if tag != SEQUENCE:
        raise DerError("not a certificate")
    fields = children(der, start, end)
    if len(fields) < 2 or fields[1][0] != SEQUENCE:
        raise DerError("certificate without a signature algorithm")
    _alg_tag, alg_start, alg_end = fields[1]
    oid_tag, oid_start, oid_end = read_tlv(der, alg_start)
    if oid_tag != OID or oid_end > alg_end:
        raise DerError("signature algorithm without an OID")
    return decode_oid(der[oid_start:oid_end])
