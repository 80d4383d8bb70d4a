"""Files written whole or not at all: every output goes to a temporary name beside its target
and is renamed over it at the end, so a failed or cancelled run never leaves half a file.

This is the file-level guarantee, for the core and for scripts. A Processing run adds the
run-level one on top (qgis_bridge.destinations): all its file outputs, these included, are
written into a staging folder and put in place together at the end, or none is."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_at_end(target: str | os.PathLike[str], suffix: str = ".part") -> Iterator[Path]:
    """A temporary path in ``target``'s folder (created when missing): renamed to ``target``
    when the block ends, deleted when it raises."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600): give it the permissions of a file the user
        # creates (0666 less the umask), as the other outputs have
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(mask)
    return mask


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """``text`` written to ``target`` whole or not at all."""
    with replaced_at_end(target) as temporary:
        temporary.write_text(text, encoding=encoding)
    return Path(target)
