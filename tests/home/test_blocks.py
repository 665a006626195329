import html

import pytest
from wagtail.blocks import StructBlockValidationError

from home.blocks import GenericStreamBlock, ImageBlock
from home.demo.state import generated_image

GENERIC_BLOCKS = list(GenericStreamBlock().child_blocks.items())

# What each block's preview shows (an empty string: the block renders nothing
# without a chosen document or image, and must not fail).
PREVIEW_SHOWS = {
    "heading": "<h2",
    "paragraph": "40 %",
    "image": "",
    "quote": "La municipalité",
    "call_to_action": 'href="https://example.org/"',
    "key_figures": "ateliers participatifs",
    "timeline": "Vote citoyen",
    "embed": "La Conférence pour le climat en vidéo",
    "document": "",
    "page_links": "À lire aussi",
}


def test_every_generic_block_has_a_preview_expectation():
    assert {name for name, _block in GENERIC_BLOCKS} == set(PREVIEW_SHOWS)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "block"), GENERIC_BLOCKS, ids=[n for n, _b in GENERIC_BLOCKS]
)
def test_each_generic_block_renders_its_preview_value(name, block):
    assert hasattr(block.meta, "preview_value"), f"{name} has no preview_value"
    assert block.is_previewable
    rendered = html.unescape(block.render(block.get_preview_value()))
    assert PREVIEW_SHOWS[name] in rendered
    if name == "document":
        assert rendered.strip() == ""


@pytest.fixture
def image(db):
    return generated_image("Test picture", size=(40, 20))


def test_an_image_needs_alternative_text_unless_decorative(image):
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python({"image": image.pk, "alt_text": "  ", "decorative": False})
        )
    assert "alt_text" in error.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "A bike lane"}))
    assert block.clean(block.to_python({"image": image.pk, "decorative": True}))


def test_an_image_renders_its_alternative_text_or_an_empty_one(image):
    block = ImageBlock()
    described = block.render(
        block.to_python({"image": image.pk, "alt_text": "A bike lane"})
    )
    assert 'alt="A bike lane"' in described
    decorative = block.render(
        block.to_python({"image": image.pk, "alt_text": "ignored", "decorative": True})
    )
    assert 'alt=""' in decorative
    assert "ignored" not in decorative
