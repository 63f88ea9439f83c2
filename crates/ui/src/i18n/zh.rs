//! The interface in Chinese (Simplified; UN usage: *汇编*, *文号*, *会议*,
//! *工作组*). Chinese has one plural form.

use super::plural::Plural::*;
use super::Strings;

pub const STRINGS: Strings = Strings {
    search_label: "搜索汇编",
    search_hint: "词语、主题或文号（例如 WG.4/2015/2），可用法文或英文：文件为法文",
    type_more: "请至少输入两个字符进行搜索。",
    preparing: "正在准备搜索…",
    pause: "，",
    show_all: "显示所有部分",
    hide_all: "隐藏所有部分",
    key_topics: "主要专题",
    papers: &[(Other, "{n}份文件")],
    matches: &[(Other, "{n}个结果")],
    found: &[(Other, "找到{n}份文件")],
    more_paragraphs: &[(Other, "显示其他{n}段")],
    fewer_paragraphs: "隐藏其他段落",
    more_papers: &[(Other, "再显示{n}份文件")],
    no_results: "无结果",
    no_results_for: "未找到与“{q}”相关的结果。",
    no_results_tips: "请检查拼写，或尝试减少词语或使用更笼统的词语。",
    clear_search: "清除搜索",
    year_filter: "年份",
    any_year: "所有年份",
    meeting_filter: "会议",
    any_meeting: "所有会议",
    meeting: |n| format!("第{n}次会议"),
    year: "{n}年",
    opens_new_window: "（在新标签页中打开）",
    copy_link: "复制链接",
    link_copied: "链接已复制",
    truncated: "查询过长：仅使用了开头部分。",
    loading: "正在加载汇编…",
    load_failed: "无法加载汇编。",
    crashed: "汇编出错。请重新加载页面。",
};
