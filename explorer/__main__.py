"""``python -m explorer`` runs the ``incidents`` command."""

from explorer.cli import main

main()
