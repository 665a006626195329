"""Where uploads live and which CDN to purge, read from the environment.

With `AGIR_S3_BUCKET` set, images, their renditions and documents go to an
S3-compatible bucket (AWS, Scaleway, OVHcloud, MinIO...) through
django-storages, so every app server sees the same files; otherwise they stay
on the local disk under MEDIA_ROOT (one server only).
"""


def media_storage(env):
    """The STORAGES["default"] entry for this environment."""
    bucket = env.get("AGIR_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "endpoint_url": env.get("AGIR_S3_ENDPOINT_URL") or None,
        "region_name": env.get("AGIR_S3_REGION") or None,
        "custom_domain": env.get("AGIR_S3_CUSTOM_DOMAIN") or None,
        "access_key": env.get("AGIR_S3_ACCESS_KEY_ID") or None,
        "secret_key": env.get("AGIR_S3_SECRET_ACCESS_KEY") or None,
        # Images are public: plain addresses a CDN can cache, no signed query.
        "querystring_auth": False,
        "file_overwrite": False,
    }
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {name: value for name, value in options.items() if value},
    }


def frontend_cache(env):
    """WAGTAILFRONTENDCACHE for the CDN named in the environment (or none).

    `AGIR_CDN=cloudflare` with AGIR_CDN_ZONE_ID and AGIR_CDN_BEARER_TOKEN;
    `AGIR_CDN=cloudfront` with AGIR_CDN_DISTRIBUTION_ID; `AGIR_CDN=http` (a
    Varnish or nginx cache that accepts PURGE) with AGIR_CDN_LOCATION.
    Wagtail then purges a page's addresses at the CDN when it is published.
    """
    kind = env.get("AGIR_CDN", "").strip().lower()
    if kind == "cloudflare":
        backend = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": env["AGIR_CDN_ZONE_ID"],
            "BEARER_TOKEN": env["AGIR_CDN_BEARER_TOKEN"],
        }
    elif kind == "cloudfront":
        backend = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env["AGIR_CDN_DISTRIBUTION_ID"],
        }
    elif kind == "http":
        backend = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env["AGIR_CDN_LOCATION"],
        }
    elif kind:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"AGIR_CDN={kind!r} is not known: use cloudflare, cloudfront or http."
        )
    else:
        return {}
    return {"default": backend}
