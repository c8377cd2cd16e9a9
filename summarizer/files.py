"""Writing outputs safely: atomic replace, and output-path problems as one clear error up front.

Shared by the CLI, batch and the Dask runner, so every command reports an unusable output path
the same way (exit 2, one line) before any work is done.
"""

from __future__ import annotations

import functools
import os
import stat
import tempfile
from pathlib import Path

from summarizer.errors import OutputError


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same directory + rename, so a crash never leaves half a file.

    An existing path that is not a regular file (`-o /dev/stdout`, `/dev/null`, a named pipe) is
    written into, never renamed over: replacing it would lose the output and, run as root, turn
    a system device into a plain file. A symlink is followed, so the link stays a link."""
    path = Path(path)
    check_output_file(path)
    if _is_special(path):
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise _os_error(path, exc) from None
        return
    shown, path = path, Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~umask())  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _os_error(shown, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_output_file(path: Path) -> None:
    """Fail before any work when `path` cannot become a file: a directory, or no writable folder."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(str(path), "is a directory, not a file.",
                          "Give a file name (e.g. -o out/report.json).")
    if _is_special(path):  # a device or pipe is written into: only it must be writable
        if not os.access(path, os.W_OK):
            raise OutputError(str(path), "is not writable (permission denied).",
                              "Choose a file you can write to.")
        return
    parent = _existing_ancestor(path.parent)
    if not parent.is_dir():
        raise OutputError(str(path), f"cannot be created: {parent} is a file, not a directory.",
                          "Choose another output path.")
    if not os.access(parent, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(str(path), "is not writable (permission denied).",
                          "Choose a folder you can write to.")


def check_output_dir(path: Path) -> None:
    """Fail before any work when `path` cannot be (or become) a writable directory."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(str(path), "is a file, not a directory.",
                          "Give a directory for the outputs (e.g. -o out/).")
    parent = _existing_ancestor(path)
    if not parent.is_dir():
        raise OutputError(str(path), f"cannot be created: {parent} is a file, not a directory.",
                          "Choose another output directory.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(str(path), "is not writable (permission denied).",
                          "Choose a folder you can write to.")


def _is_special(path: Path) -> bool:
    """An existing path (symlinks followed) that is neither a regular file nor a directory."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _os_error(path: Path, exc: OSError) -> OutputError:
    return OutputError(str(path), f"cannot be written ({exc.strerror or exc}).",
                       "Check the path, free space and permissions.")


@functools.cache
def umask() -> int:
    """The process umask, read once (reading means setting it: call before threads start)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
