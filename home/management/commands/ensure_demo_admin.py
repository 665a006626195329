from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the local demo administrator if missing (never use in production)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)

    def handle(self, *args, email, password, **options):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            email=email,
            defaults={"is_staff": True, "is_superuser": True, "display_name": "Admin"},
        )
        if created:
            user.set_password(password)
            user.save()
            self._verify_email(user)
            self.stdout.write(f"Demo administrator created: {email}")

    @staticmethod
    def _verify_email(user):
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
