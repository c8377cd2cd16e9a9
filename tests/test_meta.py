"""Report metadata by the genre's rules (summarizer/engines/meta/, summarizer/text/head.py).

Every document here is written for the test: short texts in the style of government work
reports, statistical communiqués, plan outlines and zones' reports, with invented places
(青禾市, 云岭省) where the rule must not depend on knowing the place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import summarizer
from summarizer.brief.phrasing import place_en
from summarizer.text.head import parse_date
from summarizer.text.periods import plan_year

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def meta(text: str):
    return summarizer.summarize_text(text, engine="offline").meta


CITY_REPORT = """政府工作报告
——2021年1月20日在青禾市第九届人民代表大会第五次会议上
青禾市人民政府市长 林某某
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。
一、2020年工作回顾
2020年，全市地区生产总值增长5.2%，一般公共预算收入达到86亿元。
二、2021年主要工作
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


def test_work_report_issuer_is_the_government_region_the_congress_place():
    m = meta(CITY_REPORT)
    assert (m.doc_type, m.issuer, m.region) == ("gov_work_report", "青禾市人民政府", "青禾市")
    assert (m.published, m.period, m.title) == ("2021-01-20", "2020年", "政府工作报告")


def test_work_report_plan_heading_of_the_delivery_year_is_no_review():
    # 二、2021年主要工作 names the year it was delivered in: that is the plan, not the review
    text = CITY_REPORT.replace("一、2020年工作回顾", "一、过去一年工作回顾")
    assert meta(text).period == "2020年"  # the year before delivery


def test_work_report_delivered_in_december_reviews_that_year_and_plans_the_next():
    text = CITY_REPORT.replace("2021年1月20日", "2022年12月22日").replace("2020年", "2022年")
    text = text.replace("2021年主要工作", "2023年主要工作")
    m = meta(text)
    assert (m.published, m.period) == ("2022-12-22", "2022年")
    assert plan_year(m.title, 2022, doc_type=m.doc_type, published=m.published) == 2023


def test_work_report_dateline_in_numerals_and_speaker_of_a_province():
    text = (
        "——二〇二一年一月十八日在云岭省第十三届人民代表大会第五次会议上\n"
        "云岭省人民政府省长 王某\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n"
        "一、2020年工作回顾\n全省生产总值增长4%。\n"
    )
    m = meta(text)
    assert (m.issuer, m.region, m.published, m.period) == ("云岭省人民政府", "云岭省", "2021-01-18", "2020年")


def test_work_report_speaker_names_the_government_without_a_dateline():
    text = "各位代表：\n现在，我代表青禾市人民政府，向大会报告工作，请予审议。\n全市生产总值增长5%。\n"
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region) == ("gov_work_report", "青禾市人民政府", "青禾市")


def test_district_report_names_the_city_and_district():
    text = ("政府工作报告\n——2023年1月6日在青禾市云溪区第五届人民代表大会第三次会议上\n区长 某某\n各位代表：\n"
            "一、2022年工作回顾\n全区生产总值增长5%。\n")
    m = meta(text)
    assert (m.issuer, m.region, m.period) == ("青禾市云溪区人民政府", "青禾市云溪区", "2022年")


def test_plan_execution_report_to_the_congress_is_no_work_report_and_its_signer_issues_it():
    text = ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
            "——2024年1月15日在青禾市第九届人民代表大会第四次会议上\n青禾市发展和改革委员会\n各位代表：\n"
            "全市生产总值增长5%。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.published) == ("mixed", "青禾市发展和改革委员会", "青禾市", "2024-01-15")


def test_department_report_is_issued_by_the_department_its_title_names():
    text = "青禾市商务局2023年工作总结\n2023年，全市外贸进出口总额增长8%。\n二、2024年工作计划\n力争外贸增长5%。\n"
    m = meta(text)
    assert (m.issuer, m.region, m.doc_type) == ("青禾市商务局", "青禾市", "mixed")


def test_state_council_report_is_issued_by_the_state_council():
    text = (
        "——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理 某某\n各位代表：\n"
        "现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、2018年工作回顾\n国内生产总值增长6.6%。\n"
    )
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.published, m.period) == (
        "gov_work_report", "国务院", "中华人民共和国", "2019-03-05", "2018年")


def test_excerpt_of_the_state_council_review_speaks_as_the_national_government():
    text = ("过去一年是本届政府依法履职第一年。我国发展面临复杂严峻形势，全国各族人民砥砺奋进。\n"
            "国内生产总值增长6.6%，我国经济总量突破90万亿元。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region) == ("gov_work_report", "国务院", "中华人民共和国")


def test_excerpt_of_a_province_report_names_its_province_bare():
    # 省政府坚持… and 全省: a province's own review; 云南 (bare) is the province; 昆明 in passing
    text = ("一、2020年主要工作和“十三五”发展成就\n"
            "2020年极不平凡。在省委的坚强领导下，省政府坚持稳中求进，云南经济稳步回升。\n"
            "全省生产总值增长4%，昆明新区建设加快，云南跨境电商规模扩大，全省居民收入增长6%。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.period) == ("gov_work_report", "云南省人民政府", "云南省", "2020年")


def test_excerpt_of_a_city_report_names_its_city_through_its_party_committee():
    text = ("一、“十三五”时期和2020年工作回顾\n"
            "“十三五”时期，我们在中共青禾市委的正确领导下，团结依靠全市人民，青禾经济量质齐升。\n"
            "各位代表，全市生产总值增长5%，青禾新增境内上市公司12家，全市居民收入增长7%。\n")
    m = meta(text)
    assert (m.issuer, m.region, m.period) == ("青禾市人民政府", "青禾市", "“十三五”时期和2020年")


def test_excerpt_of_a_city_report_names_its_prefecture_bare():
    # 我市, 市委 and the bare name of a prefecture-level city (九江), 南昌 once in passing
    text = ("二、2021年工作重点\n各位代表，今年是“十四五”开局之年。我们将深入落实市委部署，让九江工业体系更完善，"
            "推动九江港口与南昌都市圈联动，我市生产总值力争增长8%左右。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.period) == ("gov_work_report", "九江市人民政府", "九江市", "2021年")


def test_national_communique_title_over_two_lines_signature_and_date():
    text = ("**中华人民共和国**\n\n**2023年国民经济和社会发展统计公报[1]**\n\n国家统计局\n\n2024年2月28日\n\n"
            "2023年，全年国内生产总值增长5.2%。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.period, m.published) == (
        "statistical_communique", "国家统计局", "中华人民共和国", "2023年", "2024-02-28")
    assert m.title == "中华人民共和国2023年国民经济和社会发展统计公报"


def test_local_communique_has_two_signers_and_no_day():
    text = ("青禾市2024年国民经济和社会发展统计公报\n青禾市统计局  国家统计局青禾调查队\n2025年3月\n\n"
            "全年全市地区生产总值增长4.5%，境内上市公司达到80家。\n")
    m = meta(text)
    assert (m.issuer, m.region, m.period, m.published) == (
        "青禾市统计局、国家统计局青禾调查队", "青禾市", "2024年", None)


def test_older_communique_names_its_issuer_and_year_in_numerals():
    text = ("中华人民共和国国家统计局关于一九八二年国民经济和社会发展计划执行结果的公报\n1983年4月29日\n"
            "一九八二年，工农业总产值比上年增长8.7%。\n")
    m = meta(text)
    assert (m.doc_type, m.issuer, m.region, m.period, m.published) == (
        "statistical_communique", "国家统计局", "中华人民共和国", "1982年", "1983-04-29")


def test_communique_year_on_a_line_of_its_own():
    text = "青禾市生态环境状况公报\n2024年度\n青禾市生态环境局\n\n全年空气质量优良天数比率为88.5%。\n"
    m = meta(text)
    assert (m.doc_type, m.period, m.issuer, m.region) == ("statistical_communique", "2024年", "青禾市生态环境局", "青禾市")


def test_communique_without_signature_is_the_areas_statistics_bureau():
    text = "2024年青禾市国民经济和社会发展统计公报\n\n全年全市地区生产总值增长4.5%。\n"
    m = meta(text)
    assert (m.issuer, m.region) == ("青禾市统计局", "青禾市")


def test_a_listing_is_no_city():
    # 境内上市 once gave the region 内上市 ("Neishang City"); 直辖市 is a class of city
    text = ("青禾开发区2023年工作总结\n全年新增境内上市企业3家，直辖市以外地区投资增长8%。\n"
            "园区企业营业收入增长12%。\n")
    m = meta(text)
    assert m.region is None
    assert m.issuer == "青禾开发区"


def test_plan_outline_is_a_development_plan_for_its_years():
    text = ("中华人民共和国国民经济和社会发展第十四个五年规划纲要\n"
            "2021年3月11日第十三届全国人民代表大会第四次会议批准\n\n第一章 发展环境\n"
            "国内生产总值年均增长保持在合理区间。\n")
    m = meta(text)
    assert (m.doc_type, m.region, m.period) == ("development_plan", "中华人民共和国", "2021-2025年")


def test_front_matter_title_loses_its_dateline_and_dates_the_report():
    text = ("---\nsource: https://example.invalid/report\ntitle: 青禾市政府工作报告（2023年1月5日 林某某）\n---\n\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
            "一、2022年工作回顾\n全市生产总值增长3%。\n")
    m = meta(text)
    assert (m.title, m.published, m.doc_type, m.period) == ("青禾市政府工作报告", "2023-01-05", "gov_work_report", "2022年")
    assert m.region == "青禾市"  # the title's place


def test_zone_meeting_news_keeps_its_zone():
    text = "青禾经开区召开2023年年中工作会议\n7月12日，青禾经开区召开年中工作会议。上半年全区完成工业产值56亿元。\n"
    m = meta(text)
    assert (m.doc_type, m.issuer) == ("meeting_news", "青禾经开区")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2019年3月5日在…", (2019, 3, 5)),
        ("——二〇二一年一月十八日在", (2021, 1, 18)),
        ("二〇一五年一月二十八日", (2015, 1, 28)),
        ("（2002年12月3日）", (2002, 12, 3)),
        ("2025年3月", None),
        ("2019年13月5日", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_plan_year_of_a_work_report():
    assert plan_year("政府工作报告", 2020, doc_type="gov_work_report", published="2021-01-20") == 2021
    assert plan_year("政府工作报告", 2020, doc_type="gov_work_report") == 2021
    assert plan_year("政府工作报告", 2020) == 2020  # other documents: the report's year
    assert plan_year("青禾区2022年工作总结及2023年工作计划", 2022) == 2023


def test_place_en_names_governments_and_bureaus():
    assert place_en("青禾市人民政府") == "Qinghe City People's Government"
    assert place_en("国家统计局") == "National Bureau of Statistics"
    assert place_en("青禾市统计局、国家统计局青禾调查队") == (
        "Qinghe City Statistics Bureau and Qinghe Survey Team of the National Bureau of Statistics")
    assert place_en("南京市江宁区") == "Jiangning District, Nanjing City"  # nested places as before


# --- on the shared development excerpts (skipped without ../shared) ----------------------------


@pytest.mark.skipif(not (SHARED / "dev" / "gold").is_dir(), reason="needs ../shared/corpus/dev")
def test_dev_meta_reached_where_the_excerpt_says_it():
    """issuer, period, doc_type and published where the excerpt itself says them (published of
    d02-d05 comes from the full reports' datelines, which the excerpts cut off; d02's gold
    period is a two-part description)."""
    from summarizer.evaluate import evaluate_dirs as evaluate

    result = evaluate(SHARED / "dev" / "gold", SHARED / "dev" / "texts", engine="offline")
    assert result.total.meta_ok >= 19, [f.meta_mismatches for f in result.files]
    by_name = {f.name: f.meta_mismatches for f in result.files}
    for name in ("d01-nbs-2018-communique.md", "d06-nanjing-2024-communique.txt"):
        assert by_name[name] == {}, name
    gold = json.loads((SHARED / "dev" / "gold" / "d03-zhejiang-2021-review.json").read_text(encoding="utf-8"))
    assert "issuer" not in by_name["d03-zhejiang-2021-review.md"], gold["meta"]


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs ../shared/corpus")
def test_samples_meta_stays_whole():
    from summarizer.evaluate import evaluate_dirs as evaluate

    result = evaluate(SHARED / "gold", SHARED / "samples", engine="offline")
    assert result.total.meta_ok == result.total.meta_total, [f.meta_mismatches for f in result.files]
