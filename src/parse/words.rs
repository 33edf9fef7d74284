//! Vocabulary of plan language: operator words, target verbs, connectors, region words,
//! and the endings that show a phrase is not an indicator name. Generic lists, not tied
//! to any one plan.

use crate::model::Op;

/// Words right before a number that set its operator (longest first where they overlap).
pub const PRE_OPS: &[(&str, Op)] = &[
    ("达到或超过", Op::Ge),
    ("不低于", Op::Ge),
    ("不少于", Op::Ge),
    ("不小于", Op::Ge),
    ("不超过", Op::Le),
    ("不高于", Op::Le),
    ("不多于", Op::Le),
    ("不大于", Op::Le),
    ("提高至", Op::Ge),
    ("提高到", Op::Ge),
    ("提升至", Op::Ge),
    ("提升到", Op::Ge),
    ("增长至", Op::Ge),
    ("增长到", Op::Ge),
    ("增加至", Op::Ge),
    ("增加到", Op::Ge),
    ("扩大至", Op::Ge),
    ("扩大到", Op::Ge),
    ("上升至", Op::Ge),
    ("上升到", Op::Ge),
    ("保持在", Op::Ge),
    ("稳定在", Op::Ge),
    ("控制在", Op::Le),
    ("降低至", Op::Le),
    ("降低到", Op::Le),
    ("下降至", Op::Le),
    ("下降到", Op::Le),
    ("压缩至", Op::Le),
    ("压缩到", Op::Le),
    ("缩短至", Op::Le),
    ("缩短到", Op::Le),
    ("减少至", Op::Le),
    ("减少到", Op::Le),
    ("增至", Op::Ge),
    ("升至", Op::Ge),
    ("降至", Op::Le),
    ("达到", Op::Ge),
    ("超过", Op::Gt),
    ("突破", Op::Gt),
    ("高于", Op::Gt),
    ("多于", Op::Gt),
    ("大于", Op::Gt),
    ("低于", Op::Lt),
    ("少于", Op::Lt),
    ("小于", Op::Lt),
    ("实现", Op::Ge),
    ("达", Op::Ge),
    (">=", Op::Ge),
    ("≥", Op::Ge),
    ("<=", Op::Le),
    ("≤", Op::Le),
    (">", Op::Gt),
    ("<", Op::Lt),
];

/// Verbs that put the counted thing after the number: 培育100家…, 建成2—3个….
pub const COUNT_VERBS: &[&str] = &[
    "培育", "建成", "建设", "新建", "建立", "设立", "创建", "组建", "完成", "实施", "开展",
    "举办", "引进", "引入", "打造", "认定", "筛选", "遴选", "申报", "培养", "扶持", "争创",
    "获批", "获得", "新设", "新增", "布局", "储备", "招引", "支持", "资助", "推动", "推广",
    "形成", "评选", "选树", "创造", "孵化", "培训", "召开", "组织", "开发", "制定", "修订",
    "制修订", "主导", "参与", "拥有", "入驻", "设置", "挖掘", "命名", "授予", "服务", "帮助",
    "指导", "发布", "收储", "转化", "推出", "办理", "查处", "办结", "审结", "受理", "调解",
    "扶植", "建好", "创成", "达到", "突破", "超过", "实现", "培植", "吸引", "集聚", "聚集",
    "新培育", "再培育", "累计培育", "累计建成",
];

/// Verbs dropped from the front of a name (the gold convention drops the verb).
pub const LEAD_VERBS: &[&str] = &[
    "联合组建",
    "组织实施",
    "成功申报",
    "培育",
    "建成",
    "建设",
    "新建",
    "建立",
    "设立",
    "创建",
    "组建",
    "完成",
    "实施",
    "开展",
    "组织",
    "举办",
    "引进",
    "引入",
    "打造",
    "认定",
    "推动",
    "支持",
    "申报",
    "拥有",
    "实现",
    "筛选",
    "遴选",
    "培养",
    "扶持",
    "争创",
    "获批",
    "新设",
    "推进",
    "促进",
    "达到",
    "保持",
    "提高",
    "提升",
];

/// Verbs dropped from the end of a name, right before the number or operator.
pub const TRAIL_VERBS: &[&str] = &[
    "举办", "开展", "组织", "完成", "实现", "达到", "保持", "均", "共计", "总计", "共", "将",
    "要", "力争", "争取", "预计", "需", "应", "有",
];

/// Connectors and hedges at the front of a clause.
pub const LEAD_WORDS: &[&str] = &[
    "其中", "同时", "并且", "并", "使", "以及", "此外", "另外", "力争", "争取", "确保", "全年",
    "每年", "累计", "和", "及", "或", "与", "要", "将", "从而", "进而", "预计", "基本", "努力",
    "逐步",
];

/// Region words dropped from the front of a name (全市, 全区 …).
pub const REGION_WORDS: &[&str] = &[
    "全市", "全区", "全省", "全县", "全州", "全盟", "全旗", "全镇", "全乡", "全自治区", "我市",
    "我区", "我省", "我县", "我州", "本市", "本区", "本省", "本县", "全域",
];

/// Endings that show a phrase is a description, not an indicator name.
pub const BAD_ENDINGS: &[&str] = &[
    "较高", "较好", "较强", "较大", "较多", "增长", "提高", "提升", "下降", "减少", "明显",
    "显著", "完善", "加强", "形成", "突破", "达到", "超过", "增加", "扩大", "稳定", "优化",
    "转变", "的", "高", "好", "大", "多", "少", "快", "强", "低", "为", "是", "较", "约",
    "近", "超", "逾", "共", "等", "了", "以", "和", "及", "或", "与", "在", "从", "由", "对",
    "向", "占", "达",
];

/// Suffixes a list of names can share: 地理标志保护产品、地理标志商标数量.
pub const SHARED_SUFFIXES: &[&str] = &[
    "数量", "总量", "拥有量", "申请量", "授权量", "注册量", "登记量", "金额", "规模", "比重",
    "占比", "比例", "增速", "增长率", "总额", "件数", "个数", "人数", "率", "量", "数",
];

/// Headings of review sections (发展基础, 取得的成就 …): their numbers are achievements.
pub const REVIEW_HEADINGS: &[&str] = &["基础", "成就", "成效", "回顾", "现状", "背景", "进展"];

/// Previous five-year periods: name and last year.
pub const FIVE_YEAR_PLANS: &[(&str, i32)] = &[
    ("十五", 2005),
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
];
