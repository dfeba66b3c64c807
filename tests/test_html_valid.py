"""Every page passes the Nu HTML checker without errors, in Chinese."""

from __future__ import annotations

import re

from site_checks import html_files, vnu_errors


def test_sample_site_is_valid_html(sample_site):
    assert vnu_errors(sample_site) == []


def test_seed_site_is_valid_html(seed_site):
    assert vnu_errors(seed_site) == []


def test_placed_site_is_valid_html(placed_site):
    # Papers, issues, calendars, citations and the editors' page.
    assert vnu_errors(placed_site) == []


def test_checker_catches_an_error(tmp_path):
    (tmp_path / "bad.html").write_text("<p><div></p>", encoding="utf-8")
    assert vnu_errors(tmp_path)


def test_every_page_declares_chinese(sample_site):
    for path in html_files(sample_site):
        head = path.read_text(encoding="utf-8")[:200]
        assert re.search(r'<html lang="zh-CN">', head), path
