"""Write the README's screenshot: the explorer on the sample articles, exported by the app itself.

python scripts/screenshot.py docs/screenshot.svg
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from db.connection import open_database
from explorer.ingest.pipeline import import_paths
from explorer.sample import sample_dir
from explorer.tui.app import IncidentsApp


async def main(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.db"
        db = open_database(path)
        sample = sample_dir()
        assert sample is not None, "the sample articles are missing"
        import_paths(db, [sample])
        app = IncidentsApp(db, path)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            for key in ("a", *"wheeler", "enter", "G", "enter", "n"):
                await pilot.press(key)
                await app.workers.wait_for_complete()
                await pilot.pause()
            target.write_text(app.export_screenshot(title="incidents"), encoding="utf-8")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.svg")))
