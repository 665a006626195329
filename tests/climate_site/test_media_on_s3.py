"""Uploads on S3-compatible storage, as several app servers need them: an
editor's image, its renditions and a document land in the bucket, and the
site's pages and document links serve them from there (a local S3 server,
moto's, stands in for the city's object storage)."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents.models import Document

from climate_site.settings.storage import media_storage
from home.demo.state import generated_image

pytestmark = pytest.mark.django_db

BUCKET = "agir-media"


@pytest.fixture(scope="module")
def s3_server():
    server_module = pytest.importorskip("moto.server")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_server, monkeypatch):
    import boto3

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "test")
    s3 = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    storage = media_storage(
        {
            "AGIR_S3_BUCKET": BUCKET,
            "AGIR_S3_ENDPOINT_URL": s3_server,
            "AGIR_S3_REGION": "us-east-1",
            "AGIR_S3_ACCESS_KEY_ID": "test",
            "AGIR_S3_SECRET_ACCESS_KEY": "test",
        }
    )
    with override_settings(
        STORAGES={
            "default": storage,
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
            },
        },
        WAGTAILDOCS_SERVE_METHOD="serve_view",
    ):
        yield s3
    for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        s3.delete_object(Bucket=BUCKET, Key=item["Key"])
    s3.delete_bucket(Bucket=BUCKET)


def keys(s3):
    return {
        item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    }


def test_an_image_and_its_renditions_are_stored_in_the_bucket(bucket, s3_server):
    image = generated_image("Caravane du climat", size=(800, 400))
    rendition = image.get_rendition("fill-400x200")
    stored = keys(bucket)
    assert image.file.name in stored
    assert rendition.file.name in stored
    assert rendition.url.startswith(f"{s3_server}/{BUCKET}/")
    assert rendition.width == 400


def test_a_document_is_stored_in_the_bucket_and_served_through_the_site(bucket, client):
    document = Document(title="Plan climat 2021")
    document.file.save("plan-climat.txt", ContentFile(b"-40 % en 2035"), save=False)
    document.save()
    assert document.file.name in keys(bucket)
    answer = client.get(document.url)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == b"-40 % en 2035"


def test_without_a_bucket_uploads_stay_on_the_local_disk():
    assert media_storage({}) == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
