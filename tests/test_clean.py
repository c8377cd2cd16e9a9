from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.text.clean import clean

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("当前位置：首页 > 新闻中心 > 园区动态", "navigation"),
        ("您现在的位置: 首页 > 工作动态", "navigation"),
        ("上一篇：某园区召开安全会议", "pager"),
        ("下一条：区领导调研企业", "pager"),
        ("【字体：大 中 小】", "share_print"),
        ("关闭窗口", "share_print"),
        ("扫一扫在手机打开当前页", "share_print"),
        ("版权所有：某某开发区管委会", "copyright"),
        ("Copyright © 2021 All Rights Reserved", "copyright"),
        ("苏ICP备12345678号", "icp"),
        ("某公网安备 32000002000001号", "icp"),
        ("发布时间：2021-03-04 来源：管委会办公室", "dateline"),
        ("责任编辑：张三", "dateline"),
        ("电话：0510-88886666 传真：0510-88886667", "contact"),
        ("邮  箱：office@example.cn", "contact"),
    ],
)
def test_clean_removes_chrome(line: str, reason: str) -> None:
    text = "一、园区经济稳步增长\n全年实现产值120亿元，同比增长8%。\n" + line + "\n"
    doc = clean(text)
    assert [(text[r.start:r.end], r.reason) for r in doc.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "一、坚持项目为王，全力冲刺全年目标",
        "（一）招商引资取得新突破",
        "王某某指出",
        "某某经济开发区管委会",
        "20231231",
        "全年完成固定资产投资45亿元，增长12.5%。",
        "会议由区委副书记李某主持，区领导赵某、钱某参加。",
        "新增规上企业12家，总数达到86家",
    ],
)
def test_clean_keeps_body(line: str) -> None:
    doc = clean("标题\n" + line + "\n")
    assert doc.removed == ()
    assert line in doc.cleaned()


def test_clean_sidebar_block_removed() -> None:
    text = "正文第一段，产值增长5%。\n相关新闻\n• 某区开展植树活动\n• 园区举办招聘会\n"
    doc = clean(text)
    assert {r.reason for r in doc.removed} == {"headline_list"}
    assert len(doc.removed) == 3


def test_clean_to_original_maps_offsets() -> None:
    text = "当前位置：首页 > 动态\n  营收增长10%。\n分享到\n利润3亿元。\n"
    doc = clean(text)
    cleaned = doc.cleaned()
    for i, ch in enumerate(cleaned):
        if ch != "\n":
            assert text[doc.to_original(i)] == ch
    start = text.index("利润")
    assert doc.is_kept(start, start + 5)
    assert not doc.is_kept(0, 4)


def test_clean_corpus_against_gold() -> None:
    if not CORPUS.is_dir():
        pytest.skip("corpus absent")
    total = hit = removed_chars = wrong_chars = 0
    for gold_path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (CORPUS / "samples" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        doc = clean(text)
        removed = {text[r.start:r.end] for r in doc.removed}
        boiler = [b.strip() for b in gold.get("boilerplate", [])]
        total += len(boiler)
        hit += sum(b in removed for b in boiler)
        quotes = [x["quote"] for k in ("facts", "actions") for x in gold.get(k, []) if x.get("quote")]
        for r in doc.removed:
            seg = text[r.start:r.end]
            removed_chars += len(seg)
            wrong_chars += 0 if seg in boiler else len(seg)
            assert not any(q in seg or seg in q for q in quotes), (gold_path.stem, seg)
    assert hit / total >= 0.85
    assert 1 - wrong_chars / max(removed_chars, 1) >= 0.95


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("园区工业集中区鸟瞰", "caption"),
        ("会议现场", "caption"),
        ("图为项目建设现场", "caption"),
        ("首页 | 园区概况 | 政务公开 | 招商引资 | 企业服务 | 互动交流", "navigation"),
        ("首页 · 新闻 · 公开 · 服务 · 互动", "navigation"),
        ("网站访问量：128765", "share_print"),
    ],
)
def test_clean_removes_captions_and_menus(line: str, reason: str) -> None:
    text = "一、园区经济稳步增长\n全年实现产值120亿元，同比增长8%。\n" + line + "\n"
    doc = clean(text)
    assert [(text[r.start:r.end], r.reason) for r in doc.removed] == [(line, reason)]


def test_clean_unbulleted_sidebar_after_its_heading() -> None:
    text = (
        "正文第一段，产值增长5%。\n精彩图片\n园区夜景\n相关新闻\n某区前8月引进项目23个\n"
        "开发区举办第五届创新大赛\n"
    )
    doc = clean(text)
    assert doc.cleaned() == "正文第一段，产值增长5%。"


def test_clean_site_motto_in_header_or_footer_but_not_a_headline() -> None:
    text = (
        "建设一流园区 服务实体经济\n当前位置：首页 > 园区动态\n奋力冲刺四季度 全面打赢收官战\n"
        "全年实现产值120亿元，同比增长8%。\n苏ICP备12345678号\n实干担当 奋勇争先\n"
    )
    doc = clean(text)
    assert doc.cleaned() == "奋力冲刺四季度 全面打赢收官战\n全年实现产值120亿元，同比增长8%。"


@pytest.mark.parametrize(
    "line",
    ["指标 | 1-9月 | 同比增长(%)", "规上工业总产值 | 156.3亿元 | 10.2", "园区夜景亮化工程完工。"],
)
def test_clean_keeps_table_rows_and_sentences(line: str) -> None:
    doc = clean("标题\n" + line + "\n")
    assert doc.removed == ()


@pytest.mark.parametrize(
    ("line", "reason"),
    [(":::", "navigation"), ("回上一頁　回首頁", "navigation"), ("字級：小 中 大", "share_print"), ("字号：大 中 小", "share_print")],
)
def test_clean_taiwan_and_accessibility_chrome(line: str, reason: str) -> None:
    text = "一、园区经济稳步增长\n全年实现产值120亿元，同比增长8%。\n" + line + "\n"
    doc = clean(text)
    assert [(text[r.start:r.end], r.reason) for r in doc.removed] == [(line, reason)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("【字号 大 中 小】", "share_print"),
        ("扫描二维码", "share_print"),
        ("【我要纠错】", "share_print"),
        ("您是第1234567位访客", "share_print"),
        ("相关附件：", "attachment"),
        ("（记者 张三 通讯员 李四）", "byline"),
        ("图片来源：开发区融媒体中心", "byline"),
        ("索引号：11320000-01-2023-00012", "metadata"),
        ("主题分类：综合政务", "metadata"),
        ("网站地图 | 联系我们 | 法律声明", "navigation"),
        ("无障碍浏览", "navigation"),
        ("English", "navigation"),
    ],
)
def test_clean_portal_widgets_bylines_and_metadata(line: str, reason: str) -> None:
    text = "一、园区经济稳步增长\n全年实现产值120亿元，同比增长8%。\n" + line + "\n"
    doc = clean(text)
    assert [(text[r.start:r.end], r.reason) for r in doc.removed] == [(line, reason)]


@pytest.mark.parametrize("line", ["记者从开发区获悉，全区产值增长8%。", "园区关于我们的企业服务工作进展情况"])
def test_clean_keeps_sentences_that_mention_reporters(line: str) -> None:
    doc = clean("标题\n" + line + "\n")
    assert doc.removed == ()


# Failure class 8: ordinary words of a report paragraph are not page chrome. A paragraph that
# mentions a QR code, page views or image resolution is long and made of clauses; chrome is short.
@pytest.mark.parametrize(
    "paragraph",
    [
        "全面推行“一码通办”，企业扫描政务服务二维码即可查询办件进度，全年网上办件量达到12.6万件，群众满意率99.2%。",
        "政务网站全年访问量突破860万人次，比上年增长15.4%，政策解读栏目新增专题42个，回应网民留言1300余条。",
        "建成全省首个高分辨率遥感监测平台，实现耕地变化季度全覆盖监测，全年发现并整改违法用地图斑215个。",
        "组织企业参加线上推介会，通过分享到朋友圈、视频号等方式扩大宣传，全年签约项目37个，总投资186亿元。",
    ],
)
def test_clean_keeps_long_report_paragraph_with_chrome_words(paragraph: str) -> None:
    doc = clean("园区2023年工作总结\n" + paragraph + "\n分享到：微信 微博\n")
    kept = [doc.text[s:e] for s, e in doc.kept]
    assert paragraph in kept
    assert "分享到：微信 微博" not in kept  # the short share widget is still chrome
