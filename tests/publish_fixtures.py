"""A published site shared by the test_publish* modules: the seed article and a second, invented one
(the people, bodies and figures of ARTICLE are made up), built with `kg build`'s library call."""
from __future__ import annotations

import json
from pathlib import Path

# Invented, in the genre of a city portal's news page; Nguyễn Thị Nghĩa also appears in the seed article,
# so the people layer resolves the two articles' nodes for her into one person (people.ttl).
ARTICLE = """\
Print Thứ Ba, 12/05/2020 10:15

Sáng 11/5, Ban Thường vụ Huyện ủy An Dương tổ chức hội nghị về công tác cán bộ. Đồng chí Nguyễn Thị Nghĩa, Phó Bí thư Thường trực Thành ủy chủ trì hội nghị. Cùng dự có đồng chí Phạm Văn Hòa, Bí thư Huyện ủy An Dương.

Hiện đảng bộ huyện có 48 tổ chức cơ sở đảng với 5.120 đảng viên.

Lưu Minh Đức

Nguồn. haiphong.gov.vn
"""
ARTICLE_ID = "2020-05-12-an-duong"


def build_inputs(folder: Path) -> list[Path]:
    """`kg build` of the seed and ARTICLE into folder/output, persons resolved; the Turtle files it wrote."""
    from kg.people import resolve_folder
    from kg.pipeline import build, seed_path

    text = folder / f"{ARTICLE_ID}.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    out = folder / "output"
    build([seed_path(), text], out)
    resolve_folder(out)
    return sorted(out.glob("*.ttl"))


def publish_site(folder: Path) -> tuple[Path, list[Path]]:
    from kg.publish.site import publish

    inputs = build_inputs(folder)
    site = folder / "site"
    publish(inputs, site)
    return site, inputs


def refuse(url, options=None):
    from kg.publish.loader import refuse_remote

    return refuse_remote(url, options)


def canonical(doc_or_nquads, *, nquads: bool = False) -> set[str]:
    """URDNA2015 canonical N-Quads lines, by pyld, of a JSON-LD document or of N-Quads text."""
    from pyld import jsonld

    options = {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": refuse}
    if nquads:
        options["inputFormat"] = "application/n-quads"
    text = jsonld.normalize(doc_or_nquads, options)
    return {line for line in text.splitlines() if line.strip()}


def turtle_as_nquads(path: Path) -> str:
    from rdflib import Graph

    g = Graph()
    g.parse(path, format="turtle")
    return g.serialize(format="nt")


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))
