from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from participation.models import ProposalCall
from participation.proposals.imports import (
    ImportFileError,
    import_proposals,
    read_table,
)


class Command(BaseCommand):
    help = (
        "Import paper proposals from a CSV or XLSX file. Every row is checked "
        "first; nothing is imported if one is wrong, and each bad row is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .csv or .xlsx file.")
        parser.add_argument("--call", type=int, required=True, help="Id of the call.")
        parser.add_argument(
            "--agent",
            required=True,
            help="Email of the agent recorded as entering them.",
        )

    def handle(self, path, call, agent, verbosity=1, **options):
        try:
            call = ProposalCall.objects.get(pk=call)
        except ProposalCall.DoesNotExist as error:
            raise CommandError(f"No call for proposals with id {call}.") from error
        agent = get_user_model().objects.filter(email__iexact=agent).first()
        if agent is None:
            raise CommandError("No account has this email.")
        try:
            with open(path, "rb") as handle:
                rows = read_table(handle, name=path)
        except (OSError, ImportFileError) as error:
            raise CommandError(str(error)) from error
        with tqdm(total=2 * len(rows), unit="row", disable=verbosity == 0) as bar:

            def advance(offset):
                return lambda done: bar.update(offset + done - bar.n)

            report = import_proposals(
                rows,
                call=call,
                agent=agent,
                checked=advance(0),
                imported=advance(len(rows)),
            )
        if not report.ok:
            for line, errors in report.errors:
                self.stderr.write(f"Line {line}: {' '.join(errors)}")
            raise CommandError(f"{len(report.errors)} bad rows: nothing was imported.")
        self.stdout.write(self.style.SUCCESS(f"{report.imported} proposals imported."))
        if report.skipped:
            self.stdout.write("The template's example row was skipped.")
