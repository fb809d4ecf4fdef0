"""A photo caption with its photographer's credit is the article's text (issue 11, session 23): the sets'
convention since AR keeps captions under pictures and their credits; a picture's provenance credit
((Photo: …), （图：…）, ©) is still the picture's label (content._credited_picture)."""

from __future__ import annotations

import pytest
from test_extraction_records import _page, _read, _records


@pytest.mark.parametrize(
    "caption",
    [
        "志愿者为社区长者测量血压。（摄影：宣传科 王嘉豪）",
        "學童在操場上進行趣味競賽。（攝影：公共事務室 林佳蓉）",
        "老师带着学生在实验田里观察秧苗（摄影/周明远）",
        "校長為畢業生頒發證書。（攝影 陳冠宇）",
        "小選手們在終點線前合影。攝影／黃詩婷",
    ],
)
def test_a_captions_photographer_credit_is_text(caption):
    """Pattern: a picture's caption, a sentence of what it shows, closes with its photographer's credit in
    brackets (（摄影：…）, （攝影：单位 某）, （摄影/…）) or after a slash (攝影／…): caption and credit are the
    article's text, and no credit record."""
    figure = f'<div class="pic"><img src="/p/1.jpg"><p class="pic-txt">{caption}</p></div>'
    article = _read(_page(middle=figure))
    assert caption in article.text
    assert _records(article, "caption-credited") == []


@pytest.mark.parametrize(
    "caption",
    [
        # Look-alikes: a picture's provenance, not its photographer (the picture's label, recorded).
        "縣府加碼托育補助，明年元月起受理。（圖／某縣政府提供）",
        "孩子们在搭建机器人（图：校宣传部）",
        "Pupils at the coding club (Photo: school office)",
    ],
)
def test_a_pictures_provenance_credit_is_still_recorded(caption):
    figure = f'<div class="pic"><img src="/p/1.jpg"><span>{caption}</span></div>'
    article = _read(_page(middle=figure))
    assert caption not in article.text
    assert _records(article, "caption-credited") == [caption]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文／王嘉豪　攝影／林佳蓉", "王嘉豪"),
        ("文/周明远 摄影/陈冠宇", "周明远"),
    ],
)
def test_a_byline_with_a_photographer_above_the_text_is_metadata(line, author):
    """Look-alike: the writer's and the photographer's credits printed as the text's first line (a by-line,
    no picture): the writer is the author, and the line no text."""
    article = _read(_page(head=f"<p>{line}</p>"))
    assert article.author == author
    assert "林佳蓉" not in article.text and "陈冠宇" not in article.text
