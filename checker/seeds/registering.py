"""Adding a release to seeds/: `checker seeds add`.

The file is read in whatever encoding it came in (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5
or Big5-HKSCS, UTF-16 with or without BOM), stored as UTF-8 with LF line endings under its own
name, and an entry is appended to seeds/releases.yaml as text, so that the comments and the
formatting of the manifest survive byte for byte. Both files are written atomically and
the manifest is read back with `load_corpus`; if anything fails, both are put back as
they were.

Encodings are told apart in checker/seeds/encodings.py; title and publisher are guessed in
checker/seeds/guessing.py. `--published YYYY-MM` (only the month known) is recorded as the
month's last day, with a sentence saying so in the entry's `note`, before the `--note` given.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from pydantic import ValidationError

from checker.diagnostics import CheckerError
from checker.inputs.models import Release
from checker.language import regex
from checker.messages import Message, os_reason
from checker.output import default_mode, replace_file
from checker.seeds.encodings import Undecodable, decode_release, to_lf
from checker.seeds.guessing import default_id, guess_publisher, guess_title, parse_published, stated_date

if TYPE_CHECKING:
    from checker.locale import Words

MANIFEST = "releases.yaml"
ID_PATTERN = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# --- YAML text -----------------------------------------------------------------------------

_YAML_PRINTABLE = regex.compile("^[\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")
_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")


def yaml_scalar(value: str) -> str:
    """`value` as a YAML scalar that reads back as exactly this string: plain where that is
    safe (as the hand-written entries are), else double-quoted with escapes."""
    if _plain_ok(value):
        return value
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif not _YAML_PRINTABLE.match(ch) or ch in "\u2028\u2029\ufeff":
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _plain_ok(value: str) -> bool:
    import yaml

    if not value or value != value.strip() or value[0] in _PLAIN_BAD_START:
        return False
    if any(ch in value for ch in "\n\r\t\u2028\u2029\ufeff") or not _YAML_PRINTABLE.match(value):
        return False
    if ": " in value or " #" in value or value.endswith(":"):
        return False
    try:
        float(value)  # 1e3 is a string to PyYAML but a number to YAML 1.2 readers
        return False
    except ValueError:
        pass
    try:
        return yaml.safe_load(f"k: {value}\n") == {"k": value}  # also quotes what would read as a number or date
    except yaml.YAMLError:
        return False


ENTRY_ORDER = ("id", "file", "title", "publisher", "region", "published", "url", "sha256", "encoding", "note")


def entry_text(entry: dict[str, Any], indent: int) -> str:
    lines = []
    for number, key in enumerate(key for key in ENTRY_ORDER if entry.get(key) is not None):
        value = entry[key]
        scalar = value.isoformat() if isinstance(value, date) else yaml_scalar(str(value))
        prefix = " " * indent + ("- " if number == 0 else "  ")
        lines.append(f"{prefix}{key}: {scalar}\n")
    return "".join(lines)


_RELEASES_KEY = regex.compile(r"^releases[ \t]*:[ \t]*(#.*)?$")
# `releases: []` (or `~`, `null`) is how one writes an empty list by hand; it becomes a block list
_EMPTY_LIST = regex.compile(r"(?m)^releases[ \t]*:[ \t]*(?:\[[ \t]*\]|~|null)[ \t]*(#.*)?$")
_ITEM = regex.compile(r"^( *)-( |$)")


def item_indent(manifest: str) -> int:
    """The indentation of the `releases:` list items, so an appended entry matches them."""
    lines = manifest.split("\n")
    for at, line in enumerate(lines):
        if _RELEASES_KEY.match(line):
            for later in lines[at + 1:]:
                found = _ITEM.match(later)
                if found:
                    return len(found.group(1))
                if later.strip() and not later.lstrip().startswith("#"):
                    break
            else:
                return 2  # no items yet
            break
    raise CheckerError(Message("seeds-add-cannot-append", manifest=MANIFEST))


# --- the command ---------------------------------------------------------------------------

@dataclass
class Request:
    source: Path
    seeds: Path
    region: str
    published: str
    title: Optional[str] = None
    publisher: Optional[str] = None
    url: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    note: Optional[str] = None
    words: Optional[Words] = None  # the language of a note the command writes (default English)


@dataclass
class Added:
    release: Release
    stored: Path
    lines: list[Message] = field(default_factory=list)  # what was done and guessed, for stdout
    warnings: list[Message] = field(default_factory=list)


def _option(value: Optional[str], option: str) -> Optional[str]:
    if value is None:
        return None
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise CheckerError(Message("seeds-add-option-undecodable", option=option))
    value = value.strip()
    if not value:
        raise CheckerError(Message("seeds-add-option-empty", option=option))
    return value


def _read_manifest(path: Path, display: str) -> tuple[Optional[bytes], list[dict[str, Any]]]:
    from checker.inputs.yamlfile import load_yaml

    if not path.exists():
        return None, []
    raw = path.read_bytes()
    document = load_yaml(path, display, grows=True)
    data = document.data
    if not isinstance(data, dict) or "releases" not in data or not isinstance(data["releases"], (list, type(None))):
        raise CheckerError(Message("seeds-add-manifest-shape"), file=display)
    extra = [key for key in data if key != "releases"]
    if extra:
        raise CheckerError(Message("seeds-add-manifest-key", key=extra[0]), file=display)
    entries = [entry for entry in (data["releases"] or []) if isinstance(entry, dict)]
    return raw, entries


def _problems(seeds: Path, display: str) -> Optional[set[str]]:
    from checker.inputs.releases import load_corpus

    try:
        return {repr(problem) for problem in load_corpus(seeds, display).diagnostics}
    except CheckerError:
        return None


def register(request: Request) -> Added:
    """Store the release and append its entry; CheckerError (file = the release given) on any refusal,
    with seeds/ left as it was."""
    source, seeds = request.source, request.seeds
    shown = str(source)
    seeds_shown = str(seeds).rstrip("/") or "."
    region = _option(request.region, "--region")
    title = _option(request.title, "--title")
    publisher = _option(request.publisher, "--publisher")
    url = _option(request.url, "--url")
    chosen_id = _option(request.id, "--id")
    name = _option(request.name, "--name")
    note = _option(request.note, "--note")
    given = parse_published(request.published)
    published = given.day

    if not seeds.is_dir():
        raise CheckerError(Message("seeds-add-no-folder", folder=seeds_shown))
    if not source.exists():
        raise CheckerError(Message("seeds-add-no-file"), file=shown)
    if not source.is_file():
        raise CheckerError(Message("seeds-add-not-a-file"), file=shown)
    if chosen_id is not None and not ID_PATTERN.match(chosen_id):
        raise CheckerError(Message("seeds-add-bad-id", id=chosen_id), file=shown)

    name = name if name is not None else source.name
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise CheckerError(Message("seeds-add-name-undecodable"), file=shown)
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        raise CheckerError(Message("seeds-add-name-not-plain", name=name, folder=seeds_shown), file=shown)
    if name == MANIFEST:
        raise CheckerError(Message("seeds-add-name-manifest", manifest=MANIFEST), file=shown)

    try:
        raw = source.read_bytes()
    except OSError as error:
        raise CheckerError(Message("file-unreadable", reason=os_reason(error)), file=shown) from None
    try:
        decoded = decode_release(raw)
    except Undecodable as error:
        raise CheckerError(error.message, file=shown) from None
    text, crlf, cr = to_lf(decoded.text)
    if not text.strip():
        raise CheckerError(Message("seeds-add-blank"), file=shown)
    stored = text.encode("utf-8")
    sha = hashlib.sha256(stored).hexdigest()

    manifest_path = seeds / MANIFEST
    manifest_shown = f"{seeds_shown}/{MANIFEST}"
    old_manifest, entries = _read_manifest(manifest_path, manifest_shown)
    ids = {str(entry.get("id")): entry for entry in entries}
    for existing in entries:
        if str(existing.get("sha256", "")) == sha:
            also = "" if existing.get("file") == name else Message("seeds-add-file-named", file=existing.get("file"))
            raise CheckerError(Message("seeds-add-already", id=existing.get("id"), also=also), file=shown)
    for existing in entries:
        if existing.get("file") == name:
            missing = "" if (seeds / name).is_file() else Message("seeds-add-listed-missing", folder=seeds_shown)
            raise CheckerError(Message("seeds-add-listed", path=f"{seeds_shown}/{name}", manifest=MANIFEST,
                                       id=existing.get("id"), missing=missing), file=shown)

    dest = seeds / name
    write_dest = True
    previous_dest: Optional[bytes] = None
    if dest.exists():
        if not dest.is_file():
            raise CheckerError(Message("seeds-add-dest-not-file", path=f"{seeds_shown}/{name}"), file=shown)
        previous_dest = dest.read_bytes()
        if previous_dest == stored:
            write_dest = False  # the unlisted copy already in seeds/ is this release
        elif not (_same_file(source, dest) or _same_text(previous_dest, text)):
            raise CheckerError(Message("seeds-add-dest-differs", path=f"{seeds_shown}/{name}", folder=seeds_shown),
                               file=shown)

    lines: list[Message] = []
    warnings: list[Message] = []
    if chosen_id is not None:
        if chosen_id in ids:
            raise CheckerError(Message("seeds-add-id-taken", id=chosen_id, file=ids[chosen_id].get("file")),
                               file=shown)
        release_id = chosen_id
    else:
        base = default_id(Path(name).stem, given)
        release_id, n = base, 1
        while release_id in ids:
            n += 1
            release_id = f"{base}-{n}"
        lines.append(Message("seeds-add-id-made", id=release_id,
                             taken="" if release_id == base else Message("seeds-add-id-was-taken", base=base)))
    if title is None:
        guess = guess_title(text)
        if guess is None:
            raise CheckerError(Message("seeds-add-no-title"), file=shown)
        title = guess.value
        lines.append(Message("seeds-add-title-guessed", line=guess.line, title=title))
    if publisher is None:
        found = guess_publisher(text)
        if found is None:
            raise CheckerError(Message("seeds-add-no-publisher"), file=shown)
        publisher = found.value
        lines.append(Message("seeds-add-publisher-guessed", line=found.line, label=found.label, publisher=publisher))
    stated = stated_date(text)
    if stated is not None and given.month_only and given.earliest <= stated[1] <= published:
        warnings.append(Message("seeds-add-date-stated-in-month", said=stated[0].value, line=stated[0].line,
                                day=stated[1]))
    elif stated is not None and stated[1] != published:
        warnings.append(Message("seeds-add-date-differs", said=stated[0].value, line=stated[0].line,
                                published=given.shown))
    if given.earliest > date.today():
        warnings.append(Message("seeds-add-date-future", published=given.shown))
    if given.month_only:
        from checker.locale import words as words_of

        say = request.words or words_of("en")
        said = say.message(Message("seeds-add-month-note", month=given.shown, day=published))
        note = said if note is None else say.message(Message("seeds-add-month-then-note", month=said, note=note))
        lines.append(Message("seeds-add-published-month", month=given.shown, day=published))
    if note is not None:
        lines.append(Message("seeds-add-note-recorded", note=note))

    entry: dict[str, Any] = {"id": release_id, "file": name, "title": title, "publisher": publisher,
                             "region": region, "published": published, "url": url, "sha256": sha,
                             "encoding": decoded.encoding, "note": note}
    try:
        release = Release.model_validate(entry)
    except ValidationError as error:
        detail = "; ".join(f"{'.'.join(map(str, item['loc']))}: {item['msg']}" for item in error.errors())
        raise CheckerError(Message("seeds-add-entry-invalid", detail=detail), file=shown) from None

    old_text = old_manifest.decode("utf-8-sig") if old_manifest is not None else "releases:\n"
    base_bytes = old_manifest if old_manifest is not None else b"releases:\n"
    if not entries and _EMPTY_LIST.search(old_text):
        old_text = _EMPTY_LIST.sub(lambda m: "releases:" + (f"  {m.group(1)}" if m.group(1) else ""), old_text, count=1)
        base_bytes = (b"\xef\xbb\xbf" if base_bytes.startswith(b"\xef\xbb\xbf") else b"") + old_text.encode("utf-8")
    indent = item_indent(old_text)
    joiner = b"" if base_bytes.endswith(b"\n") else b"\n"
    appended = entry_text(entry, indent)
    new_manifest = base_bytes + joiner + appended.encode("utf-8")
    first_line = (base_bytes + joiner).count(b"\n") + 1

    try:
        _check_before(new_manifest, entries, entry, manifest_path, manifest_shown)
        problems_before = _problems(seeds, seeds_shown)
        _commit(seeds, dest if write_dest else None, stored, previous_dest, manifest_path, new_manifest,
                old_manifest, release, text, problems_before, seeds_shown, shown)
    except OSError as error:
        raise CheckerError(Message("seeds-add-cannot-write", folder=seeds_shown, reason=os_reason(error)),
                           file=shown) from None

    conversion = (Message("seeds-add-utf8-unchanged") if decoded.encoding == "utf-8"
                  else Message("seeds-add-converted", encoding=decoded.encoding))
    if decoded.encoding == "utf-8" and (crlf or cr):
        conversion = Message("seeds-add-utf8")
    where = f"{seeds_shown}/{name}"
    if not write_dest:
        conversion = Message("seeds-add-copy-there", conversion=conversion)
    elif previous_dest is not None:
        conversion = Message("seeds-add-copy-replaced", conversion=conversion)
    lines.insert(0, Message("seeds-add-added", path=where, conversion=conversion, size=len(stored), id=release_id))
    if crlf or cr:
        endings = ", ".join(part for part in (f"{crlf} CRLF" if crlf else "", f"{cr} CR" if cr else "") if part)
        lines.insert(1, Message("seeds-add-line-endings", endings=endings))
    lines.append(Message("seeds-add-appended", manifest=manifest_shown, line=first_line, sha=sha[:12]))
    return Added(release, dest, lines, warnings)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _same_text(raw: bytes, text: str) -> bool:
    """An unlisted file in seeds/ that holds this release's text in another encoding."""
    try:
        return to_lf(decode_release(raw).text)[0] == text
    except Undecodable:
        return False


def _check_before(new_manifest: bytes, entries: list[dict[str, Any]], entry: dict[str, Any], manifest_path: Path,
                  display: str) -> None:
    """Read the new manifest text (not yet written) and make sure it is the old entries plus this one."""
    from checker.inputs.yamlfile import load_yaml

    handle, temporary = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".check", dir=manifest_path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(new_manifest)
        data = load_yaml(Path(temporary), display, grows=True).data
    finally:
        Path(temporary).unlink(missing_ok=True)
    expected = {key: (value.isoformat() if isinstance(value, date) else value)
                for key, value in entry.items() if value is not None}
    got = data.get("releases") if isinstance(data, dict) else None
    old_entries = [e for e in got[:-1] if isinstance(e, dict)] if isinstance(got, list) else None
    if not isinstance(got, list) or not got or old_entries != entries or got[-1] != expected:
        raise CheckerError(Message("seeds-add-read-back", manifest=MANIFEST), file=display)


def _commit(seeds: Path, dest: Optional[Path], stored: bytes, previous_dest: Optional[bytes], manifest_path: Path,
            new_manifest: bytes, old_manifest: Optional[bytes], release: Release, text: str,
            problems_before: Optional[set[str]], seeds_shown: str, shown: str) -> None:
    """Write the copy, then the manifest; read the folder back; on any failure put both back."""
    from checker.inputs.releases import load_corpus

    manifest_mode = manifest_path.stat().st_mode & 0o7777 if manifest_path.exists() else default_mode()
    dest_mode = (dest.stat().st_mode & 0o7777) if dest is not None and dest.exists() else default_mode()
    wrote_dest = wrote_manifest = False
    try:
        if dest is not None:
            replace_file(dest, stored, dest_mode)
            wrote_dest = True
        replace_file(manifest_path, new_manifest, manifest_mode)
        wrote_manifest = True
        corpus = load_corpus(seeds, seeds_shown)
        found = corpus.releases.get(release.id)
        new_problems = [p for p in corpus.diagnostics if repr(p) not in (problems_before or set())]
        if found is None or found.text != text or found.release != release or new_problems:
            why = tuple(p.message for p in new_problems) or Message("seeds-add-not-read-back")
            raise CheckerError(Message("seeds-add-did-not-check-out", folder=seeds_shown, why=why), file=shown)
    except BaseException:
        if wrote_manifest:
            if old_manifest is None:
                manifest_path.unlink(missing_ok=True)
            else:
                replace_file(manifest_path, old_manifest, manifest_mode)
        if wrote_dest and dest is not None:
            if previous_dest is None:
                dest.unlink(missing_ok=True)
            else:
                replace_file(dest, previous_dest, dest_mode)
        raise
