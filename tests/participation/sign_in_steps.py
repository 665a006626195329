"""The resident's steps around signing in, shared by the tests of forms that
keep what was typed."""

from urllib.parse import parse_qs, urlsplit

from tests.factories.accounts import PASSWORD


def sign_in_from(client, response, user):
    """Follow a redirect to the sign-in page, sign in there as `user`, and
    return the page the site leads back to."""
    assert response.status_code == 302
    login = urlsplit(response.url)
    assert login.path.endswith("/accounts/login/")
    next_url = parse_qs(login.query)["next"][0]
    signed_in = client.post(
        response.url,
        {"login": user.email, "password": PASSWORD, "next": next_url},
    )
    assert signed_in.status_code == 302, signed_in.content.decode()[:2000]
    assert signed_in.url == next_url
    return client.get(next_url, follow=True)
