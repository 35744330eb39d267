"""Releases in every common encoding: Big5 and Big5-HKSCS told from GB18030/GBK by which reading
looks like Chinese text, and a file whose encoding cannot be told refused, never stored as mojibake.

The texts are the seed releases' own, converted to traditional script with OpenCC (the checker's
own dependency) where a Taiwanese or Hong Kong site would serve them so."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest
import typer
import yaml
from conftest import SEEDS
from typer.testing import CliRunner

from checker.cli.seeds import seeds_app
from checker.inputs.releases import load_corpus
from checker.locale import words
from checker.seeds.encodings import CONFIDENT, SAMPLE, Undecodable, decode_release, evidence, legacy_readings

app = typer.Typer()


@app.callback()
def _root() -> None:
    """Test root."""


app.add_typer(seeds_app, name="seeds")
runner = CliRunner()
EN, ZH = words("en"), words("zh")

SIMPLIFIED = "".join((SEEDS / "001_211da1db43f6adac.txt").read_text(encoding="utf-8").splitlines(keepends=True)[:40])
TAIWAN = opencc.OpenCC("s2tw").convert(SIMPLIFIED)
QUOTE = "实现新增城镇就业8.8万人"  # simplified, in the first 40 lines of seed 001
HONG_KONG = opencc.OpenCC("s2hk").convert(SIMPLIFIED) + "深水埗區及鰂魚涌新建學校兩所。\n"  # 埗 and 鰂: HKSCS only


def refused(raw: bytes) -> Undecodable:
    with pytest.raises(Undecodable) as error:
        decode_release(raw)
    return error.value


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def add(seeds: Path, file: Path, *args: str):
    return runner.invoke(app, ["seeds", "add", str(file), "--region", "新乡市", "--published", "2024-01-22",
                               "--seeds", str(seeds), "--publisher", "新乡日报", *args], catch_exceptions=False)


# --- Big5 ----------------------------------------------------------------------------------

def test_a_big5_release_is_read_as_big5_not_as_gb18030_mojibake() -> None:
    assert TAIWAN != SIMPLIFIED and "實現新增城鎮就業8.8萬人" in TAIWAN
    raw = TAIWAN.encode("big5")
    mojibake = raw.decode("gb18030")  # Big5 bytes are almost always valid GB18030 too
    assert mojibake != TAIWAN
    decoded = decode_release(raw)
    assert (decoded.encoding, decoded.text) == ("big5", TAIWAN)
    # the evidence: the Big5 reading is made of common characters, the GB18030 one is not
    real, garbled = evidence(TAIWAN), evidence(mojibake)
    assert real.weight / real.chars > 1 > -1.5 > garbled.weight / garbled.chars
    assert real.weight - garbled.weight > 100 * CONFIDENT


def test_a_big5_release_is_stored_as_utf8_and_its_quotes_are_found(seeds: Path, tmp_path: Path) -> None:
    source = tmp_path / "新乡民生实事.txt"
    source.write_bytes(TAIWAN.encode("big5"))
    result = add(seeds, source, "--id", "xinxiang-big5")
    assert result.exit_code == 0, result.stderr
    assert "converted from big5 to UTF-8" in result.stdout
    assert (seeds / source.name).read_text(encoding="utf-8") == TAIWAN
    entry = yaml.safe_load((seeds / "releases.yaml").read_text(encoding="utf-8"))["releases"][-1]
    assert (entry["id"], entry["encoding"]) == ("xinxiang-big5", "big5")
    release = load_corpus(seeds).get("xinxiang-big5")
    assert release is not None and release.find(QUOTE) is not None  # a simplified quote in the traditional text


def test_a_hong_kong_release_is_read_as_big5_hkscs(seeds: Path, tmp_path: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        HONG_KONG.encode("big5")
    raw = HONG_KONG.encode("big5hkscs")
    decoded = decode_release(raw)
    assert (decoded.encoding, decoded.text) == ("big5hkscs", HONG_KONG)
    source = tmp_path / "hk.txt"
    source.write_bytes(raw)
    result = add(seeds, source, "--id", "hk-release")
    assert result.exit_code == 0, result.stderr
    assert "converted from big5hkscs to UTF-8" in result.stdout
    release = load_corpus(seeds).get("hk-release")
    assert release is not None and release.release.encoding == "big5hkscs"


def test_big5_and_big5_hkscs_variants_are_told_apart_by_the_text() -> None:
    """Python's big5 has ETEN kana at C6A1.., big5hkscs ① ② there and kana elsewhere: each file
    gets the reading of its own variant, with circled numbers, not kana."""
    text = "新建學校①所，改擴建學校②所。" * 3
    assert decode_release(text.encode("big5")).text == text  # ① is C7E9 in Big5: big5hkscs reads kana there
    assert text.encode("big5") != text.encode("big5hkscs")
    decoded = decode_release(text.encode("big5hkscs"))
    assert (decoded.encoding, decoded.text) == ("big5hkscs", text)


def test_every_seed_line_in_big5_is_read_back() -> None:
    converter = opencc.OpenCC("s2tw")
    lines = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n") if len(line.strip()) >= 12]
    assert len(lines) > 300
    for line in lines:
        traditional = converter.convert(line)
        decoded = decode_release(traditional.encode("big5"))
        assert (decoded.encoding, decoded.text) == ("big5", traditional), line


def test_a_long_file_is_decided_on_a_sample() -> None:
    raw = (TAIWAN * 40).encode("big5")
    assert evidence(raw.decode("big5")).chars == SAMPLE
    assert decode_release(raw).encoding == "big5"


# --- GB18030 and GBK ------------------------------------------------------------------------

def test_gbk_is_still_read_as_gb18030(seeds: Path, tmp_path: Path) -> None:
    # characters of GBK beyond GB2312 (镕, 喆, 堃, 珺): GBK proper, not GB2312
    text = SIMPLIFIED + "市教育局局长王喆、副局长李堃，以及朱镕基同志题词的学校，张珺老师介绍了情况。\n"
    extended = [ch for ch in "喆堃镕珺" if ch.encode("gbk") and not _gb2312(ch)]
    assert len(extended) == 4
    raw = text.encode("gbk")
    assert raw.decode("big5", errors="replace") != text  # bytes Big5 could partly read
    decoded = decode_release(raw)
    assert (decoded.encoding, decoded.text) == ("gb18030", text)
    source = tmp_path / "gbk.txt"
    source.write_bytes(raw)
    result = add(seeds, source, "--id", "gbk-release")
    assert result.exit_code == 0, result.stderr
    assert "converted from gb18030 to UTF-8" in result.stdout


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_short_gbk_lines_that_big5_also_reads_are_gb18030() -> None:
    for text in ("市教育局", "新建学校", "新乡市教育局", "1月22日", "实现新增城镇就业8.8万人"):
        raw = text.encode("gbk")
        assert {reading.encoding for reading in legacy_readings(raw)} >= {"gb18030"}
        assert decode_release(raw).encoding == "gb18030", text
    assert {r.encoding for r in legacy_readings("市教育局".encode("gbk"))} == {"gb18030", "big5"}


def test_utf8_with_a_stray_control_character_stays_utf8() -> None:
    text = SIMPLIFIED[:200] + "\x7f" + SIMPLIFIED[200:400]
    assert decode_release(text.encode("utf-8")).encoding == "utf-8"


# --- refusals ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "encoding", "candidates"), [
    ("均衡布局", "gbk", ("GB18030", "BIG5")),  # a heading of seed 003: its Big5 reading is four common characters too
    ("排序", "big5", ("BIG5", "GB18030")),
])
def test_a_short_ambiguous_text_is_refused_naming_the_candidates(text: str, encoding: str,
                                                                 candidates: tuple[str, ...]) -> None:
    raw = text.encode(encoding)
    assert len(legacy_readings(raw)) == 2
    error = refused(raw)
    assert error.message.code == "encoding-ambiguous"
    assert error.message.params["candidates"] == candidates
    said = EN.message(error.message)
    assert said.startswith(f"cannot tell the file's encoding with confidence: it reads as text in "
                           f"{', '.join(candidates)}, and no reading is clearly more like Chinese text")
    assert f"`iconv -f {candidates[0]} -t UTF-8 FILE > FILE.utf8.txt`" in said
    assert ZH.message(error.message).startswith(f"无法可靠判断该文件的编码：按{'、'.join(candidates)}都能读成文本")


@pytest.mark.parametrize(("raw", "candidates"), [
    pytest.param("한국어 텍스트입니다. 학교를 새로 지었습니다.".encode("euc-kr"), ("GB18030", "BIG5-HKSCS"),
                 id="euc-kr"),  # the Big5 reading named is the likelier of its two variants
    pytest.param("東京都は新しい学校を建設しました。".encode("shift_jis") * 3, ("GB18030", "UTF-16BE"), id="shift_jis"),
    pytest.param("新建學校€10所".encode("cp950"), ("GB18030",), id="cp950-euro"),  # Big5 reads no €: GB18030 alone
])
def test_text_that_is_not_chinese_in_any_reading_is_refused(raw: bytes, candidates: tuple[str, ...]) -> None:
    error = refused(raw)
    assert error.message.code == "encoding-not-chinese-text"
    assert error.message.params["encodings"] == candidates
    assert "but in none of them as Chinese text" in EN.message(error.message)


def test_a_refused_encoding_leaves_seeds_as_it_was(seeds: Path, tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_bytes("均衡布局".encode("gbk"))
    before = {path.name: path.read_bytes() for path in seeds.iterdir()}
    result = add(seeds, source, "--title", "标题")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"checker: {source}: cannot tell the file's encoding with confidence")
    assert "GB18030, BIG5" in result.stderr and "iconv" in result.stderr
    assert {path.name: path.read_bytes() for path in seeds.iterdir()} == before
