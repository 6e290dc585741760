"""The `kit` command: `kit load` output and exit codes, the render/lab hooks (fixtures are synthetic)."""
from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from kit import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_load_prints_one_line_per_article(capsys):
    code, out, _ = run(capsys, "load", str(FIXTURES))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["article", "title", "published", "words", "sections"]
    rows = {ln.split()[0]: ln for ln in lines[2:] if ln and not ln.startswith(("problems", " "))
            and "article(s)" not in ln}
    assert sorted(rows) == ["bridge_report", "feed-0", "feed-1", "harbour_fire", "river_council",
                            "saved_page", "single", "wire-0", "wire-1"]
    # words and sections are the last two columns
    text = (FIXTURES / "harbour_fire.txt").read_text(encoding="utf-8")
    assert rows["harbour_fire"].split()[-2:] == [str(len(text.split())), "2"]
    assert "2024-10-25 17:12:00-04:00" in rows["harbour_fire"]
    assert "9 article(s) loaded" in out
    assert "problems" not in out


def test_load_lists_problems_per_file_and_exit_codes(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Synthetic story\nUpdated 2 hours ago\nBody.\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("42", encoding="utf-8")
    code, out, _ = run(capsys, "load", str(tmp_path))
    assert code == 0
    assert "1 article(s) loaded" in out
    assert f"{(tmp_path / 'bad.json').as_posix()}  [skipped] JSON of the wrong shape" in out
    assert f"{(tmp_path / 'good.txt').as_posix()}  [note] relative dateline 'Updated 2 hours ago'" in out
    code, out, _ = run(capsys, "load", str(tmp_path / "bad.json"), str(tmp_path / "missing"))
    assert code == 1
    assert "0 article(s) loaded" in out and "no such file or folder" in out


def test_load_paths_with_leading_dash_and_spaces(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("-dash story.txt").write_text("Synthetic dash story\n2024-10-25\nBody.\n", encoding="utf-8")
    code, out, _ = run(capsys, "load", "--", "-dash story.txt")
    assert code == 0 and "-dash story" in out and "Synthetic dash story" in out


def test_load_titles_cannot_break_the_table(tmp_path, capsys):
    (tmp_path / "odd.json").write_text('{"title": "Line\\tone\\rtwo", "text": "Body."}', encoding="utf-8")
    code, out, _ = run(capsys, "load", str(tmp_path))
    assert code == 0
    assert "Line one two" in out


def test_bad_max_bytes_is_reported(capsys):
    code, _, err = run(capsys, "load", str(FIXTURES), "--max-bytes", "0")
    assert code == 2 and "max_bytes=0" in err


def test_render_hook_calls_kit_render_main_cli(monkeypatch):
    seen = {}
    fake = types.ModuleType("kit.render")
    fake.main_cli = lambda argv: seen.setdefault("argv", argv) and 0
    monkeypatch.setitem(sys.modules, "kit.render", fake)
    assert cli.main(["render", "seeds/", "--out", "site"]) == 0
    assert seen["argv"] == ["seeds/", "--out", "site"]
    assert cli.main(["render", "--help"]) == 0
    assert seen["argv"] == ["seeds/", "--out", "site"] and fake  # first call kept; --help went through too


def test_lab_hook_runs_jupyter_lab(monkeypatch):
    calls = []
    monkeypatch.setattr(cli.shutil, "which", lambda name: "/opt/fake/jupyter" if name == "jupyter" else None)
    monkeypatch.setattr(cli.subprocess, "call", lambda argv: calls.append(argv) or 0)
    assert cli.main(["lab"]) == 0
    assert calls == [["/opt/fake/jupyter", "lab", "notebooks/"]]


def test_commands_table_and_usage_errors(capsys):
    assert sorted(cli.COMMANDS) == ["lab", "load", "render"]
    with pytest.raises(SystemExit) as info:
        cli.main([])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        cli.main(["load"])  # needs a PATH
    assert "PATH" in capsys.readouterr().err


@pytest.mark.slow
def test_python_dash_m_kit_load_seeds():
    proc = subprocess.run([sys.executable, "-m", "kit", "load", "seeds/"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "000_ba1ba088aba1f641" in proc.stdout and "Elon Musk's secret talks" in proc.stdout
    assert "1 article(s) loaded" in proc.stdout
