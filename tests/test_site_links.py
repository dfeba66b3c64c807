"""Every internal link and anchor of a built site resolves."""

from __future__ import annotations

from site_checks import broken_links, html_files, parse


def test_sample_site_links_and_anchors_resolve(sample_site):
    assert len(html_files(sample_site)) > 40
    assert broken_links(sample_site) == []


def test_seed_site_links_and_anchors_resolve(seed_site):
    pages = html_files(seed_site)
    assert len(list((seed_site / "stories").glob("*.html"))) >= 5
    assert len(pages) > 30
    assert broken_links(seed_site) == []


def test_link_checker_reports_a_missing_page_and_anchor(tmp_path):
    (tmp_path / "a.html").write_text(
        '<p id="x"><a href="b.html">b</a> <a href="a.html#y">y</a> <a href="#x">x</a></p>',
        encoding="utf-8",
    )
    assert broken_links(tmp_path) == [
        "a.html: b.html (no file b.html)",
        "a.html: a.html#y (no id 'y' in a.html)",
    ]


def test_item_anchors_and_person_links_on_story_page(sample_site):
    page = parse(sample_site / "stories" / "wz-001.html")
    assert {"item-1", "item-2"} <= page.ids
    assert "../people/p-liqing.html" in page.links
    assert "../districts/%E4%B8%87%E5%B7%9E%E5%8C%BA.html" in page.links  # 万州区


def test_person_page_links_to_item_anchor(sample_site):
    page = parse(sample_site / "people" / "p-liqing.html")
    assert "../stories/wz-001.html#item-1" in page.links


def test_every_page_links_relative_to_its_depth(sample_site):
    for path in html_files(sample_site):
        rel = path.relative_to(sample_site).as_posix()
        if rel == "404.html":
            continue
        stylesheet = [link for link in parse(path).links if link.endswith("style.css")]
        assert stylesheet == ["../" * rel.count("/") + "static/style.css"], rel


def test_feed_and_sitemap_links_point_at_built_pages(sample_site):
    import xml.etree.ElementTree as ET
    from urllib.parse import unquote

    base = "https://example.org/archive/"
    targets = []
    for path in sorted(sample_site.rglob("*.xml")):
        root = ET.parse(path).getroot()
        for element in root.iter():
            if element.tag.endswith("}link"):
                targets.append(element.get("href"))
            elif element.tag.endswith("}loc"):
                targets.append(element.text)
    assert len(targets) > 100
    for url in targets:
        assert url.startswith(base), url
        rel = unquote(url[len(base) :].split("#")[0])
        assert (sample_site / rel).is_file(), url
