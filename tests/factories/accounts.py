"""Accounts: residents (verified or not), staff in a role, a blocked resident."""

from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import User

PASSWORD = "a-long-enough-password"


class UserFactory(factory.django.DjangoModelFactory):
    """A resident whose email address is verified (`verified=False` otherwise)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    # An established account (its reports count); pass `date_joined` for a new one.
    date_joined = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))
    display_name = factory.Sequence(lambda n: f"Resident {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """`verified=True` (the default) records a confirmed email address."""
        self.save()
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """`roles=["Moderators"]` adds the account to those staff groups (the
        data migration created them with their permissions)."""
        if create and extracted:
            self.is_staff = True
            self.save()
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))


def staff(role, **kwargs):
    """A staff account in `role`, loaded afresh so its permissions are not cached."""
    user = UserFactory(roles=[role], **kwargs)
    return User.objects.get(pk=user.pk)
