"""Adding a release to seeds/: `checker seeds add`.

The file is read in whatever encoding it came in (UTF-8, UTF-8 with BOM, GB18030/GBK,
UTF-16 with or without BOM), stored as UTF-8 with LF line endings under its own name,
and an entry is appended to seeds/releases.yaml as text, so that the comments and the
formatting of the manifest survive byte for byte. Both files are written atomically and
the manifest is read back with `load_corpus`; if anything fails, both are put back as
they were.

Encoding detection needs no library: BOMs first; then NUL bytes, which only UTF-16 text
has (ASCII and line breaks in UTF-16 carry a zero byte); then strict UTF-8; then UTF-16
without any zero byte (all-CJK text), accepted only where its characters are plausible
Chinese text and more plausible than the GB18030 reading of the same bytes; then strict
GB18030 (a superset of GBK and GB2312).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from checker.errors import CheckerError
from checker.models import Release
from checker.output import default_mode, replace_file

MANIFEST = "releases.yaml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE_MIN, TITLE_MAX = 8, 60
TITLE_SEARCH_LINES = 50  # a title is near the top
_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # not in text files (NUL is handled apart)
_MAGIC = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word/Excel (.doc/.xls)"), (b"\x89PNG", "PNG image"),
          (b"\xff\xd8\xff", "JPEG image"), (b"\x1f\x8b", "gzip archive"))
PLAUSIBLE = 0.9  # share of plausible characters a BOM-less UTF-16 reading needs


class Undecodable(ValueError):
    """The bytes are not text in any encoding the checker takes."""


# --- encodings -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, gb18030, utf-16-le, utf-16-be, utf-16 (with BOM)


def _plausible(ch: str) -> bool:
    """A character Chinese release text is made of (for telling UTF-16 from GB18030)."""
    code = ord(ch)
    return (
        0x20 <= code <= 0x7E or ch in "\t\n\r\f"
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF01 <= code <= 0xFF5E  # full-width forms
        or 0x2010 <= code <= 0x206F  # general punctuation (“” ‘’ — …)
        or 0x2460 <= code <= 0x24FF  # circled numbers
        or 0x25A0 <= code <= 0x25FF  # □ ■ ○ ●
        or 0xA0 <= code <= 0xFF  # Latin-1 (·, ×, °)
        or 0x2160 <= code <= 0x217F  # Roman numerals
    )


def _common(ch: str) -> bool:
    """ASCII or a GB2312 character: what most simplified-Chinese text consists of."""
    if ch < "\x80":
        return _plausible(ch)
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _score(text: str) -> tuple[float, float]:
    if not text:
        return (0.0, 0.0)
    return (sum(map(_plausible, text)) / len(text), sum(map(_common, text)) / len(text))


def _try(raw: bytes, encoding: str) -> Optional[str]:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_release(raw: bytes) -> Decoded:
    """The text of a release file and the encoding it was in; Undecodable if it is none."""
    if not raw:
        raise Undecodable("the file is empty")
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise Undecodable(f"the file is a {kind}, not a text file; extract its text into a .txt file "
                              "(UTF-8) and add that")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise Undecodable("the file is UTF-32 text, which the checker does not take; save it as UTF-8 and add it again")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _checked(raw, "utf-8-sig", "it starts with a UTF-8 byte order mark")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(raw, "utf-16", "it starts with a UTF-16 byte order mark")
    if b"\x00" in raw:
        return _utf16_with_zero_bytes(raw)
    text = _try(raw, "utf-8")
    if text is not None and not _CONTROL.search(text):
        return Decoded(text, "utf-8")
    # not UTF-8, or UTF-8 only by accident: control characters are what BOM-less UTF-16
    # whose characters all lie in U+0100..U+7FFF looks like when read as UTF-8 (作 = 5C 4F)
    gb = _try(raw, "gb18030")
    if gb is not None and _CONTROL.search(gb):
        gb = None
    if len(raw) % 2 == 0:
        best = None
        for encoding in ("utf-16-le", "utf-16-be"):
            candidate = _try(raw, encoding)
            if candidate is None or "\x00" in candidate:
                continue
            score = _score(candidate)
            if score[0] >= PLAUSIBLE and (best is None or score > best[0]):
                best = (score, encoding, candidate)
        # ties go to GB18030: BOM-less UTF-16 without a single line break or ASCII
        # character is the rarer of the two
        if best is not None and (gb is None or best[0] > _score(gb)):
            return Decoded(best[2], best[1])
    if gb is not None:
        return Decoded(gb, "gb18030")
    if text is not None:
        return Decoded(text, "utf-8")  # control characters and all: better than nothing
    raise Undecodable("the bytes are not text in UTF-8, GB18030/GBK or UTF-16; open the file in an editor "
                      "and save it as UTF-8, then add it again")


def _checked(raw: bytes, encoding: str, why: str) -> Decoded:
    text = _try(raw, encoding)
    if text is None:
        raise Undecodable(f"{why} but is not valid {encoding.upper().replace('-SIG', '')} after it; "
                          "the file is damaged: save it again as UTF-8 and add it again")
    if "\x00" in text:
        raise Undecodable("the file holds NUL characters, so it is not a text file (a PDF or Word file?); "
                          "extract its text into a .txt file and add that")
    return Decoded(text, encoding)


def _utf16_with_zero_bytes(raw: bytes) -> Decoded:
    """Text with NUL bytes is UTF-16 or not text. ASCII and line breaks put their zero byte
    second (LE) or first (BE), but so do CJK characters such as 一 (U+4E00), so both byte
    orders are read and the more plausible reading wins; the zero-byte pattern breaks ties."""
    if len(raw) % 2 == 0:
        zeros_le, zeros_be = raw[1::2].count(0), raw[0::2].count(0)
        readings = []
        for encoding, zeros in (("utf-16-le", zeros_le), ("utf-16-be", zeros_be)):
            text = _try(raw, encoding)
            if text is not None and "\x00" not in text:
                score = _score(text)
                if score[0] >= PLAUSIBLE:
                    readings.append((score, zeros, encoding, text))
        if readings:
            best = max(readings, key=lambda reading: reading[:2])
            return Decoded(best[3], best[2])
    raise Undecodable("the file holds NUL bytes and is not UTF-16 text, so it is not a text file (a PDF or "
                      "Word file?); extract its text into a .txt file and add that")


def to_lf(text: str) -> tuple[str, int, int]:
    """Text with LF line endings, and how many CRLF and lone CR there were."""
    crlf = text.count("\r\n")
    text = text.replace("\r\n", "\n")
    cr = text.count("\r")
    return text.replace("\r", "\n"), crlf, cr


# --- guesses from the text -----------------------------------------------------------------

PUBLISHER_LABELS = ("发布机构", "发布单位", "发布部门", "发文机关", "信息来源", "文章来源", "稿件来源", "来源")
DATE_LABELS = ("发布日期", "发布时间", "发文日期", "成文日期")
_PUBLISHER = re.compile(r"(" + "|".join(PUBLISHER_LABELS) + r")\s*:\s*([^\s|丨,，;；:]{2,40})")
_STATED_DATE = re.compile(r"(" + "|".join(DATE_LABELS) + r")\s*:\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_BARE_DATE = re.compile(r"^[\d\s年月日号时分秒:/.\-—()星期一二三四五六日天]+$")
_TITLE_LABEL = re.compile(r"^(?:标题|题目|文章标题)\s*:")
_METADATA = re.compile(r"(" + "|".join(PUBLISHER_LABELS + DATE_LABELS) + r"|作者|编辑|记者|责任编辑)\s*:|记者|本报讯")


@dataclass(frozen=True)
class Guess:
    line: int
    value: str
    label: str = ""


def _lines(text: str) -> list[tuple[int, str]]:
    return [(number, unicodedata.normalize("NFKC", line).strip())
            for number, line in enumerate(text.split("\n"), start=1)]


def guess_title(text: str) -> Optional[Guess]:
    """The first non-empty line near the top that reads like a headline."""
    seen = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > TITLE_SEARCH_LINES:
            break
        folded = unicodedata.normalize("NFKC", stripped)
        if _TITLE_LABEL.match(folded):  # 标题：X is the title X
            stripped = re.split("[:：]", stripped, maxsplit=1)[1].strip()
            folded = unicodedata.normalize("NFKC", stripped)
        if not TITLE_MIN <= len(stripped) <= TITLE_MAX or _BARE_DATE.match(folded) or _METADATA.search(folded):
            continue
        if not any(ch.isalpha() for ch in stripped):
            continue
        return Guess(number, " ".join(stripped.split()))
    return None


def guess_publisher(text: str) -> Optional[Guess]:
    for number, line in _lines(text):
        match = _PUBLISHER.search(line)
        if match:
            value = match.group(2).strip("()[]【】<>《》\"'“”")
            if len(value) >= 2:
                return Guess(number, value, match.group(1))
    return None


def stated_date(text: str) -> Optional[tuple[Guess, date]]:
    for number, line in _lines(text):
        match = _STATED_DATE.search(line)
        if match:
            try:
                day = date(int(match.group(2)), int(match.group(3)), int(match.group(4)))
            except ValueError:
                continue
            return Guess(number, match.group(0), match.group(1)), day
    return None


def default_id(stem: str, published: date) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return f"{base}-{published.isoformat()}" if base else f"release-{published.isoformat()}"


def parse_published(value: str) -> date:
    """--published: exactly YYYY-MM-DD (Python also takes 20250201 and week dates; the manifest does not)."""
    value = value.strip()
    try:
        if not ISO_DATE.match(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise CheckerError(f"--published {value!r} is not a date; write YYYY-MM-DD") from None


# --- YAML text -----------------------------------------------------------------------------

_YAML_PRINTABLE = re.compile("^[\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")
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


_RELEASES_KEY = re.compile(r"^releases[ \t]*:[ \t]*(#.*)?$")
_ITEM = re.compile(r"^( *)-( |$)")


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
    raise CheckerError(f"cannot append to {MANIFEST}: its `releases:` list is not a block list of `- id: ...` "
                       "entries at the top level; add the entry by hand")


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


@dataclass
class Added:
    release: Release
    stored: Path
    lines: list[str] = field(default_factory=list)  # what was done and guessed, for stdout
    warnings: list[str] = field(default_factory=list)


def _option(value: Optional[str], option: str) -> Optional[str]:
    if value is None:
        return None
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise CheckerError(f"{option} is not valid text (undecodable bytes); write it in UTF-8")
    value = value.strip()
    if not value:
        raise CheckerError(f"{option} is empty; give a value or leave the option out")
    return value


def _read_manifest(path: Path, display: str) -> tuple[Optional[bytes], list[dict[str, Any]]]:
    from checker.loading import load_yaml

    if not path.exists():
        return None, []
    raw = path.read_bytes()
    document = load_yaml(path, display)
    data = document.data
    if not isinstance(data, dict) or "releases" not in data or not isinstance(data["releases"], (list, type(None))):
        raise CheckerError("the manifest must be a mapping with the key `releases:` holding a list of releases; "
                           "fix it before adding a release", file=display)
    extra = [key for key in data if key != "releases"]
    if extra:
        raise CheckerError(f"unknown key `{extra[0]}`: the manifest holds only `releases:`; fix it first", file=display)
    entries = [entry for entry in (data["releases"] or []) if isinstance(entry, dict)]
    return raw, entries


def _problems(seeds: Path, display: str) -> Optional[set[str]]:
    from checker.corpus import load_corpus

    try:
        return {str(problem) for problem in load_corpus(seeds, display).problems}
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
    published = parse_published(request.published)

    if not seeds.is_dir():
        raise CheckerError(f"the releases folder {seeds_shown} does not exist; create it or pass --seeds DIR")
    if not source.exists():
        raise CheckerError("no such file", file=shown)
    if not source.is_file():
        raise CheckerError("is not a file; give the path of a release text file", file=shown)
    if chosen_id is not None and not ID_PATTERN.match(chosen_id):
        raise CheckerError(f"--id {chosen_id!r} is not an id: use lower-case letters, digits and single hyphens "
                           "(e.g. xinxiang-2025-02-01)", file=shown)

    name = name if name is not None else source.name
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise CheckerError("the file name is not valid UTF-8 (a GBK file name?); rename the file or pass --name",
                           file=shown)
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        raise CheckerError(f"{name!r} cannot be stored in {seeds_shown}: a release is stored as a plain file name "
                           "that does not start with '.'; rename the file or pass --name", file=shown)
    if name == MANIFEST:
        raise CheckerError(f"a release cannot be called {MANIFEST} (that is the manifest); rename the file or "
                           "pass --name", file=shown)

    try:
        raw = source.read_bytes()
    except OSError as error:
        raise CheckerError(f"cannot read the file: {error.strerror}", file=shown) from None
    try:
        decoded = decode_release(raw)
    except Undecodable as error:
        raise CheckerError(str(error), file=shown) from None
    text, crlf, cr = to_lf(decoded.text)
    if not text.strip():
        raise CheckerError("the file holds no text (only blanks); check that it is the right file", file=shown)
    stored = text.encode("utf-8")
    sha = hashlib.sha256(stored).hexdigest()

    manifest_path = seeds / MANIFEST
    manifest_shown = f"{seeds_shown}/{MANIFEST}"
    old_manifest, entries = _read_manifest(manifest_path, manifest_shown)
    ids = {str(entry.get("id")): entry for entry in entries}
    for existing in entries:
        if str(existing.get("sha256", "")) == sha:
            also = "" if existing.get("file") == name else f" (file {existing.get('file')})"
            raise CheckerError(f"already registered as {existing.get('id')}{also}; nothing to do", file=shown)
    for existing in entries:
        if existing.get("file") == name:
            missing = "" if (seeds / name).is_file() else f" (its file is missing from {seeds_shown})"
            raise CheckerError(f"{seeds_shown}/{name} is already listed in {MANIFEST} as release {existing.get('id')} "
                               f"with different content{missing}; a release is never overwritten: rename the file "
                               "or pass a different name with --name", file=shown)

    dest = seeds / name
    write_dest = True
    previous_dest: Optional[bytes] = None
    if dest.exists():
        if not dest.is_file():
            raise CheckerError(f"{seeds_shown}/{name} exists and is not a file; rename the file or pass --name",
                               file=shown)
        previous_dest = dest.read_bytes()
        if previous_dest == stored:
            write_dest = False  # the unlisted copy already in seeds/ is this release
        elif not (_same_file(source, dest) or _same_text(previous_dest, text)):
            raise CheckerError(f"{seeds_shown}/{name} already exists and is a different file; a file in "
                               f"{seeds_shown} is never overwritten: rename the file or pass a different name "
                               "with --name", file=shown)

    lines: list[str] = []
    warnings: list[str] = []
    if chosen_id is not None:
        if chosen_id in ids:
            raise CheckerError(f"release id {chosen_id} already exists (file {ids[chosen_id].get('file')}); "
                               "choose another --id", file=shown)
        release_id = chosen_id
    else:
        base = default_id(Path(name).stem, published)
        release_id, n = base, 1
        while release_id in ids:
            n += 1
            release_id = f"{base}-{n}"
        lines.append(f"id {release_id} made from the file name and --published"
                     + ("" if release_id == base else f" ({base} was taken)") + "; pass --id to choose another")
    if title is None:
        guess = guess_title(text)
        if guess is None:
            raise CheckerError("cannot guess a title (no line near the top reads like a headline); pass --title",
                               file=shown)
        title = guess.value
        lines.append(f"title guessed from line {guess.line}: {title}; pass --title if it is wrong")
    if publisher is None:
        found = guess_publisher(text)
        if found is None:
            raise CheckerError("cannot guess the publisher (no 发布机构: or 来源: line in the text); pass --publisher",
                               file=shown)
        publisher = found.value
        lines.append(f"publisher guessed from line {found.line} ({found.label}): {publisher}; "
                     "pass --publisher if it is wrong")
    stated = stated_date(text)
    if stated is not None and stated[1] != published:
        warnings.append(f"the text says {stated[0].value} (line {stated[0].line}) but --published is "
                        f"{published.isoformat()}; check the date")
    if published > date.today():
        warnings.append(f"--published {published.isoformat()} is in the future; check the date")

    entry: dict[str, Any] = {"id": release_id, "file": name, "title": title, "publisher": publisher,
                             "region": region, "published": published, "url": url, "sha256": sha,
                             "encoding": decoded.encoding}
    try:
        release = Release.model_validate(entry)
    except ValidationError as error:
        detail = "; ".join(f"{'.'.join(map(str, item['loc']))}: {item['msg']}" for item in error.errors())
        raise CheckerError(f"the entry would not be valid ({detail})", file=shown) from None

    old_text = old_manifest.decode("utf-8-sig") if old_manifest is not None else "releases:\n"
    indent = item_indent(old_text)
    base_bytes = old_manifest if old_manifest is not None else b"releases:\n"
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
        raise CheckerError(f"cannot write to {seeds_shown}: {error.strerror or error}; nothing was changed",
                           file=shown) from None

    conversion = ("UTF-8, unchanged" if decoded.encoding == "utf-8"
                  else f"converted from {decoded.encoding} to UTF-8")
    if decoded.encoding == "utf-8" and (crlf or cr):
        conversion = "UTF-8"
    where = f"{seeds_shown}/{name}"
    if not write_dest:
        conversion = f"the unlisted copy already there, {conversion}"
    elif previous_dest is not None:
        conversion = f"replacing the unlisted copy of the same text, {conversion}"
    lines.insert(0, f"added {where} ({conversion}, {len(stored)} bytes) as release {release_id}")
    if crlf or cr:
        endings = ", ".join(part for part in (f"{crlf} CRLF" if crlf else "", f"{cr} CR" if cr else "") if part)
        lines.insert(1, f"line endings: {endings} changed to LF")
    lines.append(f"appended the entry to {manifest_shown} at line {first_line}; sha256 {sha[:12]}…")
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
    from checker.loading import load_yaml

    handle, temporary = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".check", dir=manifest_path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(new_manifest)
        data = load_yaml(Path(temporary), display).data
    finally:
        Path(temporary).unlink(missing_ok=True)
    expected = {key: (value.isoformat() if isinstance(value, date) else value)
                for key, value in entry.items() if value is not None}
    got = data.get("releases") if isinstance(data, dict) else None
    old_entries = [e for e in got[:-1] if isinstance(e, dict)] if isinstance(got, list) else None
    if not isinstance(got, list) or not got or old_entries != entries or got[-1] != expected:
        raise CheckerError(f"appending to {MANIFEST} would not read back as the old entries plus the new one "
                           "(is the end of the file unusual?); add the entry by hand", file=display)


def _commit(seeds: Path, dest: Optional[Path], stored: bytes, previous_dest: Optional[bytes], manifest_path: Path,
            new_manifest: bytes, old_manifest: Optional[bytes], release: Release, text: str,
            problems_before: Optional[set[str]], seeds_shown: str, shown: str) -> None:
    """Write the copy, then the manifest; read the folder back; on any failure put both back."""
    from checker.corpus import load_corpus

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
        new_problems = sorted({str(p) for p in corpus.problems} - (problems_before or set()))
        if found is None or found.text != text or found.release != release or new_problems:
            why = "; ".join(new_problems) or "the new release did not read back"
            raise CheckerError(f"after writing, {seeds_shown} did not check out ({why}); both files were put back "
                               "as they were: report this", file=shown)
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
