"""The page the project came from: nine sections, no advert left, every advert recorded."""

from __future__ import annotations

from conftest import EXAMPLE_ADVERTS

from fanwen.offline import process_html


def test_example_page_sections(example_html, rules):
    article = process_html(example_html, "https://www.huabo.example/a/1218.html", rules)
    kinds = [s.kind for s in article.sections]
    assert kinds == ["intro"] + ["section"] * 7 + ["conclusion"]
    headings = [s.heading for s in article.sections if s.kind == "section"]
    assert headings[0] == "坚持服务新发展格局的大局视野。"
    assert headings[-1] == "加强区域协调发展的人才支撑。"
    assert all(s.level == 1 for s in article.sections)
    assert article.sections[-1].text.startswith("总之,")
    assert article.sections[0].text.startswith("近日,《长三角")


def test_example_page_metadata(example_html, rules):
    article = process_html(example_html, None, rules)
    assert article.title == "纵深推进区域协调发展"
    assert article.published is not None and article.published.date().isoformat() == "2024-12-18"
    assert article.source == "华博范文网"


def test_example_page_adverts_removed_and_recorded(example_html, rules):
    article = process_html(example_html, None, rules)
    for section in article.sections:
        for advert in EXAMPLE_ADVERTS:
            assert advert not in (section.heading or "") + section.text
    removed = " ".join(r.text for r in article.removed)
    assert "预览阅读已结束" in removed and "联系老师" in removed
    assert all(r.rule for r in article.removed)
    assert article.truncated


def test_example_text_keeps_every_paragraph(example_html, rules):
    """Headings and section texts, in order, are the page's paragraphs, character for character."""
    article = process_html(example_html, None, rules)
    paragraphs = [b.text for b in article.blocks]
    rebuilt = [(s.heading or "") + s.text for s in article.sections]
    assert rebuilt == paragraphs
    assert len(paragraphs) == 9
