"""`checker seeds add`: releases in every encoding stored as UTF-8, the manifest appended to
byte for byte, guesses reported, and every refusal leaving seeds/ exactly as it was.

All runs go through the real command (typer's CliRunner) on a copy of the real seeds/."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import typer
import yaml
from conftest import SEEDS
from typer.testing import CliRunner

import checker.inputs.releases
import checker.seeds.registering
from checker.cli.seeds import seeds_app
from checker.diagnostics import Diagnostic, Position
from checker.inputs.releases import load_corpus
from checker.messages import Message
from checker.seeds.encodings import Undecodable, decode_release
from checker.seeds.registering import yaml_scalar

app = typer.Typer()


@app.callback()
def _root() -> None:
    """Test root."""


app.add_typer(seeds_app, name="seeds")
runner = CliRunner()

SAMPLE = "".join((SEEDS / "001_211da1db43f6adac.txt").read_text(encoding="utf-8").splitlines(keepends=True)[:40])
QUOTE = "实现新增城镇就业8.8万人"  # in the first 40 lines of seed 001
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden ones (temporary files) included."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def add(seeds: Path, file: Path, *args: str, published: str = "2024-01-22", region: str = "新乡市"):
    return runner.invoke(app, ["seeds", "add", str(file), "--region", region, "--published", published,
                               "--seeds", str(seeds), *args], catch_exceptions=False)


def problems(seeds: Path) -> list[str]:
    return [str(problem) for problem in load_corpus(seeds).diagnostics]


def test_the_real_seeds_are_clean():
    assert problems(SEEDS) == []


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_release_in_each_encoding_is_stored_as_utf8(seeds: Path, inbox: Path, encoding: str):
    source = inbox / f"sample_{encoding}.txt"
    source.write_bytes(SAMPLE.encode(encoding))
    manifest_before = (seeds / "releases.yaml").read_bytes()

    result = add(seeds, source, "--publisher", "新乡市人民政府新闻办公室")

    assert result.exit_code == 0, result.stderr
    stored = (seeds / source.name).read_bytes()
    assert stored == SAMPLE.encode("utf-8")  # UTF-8, no BOM, the text unchanged
    manifest_after = (seeds / "releases.yaml").read_bytes()
    assert manifest_after.startswith(manifest_before) and len(manifest_after) > len(manifest_before)
    assert problems(seeds) == []
    release_id = f"sample-{encoding}-2024-01-22"
    release = load_corpus(seeds).get(release_id)
    assert release is not None and release.find(QUOTE) is not None
    assert release.release.encoding == encoding
    assert release.release.sha256 == hashlib.sha256(stored).hexdigest()
    assert release.release.file == source.name and release.release.region == "新乡市"
    first = result.stdout.splitlines()[0]
    converted = "UTF-8, unchanged" if encoding == "utf-8" else f"converted from {encoding} to UTF-8"
    assert first == f"added {seeds}/{source.name} ({converted}, {len(stored)} bytes) as release {release_id}"
    assert "title guessed from line 3: 新乡市2023年重点民生实事系列新闻发布会" in result.stdout
    assert f"sha256 {hashlib.sha256(stored).hexdigest()[:12]}" in result.stdout


@pytest.mark.parametrize("encoding", ("utf-16-le", "utf-16-be"))
def test_utf16_without_a_single_zero_byte(seeds: Path, inbox: Path, encoding: str):
    # all-CJK text (no ASCII, no line break) has no zero byte in UTF-16
    text = "".join(ch for ch in SAMPLE if re.match(r"[\u4e00-\u9fff，。、“”]", ch) and ord(ch) % 256)[:400]
    raw = text.encode(encoding)
    assert b"\x00" not in raw
    assert decode_release(raw).encoding == encoding
    assert decode_release(text.encode("gb18030")).encoding == "gb18030"  # and GB18030 is not taken for UTF-16
    source = inbox / "cjk.txt"
    source.write_bytes(raw)
    result = add(seeds, source, "--title", "全中文", "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "cjk.txt").read_text(encoding="utf-8") == text


def test_detection_of_each_seed_line_in_each_encoding():
    lines = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n") if len(line.strip()) >= 12][:300]
    for line in lines:
        for encoding in ENCODINGS:
            decoded = decode_release(line.encode(encoding))
            assert (decoded.encoding, decoded.text) == (encoding, line), line


def test_crlf_and_cr_become_lf_and_are_reported(seeds: Path, inbox: Path):
    source = inbox / "crlf.txt"
    source.write_bytes(SAMPLE.replace("\n", "\r\n").encode("gb18030") + "末行\r".encode("gb18030"))
    result = add(seeds, source, "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "crlf.txt").read_bytes() == (SAMPLE + "末行\n").encode("utf-8")
    assert f"line endings: {SAMPLE.count(chr(10))} CRLF, 1 CR changed to LF" in result.stdout
    assert problems(seeds) == []


def test_title_publisher_and_date_guessed_from_the_text(seeds: Path, inbox: Path):
    source = inbox / "Jincheng Edu.txt"
    source.write_bytes((SEEDS / "004_7e88397556dc7ec5.txt").read_bytes() + "附言\n".encode())  # not the seed's bytes
    result = add(seeds, source, published="2021-09-21", region="晋城市")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "id jincheng-edu-2021-09-21 made from the file name and --published" in out
    assert "title guessed from line 7: 晋城市“全面建成小康社会”教育专场新闻发布会举行" in out
    assert "publisher guessed from line 9 (发布机构): 晋城市教育局" in out
    assert "the text says 发布日期: 2021-09-20 (line 9) but --published is 2021-09-21" in result.stderr
    release = load_corpus(seeds).get("jincheng-edu-2021-09-21")
    assert release is not None
    assert release.release.title == "晋城市“全面建成小康社会”教育专场新闻发布会举行"
    assert release.release.publisher == "晋城市教育局"


def test_labels_in_traditional_script_are_read(seeds: Path, inbox: Path):
    import opencc

    text = (SEEDS / "004_7e88397556dc7ec5.txt").read_text(encoding="utf-8")
    source = inbox / "jincheng-tw.txt"
    source.write_text(opencc.OpenCC("s2tw").convert(text), encoding="utf-8")  # 發佈機構：晉城市教育局
    result = add(seeds, source, published="2021-09-21", region="晋城市")
    assert result.exit_code == 0, result.stderr
    assert "publisher guessed from line 9 (發佈機構): 晉城市教育局" in result.stdout  # as written
    assert "the text says 發佈日期: 2021-09-20 (line 9) but --published is 2021-09-21" in result.stderr
    release = load_corpus(seeds).get("jincheng-tw-2021-09-21")
    assert release is not None and release.release.publisher == "晉城市教育局"


def test_awkward_strings_round_trip_through_the_manifest(seeds: Path, inbox: Path):
    source = inbox / "awk.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    title = '- "标题": a #b \'c\' \\ {x} & *y'
    publisher = "@局: 2024"
    url = "https://example.org/a?b=1#frag"
    result = add(seeds, source, "--title", title, "--publisher", publisher, "--url", url, "--id", "awk")
    assert result.exit_code == 0, result.stderr
    found = load_corpus(seeds).get("awk")
    assert found is not None
    release = found.release
    assert (release.title, release.publisher, release.url) == (title, publisher, url)
    assert problems(seeds) == []


@pytest.mark.parametrize("value", ["a: b", "a #b", '"q"', "- x", "yes", "2024", "1e3", "null", "~", "x:", "[a]",
                                   "line\nbreak", "\x85", "\u2028", "\ufeffx", "\x7f", "标题：说明", "it's", "%x"])
def test_yaml_scalar_reads_back_as_the_same_string(value: str):
    assert yaml.safe_load(f"k: {yaml_scalar(value)}\n") == {"k": value}


def test_default_id_taken_gets_a_suffix(seeds: Path, inbox: Path):
    for number, text in enumerate(("一", "二")):
        folder = inbox / str(number)
        folder.mkdir()
        source = folder / ("新闻.txt" if number == 0 else "通知.txt")
        source.write_text(SAMPLE + text, encoding="utf-8")
        result = add(seeds, source, "--publisher", "某局")
        assert result.exit_code == 0, result.stderr
    corpus = load_corpus(seeds)
    assert corpus.get("release-2024-01-22") and corpus.get("release-2024-01-22-2")
    assert "(release-2024-01-22 was taken)" in result.stdout


def test_an_unlisted_copy_already_in_seeds_is_registered(seeds: Path):
    (seeds / "orphan.txt").write_text(SAMPLE, encoding="utf-8")
    assert any("orphan.txt: warning: this file is not listed" in p for p in problems(seeds))
    result = add(seeds, seeds / "orphan.txt", "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert "the unlisted copy already there" in result.stdout
    assert problems(seeds) == []


def test_an_unlisted_gbk_file_in_seeds_is_converted_in_place(seeds: Path):
    (seeds / "gbk.txt").write_bytes(SAMPLE.encode("gbk"))
    result = add(seeds, seeds / "gbk.txt", "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "gbk.txt").read_bytes() == SAMPLE.encode("utf-8")
    assert problems(seeds) == []


@pytest.mark.parametrize("manifest", [
    "releases:\n",
    "# no trailing newline\nreleases:\n",
    "releases:\n- id: old\n  file: old.txt\n  title: t\n  publisher: p\n  region: r\n  published: 2020-01-01\n"
    "  sha256: {sha}\n# a closing comment",
])
def test_other_manifest_styles(tmp_path: Path, inbox: Path, manifest: str):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "old.txt").write_text("旧", encoding="utf-8")
    sha = hashlib.sha256("旧".encode()).hexdigest()
    if "old.txt" not in manifest:
        (seeds / "old.txt").unlink()
    raw = manifest.format(sha=sha).encode("utf-8").rstrip(b"\n") if "no trailing" in manifest else \
        manifest.format(sha=sha).encode("utf-8")
    (seeds / "releases.yaml").write_bytes(raw)
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "releases.yaml").read_bytes().startswith(raw)
    assert problems(seeds) == []
    assert load_corpus(seeds).get("new-2024-01-22") is not None


def test_a_missing_manifest_is_created(tmp_path: Path, inbox: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert problems(seeds) == [] and load_corpus(seeds).get("new-2024-01-22") is not None


@pytest.mark.parametrize("manifest, opened", [
    ("releases: []\n", "releases:\n"),
    ("# ours\nreleases: [ ]   # none yet\n", "# ours\nreleases:  # none yet\n"),
    ("releases: ~\n", "releases:\n"),
])
def test_an_empty_flow_list_becomes_a_block_list(tmp_path: Path, inbox: Path, manifest: str, opened: str):
    # `releases: []` is how a newcomer writes an empty manifest; the first release opens it up
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "releases.yaml").write_text(manifest, encoding="utf-8")
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "某局")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "releases.yaml").read_text(encoding="utf-8").startswith(opened + "  - id: new-2024-01-22\n")
    assert problems(seeds) == [] and load_corpus(seeds).get("new-2024-01-22") is not None


# --- refusals: exit 2, one `checker: FILE: message` line, seeds/ byte-identical -------------

REFUSALS = {
    "same name as a listed release": ("001_211da1db43f6adac.txt", SAMPLE.encode("utf-8"), [],
                                      "already listed in releases.yaml as release xinxiang-2024-01-22 with different "
                                      "content; a release is never overwritten: rename the file or pass a different "
                                      "name with --name"),
    "identical file again": ("copy.txt", (SEEDS / "001_211da1db43f6adac.txt").read_bytes(), [],
                             "already registered as xinxiang-2024-01-22"),
    "identical after conversion": ("001_211da1db43f6adac.txt",
                                   (SEEDS / "001_211da1db43f6adac.txt").read_text(encoding="utf-8").encode("gb18030"),
                                   [], "already registered as xinxiang-2024-01-22"),
    "duplicate id": ("new.txt", SAMPLE.encode("utf-8"), ["--id", "xinxiang-2024-01-22"],
                     "release id xinxiang-2024-01-22 already exists .*choose another --id"),
    "malformed id": ("new.txt", SAMPLE.encode("utf-8"), ["--id", "Bad_Id"], "is not an id"),
    "binary (NUL bytes)": ("bin.txt", b"\x00\x01\x02\x03\xfe\xfd" * 50 + b"\x07", [], "NUL bytes"),
    "binary (PDF)": ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", [], "is a PDF, not a text file"),
    "empty": ("empty.txt", b"", [], "the file is empty"),
    "only blanks": ("blank.txt", "  \r\n\u3000\n".encode("utf-8"), [], "holds no text"),
    "undecodable": ("bad.txt", b"\xff\xfa\xfb" * 33, [],
                    "not text in UTF-8, UTF-16, GB18030/GBK or Big5.*save it as UTF-8"),
    "ambiguous encoding": ("short.txt", "均衡布局".encode("gbk"), ["--publisher", "p", "--title", "t"],
                           "cannot tell the file's encoding with confidence: it reads as text in GB18030, BIG5.*"
                           "iconv -f GB18030 -t UTF-8"),
    "not Chinese in any encoding": ("jp.txt", "東京都は新しい学校を建設しました。".encode("shift_jis") * 3,
                                    ["--publisher", "p", "--title", "t"],
                                    "reads as text in GB18030, UTF-16BE, but in none of them as Chinese text"),
    "empty --note": ("new.txt", SAMPLE.encode("utf-8"), ["--publisher", "p", "--note", " "], "--note is empty"),
    "no publisher to guess": ("new.txt", SAMPLE.encode("utf-8"), [], "cannot guess the publisher.*--publisher"),
    "no title to guess": ("new.txt", "短\n来源: 某局\n".encode(), [], "cannot guess a title.*--title"),
    "the manifest's name": ("releases.yaml", SAMPLE.encode("utf-8"), ["--publisher", "p"], "that is the manifest"),
    "a hidden name": ("x.txt", SAMPLE.encode("utf-8"), ["--publisher", "p", "--name", ".x.txt"],
                      "does not start with '.'"),
    "empty --title": ("new.txt", SAMPLE.encode("utf-8"), ["--publisher", "p", "--title", " "], "--title is empty"),
}


def assert_refused(result, source: Path, pattern: str) -> None:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"checker: {source}: "), result.stderr
    assert re.search(pattern, lines[0]), lines[0]


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_refusals_leave_seeds_byte_identical(seeds: Path, inbox: Path, case: str):
    name, raw, args, pattern = REFUSALS[case]
    source = inbox / name
    source.write_bytes(raw)
    before = snapshot(seeds)
    result = add(seeds, source, *args)
    assert_refused(result, source, pattern)
    assert snapshot(seeds) == before


@pytest.mark.parametrize("published", ["2024/01/22", "20240122", "2024-02-30", "yesterday", "2024-1-2", "2024-13",
                                       "2024-00", "2024-1", "0000-01", "2024-01-", "2024-W03"])
def test_bad_date_is_refused(seeds: Path, inbox: Path, published: str):
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    before = snapshot(seeds)
    result = add(seeds, source, "--publisher", "p", published=published)
    assert_refused(result, source, "write YYYY-MM-DD")
    assert snapshot(seeds) == before


def test_same_name_as_an_unlisted_different_file_is_refused(seeds: Path, inbox: Path):
    (seeds / "new.txt").write_text("另一个文件", encoding="utf-8")
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    before = snapshot(seeds)
    result = add(seeds, source, "--publisher", "p")
    assert_refused(result, source, "new.txt already exists and is a different file; a file in .* is never "
                                   "overwritten: rename the file or pass a different name with --name")
    assert snapshot(seeds) == before
    result = add(seeds, source, "--publisher", "p", "--name", "new-2.txt")
    assert result.exit_code == 0, result.stderr
    assert (seeds / "new-2.txt").read_text(encoding="utf-8") == SAMPLE


def test_missing_file_is_refused(seeds: Path, inbox: Path):
    before = snapshot(seeds)
    assert_refused(add(seeds, inbox / "nope.txt"), inbox / "nope.txt", "no such file")
    assert snapshot(seeds) == before


def test_a_failed_manifest_write_leaves_no_orphan_copy(seeds: Path, inbox: Path, monkeypatch):
    real = checker.seeds.registering.replace_file

    def failing(path: Path, data: bytes, mode: int) -> None:
        if path.name == "releases.yaml":
            raise OSError(28, "No space left on device")
        real(path, data, mode)

    monkeypatch.setattr(checker.seeds.registering, "replace_file", failing)
    source = inbox / "new.txt"
    source.write_bytes(SAMPLE.encode("gb18030"))
    before = snapshot(seeds)
    result = add(seeds, source, "--publisher", "p")
    assert_refused(result, source, "cannot write to .*No space left on device; nothing was changed")
    assert snapshot(seeds) == before


def test_a_failed_check_after_writing_puts_both_files_back(seeds: Path, inbox: Path, monkeypatch):
    real = checker.inputs.releases.load_corpus
    calls = []

    def with_a_new_problem(folder, display=None):
        corpus = real(folder, display)
        calls.append(folder)
        if len(calls) > 1:  # the check after writing
            corpus.diagnostics.append(Diagnostic(Message("yaml-problem-other", what="invented problem"),
                                                 position=Position("seeds/releases.yaml", 99, 1)))
        return corpus

    monkeypatch.setattr(checker.inputs.releases, "load_corpus", with_a_new_problem)
    (seeds / "orphan.txt").write_bytes(SAMPLE.encode("gb18030"))  # converted in place, then put back
    before = snapshot(seeds)
    result = add(seeds, seeds / "orphan.txt", "--publisher", "p")
    assert_refused(result, seeds / "orphan.txt", "did not check out .*invented problem.*put back")
    assert snapshot(seeds) == before


def test_decode_release_refuses_what_is_not_text():
    for raw in (b"", b"\xff\xfe\x00\x00a\x00\x00\x00", b"PK\x03\x04rest", b"abc\x00d", b"\x00\x00\x00\x00"):
        with pytest.raises(Undecodable):
            decode_release(raw)


def test_guesses_from_labelled_lines(seeds: Path, inbox: Path):
    text = ("\r\n标题：某某市2025年教育工作要点发布\r\n来源：某某市教育局 编辑：张三\r\n"
            "发布日期：2025-02-01\r\n今年新增学位5000个。\r\n")
    source = inbox / "要点.txt"
    source.write_bytes(text.encode("utf-16"))
    result = add(seeds, source, published="2025-02-01", region="某某市")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # the stated date agrees
    assert "id release-2025-02-01 made from the file name and --published" in result.stdout
    assert "title guessed from line 2: 某某市2025年教育工作要点发布" in result.stdout
    assert "publisher guessed from line 3 (来源): 某某市教育局" in result.stdout
    assert "line endings: 5 CRLF changed to LF" in result.stdout
    release = load_corpus(seeds).get("release-2025-02-01")
    assert release is not None and release.release.encoding == "utf-16" and release.find("新增学位5000个")


# --- --note and --published YYYY-MM ---------------------------------------------------------

def _entry(seeds: Path) -> dict:
    return yaml.safe_load((seeds / "releases.yaml").read_text(encoding="utf-8"))["releases"][-1]


def test_a_note_is_recorded_in_the_entry(seeds: Path, inbox: Path):
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    note = 'Date from the page header; publisher inferred from the byline "记者 李蕊": 新乡日报.'
    before = (seeds / "releases.yaml").read_bytes()
    result = add(seeds, source, "--publisher", "新乡日报", "--note", f"  {note} ")
    assert result.exit_code == 0, result.stderr
    assert f"note in the entry: {note}" in result.stdout.splitlines()
    assert _entry(seeds)["note"] == note
    assert (seeds / "releases.yaml").read_bytes().startswith(before)
    release = load_corpus(seeds).get("new-2024-01-22")
    assert release is not None and release.release.note == note
    assert problems(seeds) == []


def test_published_month_is_recorded_as_its_last_day_with_a_note(seeds: Path, inbox: Path):
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "新乡日报", "--note", "Month from the site's archive page.",
                 published="2024-02")
    assert result.exit_code == 0, result.stderr
    out = result.stdout.splitlines()
    assert "id new-2024-02 made from the file name and --published; pass --id to choose another" in out
    assert ("published 2024-02, day not known: recorded as 2024-02-29, the last day of the month (the latest "
            "date it can have appeared), with a note in the entry saying so") in out
    entry = _entry(seeds)
    assert (entry["id"], entry["published"]) == ("new-2024-02", date(2024, 2, 29))
    assert entry["note"] == ("Published in 2024-02; the day is not known, so 2024-02-29, the last day of the month, "
                             "is recorded: the latest date it can have appeared, the conservative reading of what "
                             "had been reported by a date. Month from the site's archive page.")
    assert any(line.startswith("note in the entry: Published in 2024-02;") for line in out)
    assert "  published: 2024-02-29\n" in (seeds / "releases.yaml").read_text(encoding="utf-8")
    assert problems(seeds) == []


def test_published_month_in_chinese(seeds: Path, inbox: Path):
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "新乡日报", "--lang", "zh", published="2023-12")
    assert result.exit_code == 0, result.stderr
    assert ("发布时间只知道是2023-12：按当月最后一天2023-12-31记录（可能的最晚发布日期），并在条目的note中注明"
            in result.stdout)
    note = _entry(seeds)["note"]
    assert note.startswith("发布时间只知道是2023-12，具体日期不详，故记为当月最后一天2023-12-31")
    assert _entry(seeds)["published"] == date(2023, 12, 31)


def test_published_month_and_the_date_the_text_states(seeds: Path, inbox: Path):
    jincheng = (SEEDS / "004_7e88397556dc7ec5.txt").read_bytes() + "附言\n".encode()  # 发布日期: 2021-09-20
    source = inbox / "jincheng.txt"
    source.write_bytes(jincheng)
    result = add(seeds, source, published="2021-09", region="晋城市")
    assert result.exit_code == 0, result.stderr
    assert ("warning: the text says 发布日期: 2021-09-20 (line 9): pass --published 2021-09-20 to record the day, "
            "not only the month") in result.stderr
    other = inbox / "jincheng-august.txt"
    other.write_bytes(jincheng + "再附言\n".encode())
    result = add(seeds, other, "--id", "jincheng-august", published="2021-08", region="晋城市")
    assert result.exit_code == 0, result.stderr
    assert "the text says 发布日期: 2021-09-20 (line 9) but --published is 2021-08; check the date" in result.stderr


def test_published_this_month_is_not_in_the_future(seeds: Path, inbox: Path):
    today = date.today()
    source = inbox / "new.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    result = add(seeds, source, "--publisher", "p", published=today.strftime("%Y-%m"))
    assert result.exit_code == 0, result.stderr
    assert "in the future" not in result.stderr  # recorded as the month's last day, yet not a future date
    later = (today.replace(day=1) + timedelta(days=32)).strftime("%Y-%m")
    other = inbox / "later.txt"
    other.write_text(SAMPLE + "后记", encoding="utf-8")
    result = add(seeds, other, "--publisher", "p", published=later)
    assert result.exit_code == 0, result.stderr
    assert f"--published {later} is in the future; check the date" in result.stderr
