"""Cue words that decide target vs achievement and mark growth (Simplified, half-width view)."""

from __future__ import annotations

import re

# Cue words: the nearest one before a figure decides target vs achievement.
TARGET_CUES = re.compile(
    r"力争|确保|争取|目标|计划|预期|预计|努力|力拚|力拼|到20\d{2}年|明年|年底前|"
    r"将(?:新建|建成|实现|完成|达到|突破|引进|新增|力争|继续|加快|推动|确保|争取)|"
    r"要(?:确保|力争|实现|完成|新增|引进|突破|达到)|拟(?:新建|建设|引进|实施|投资)"
)
WEAK_TARGET_CUES = {"预计"}  # year-end summaries report 全年预计完成… as results
# Strong achievement cues override an earlier target cue in the same sentence.
ACHIEVEMENT_CUES = re.compile(r"同比|按年|已|累计|截至|截止|今年以来|完成了|实现了|共计")
# Weak achievement cues decide only when the sentence has no target cue before the figure.
WEAK_ACHIEVEMENT_CUES = re.compile(r"实现|完成")
PLAN_HEADING = re.compile(r"计划|打算|安排|思路|下一步|下一阶段|展望|工作要点|目标|预期|举措|任务清单|重点任务|实施方案")
SUMMARY_HEADING = re.compile(r"总结|回顾|成效|成绩|完成情况|开展情况|进展情况|主要工作|运行情况")
PLAN_SWITCH = re.compile(
    r"^\s*(?:下一阶段|下一步|下阶段|接下来|今后|明年|[一二三四]季度[,，]|下半年[,，]|"
    r"会议要求|会议强调|[\u4e00-\u9fff]{2,4}(?:要求|强调)[,，:：]?$)"
)
COMMITMENTS = ("力争", "确保", "争取", "目标", "计划", "预计", "预期", "不少于", "不低于", "努力", "力拚", "力拼")

GROWTH_CUE = re.compile(
    r"(?:同比|按年|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年)?"
    r"(?P<verb>增长|增加|提高|上升|增幅|增速|成长|下降|减少|回落|降低|衰退)(?:了|为|达到?)?$"
)
# 成长/衰退: Taiwan usage; 按年: Hong Kong's "year on year"
NEGATIVE_GROWTH = {"下降", "减少", "回落", "降低", "衰退"}
