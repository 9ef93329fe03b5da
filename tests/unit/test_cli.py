"""The generators' shared command line (scripts/cli.py): options anywhere, `check | write FOLDER`."""

from __future__ import annotations

from scripts import cli

DEFAULTS = {"--data": "data/glosarium.yml", "--docs": "docs"}


def test_options_are_taken_before_or_after_the_command():
    assert cli.take_options(["check", "--data", "x.yml"], DEFAULTS) == (["check"], {**DEFAULTS, "--data": "x.yml"})
    assert cli.take_options(["--docs", "d", "write", "out"], DEFAULTS) == (["write", "out"], {**DEFAULTS, "--docs": "d"})
    assert cli.take_options(["check"], DEFAULTS) == (["check"], DEFAULTS)


def test_an_option_without_its_value_is_refused(capsys):
    argv, _ = cli.take_options(["check", "--data"], DEFAULTS)
    assert argv == ["check", "--data"]
    assert cli.check_or_write(argv, "scripts.uji", lambda: ({}, ""), ValueError) == 2
    assert "Pemakaian:" in capsys.readouterr().err


def test_write_calls_lazy_files_and_check_does_not(tmp_path, capsys):
    calls = []

    def produce():
        return (lambda: calls.append("render") or {"a/b.md": "isi\n"}), "Ringkasan."

    assert cli.check_or_write(["check"], "scripts.uji", produce, ValueError) == 0
    assert calls == [] and capsys.readouterr().out.strip() == "Ringkasan."
    assert cli.check_or_write(["write", str(tmp_path)], "scripts.uji", produce, ValueError) == 0
    assert calls == ["render"] and (tmp_path / "a" / "b.md").read_text(encoding="utf-8") == "isi\n"
    assert cli.check_or_write(["tulis"], "scripts.uji", produce, ValueError) == 2
    assert "Pemakaian: python -m scripts.uji check | write FOLDER" in capsys.readouterr().err
