"""Who is at the other end of a request: the client's network address.

Behind a reverse proxy, REMOTE_ADDR is the proxy's; the client's address is
in X-Forwarded-For, which every proxy extends on the right with the address
it received the request from. Only the entries our own proxies appended can
be trusted: anything to their left was sent by the client and may be forged.
With AGIR_TRUSTED_PROXY_COUNT = N, the client is therefore the Nth entry from
the right; with 0 (the default), X-Forwarded-For is ignored.

A header shorter than N entries, or an entry that is not an address, means
the request did not come through the proxies as configured: REMOTE_ADDR is
used then, which at worst puts such requests in one bucket with the proxy's
other traffic (stricter, never looser).
"""

import ipaddress

from django.conf import settings

# An IPv6 client commonly holds a whole /64: counting per address would let it
# rotate through billions of them, so limits count per /64.
IPV6_PREFIX = 64


def _address(value):
    """`value` as a normalised IP address, or None when it is not one."""
    value = (value or "").strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    # A dual-stack server sees IPv4 clients as ::ffff:a.b.c.d: one client, one form.
    return str(getattr(address, "ipv4_mapped", None) or address)


def client_address(request):
    """The client's IP address, per the trusted proxy count ('' when unknown)."""
    remote = _address(request.META.get("REMOTE_ADDR")) or ""
    count = getattr(settings, "AGIR_TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    # Read no more than the entries we trust: a huge forged header costs nothing.
    entries = header.rsplit(",", count)
    if len(entries) < count:
        return remote
    return _address(entries[-count]) or remote


def rate_limit_identity(address):
    """What a per-address limit counts: the address, or its /64 for IPv6."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)
