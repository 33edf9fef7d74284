//! The widgets' own words in 简体 and 繁體 (a fixed table, not a converter; data text is
//! never translated).

use crate::model::{Attribute, Category, Level, Status};

/// Language of the widgets' own words (界面语言).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Simplified Chinese (简体).
    #[default]
    Hans,
    /// Traditional Chinese (繁體).
    Hant,
}

impl Lang {
    /// From a `data-lang` / `--lang` tag: `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → Hant, else Hans.
    pub fn from_tag(s: &str) -> Lang {
        let t = s.trim().to_ascii_lowercase();
        let hant = ["zh-hant", "zh-tw", "zh-hk", "zh-mo", "hant"];
        let tagged = |h: &str| {
            t.strip_prefix(h)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        };
        if hant.into_iter().any(tagged) {
            Lang::Hant
        } else {
            Lang::Hans
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Hans => "zh-Hans",
            Lang::Hant => "zh-Hant",
        }
    }

    fn pick(self, hans: &'static str, hant: &'static str) -> &'static str {
        match self {
            Lang::Hans => hans,
            Lang::Hant => hant,
        }
    }
}

/// A word or phrase of the widgets' interface (界面用语).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    /// 目标.
    Target,
    /// 基期.
    Baseline,
    /// 最新值.
    Latest,
    /// 进度.
    Progress,
    /// 状态.
    Status,
    /// 类别.
    Category,
    /// 地区.
    Region,
    /// 属性.
    Attribute,
    /// 指标.
    Indicator,
    /// 规划.
    Plan,
    /// 级别.
    Level,
    /// 搜索.
    Search,
    /// 搜索指标…
    SearchHint,
    /// 全部.
    All,
    /// 导出 CSV.
    ExportCsv,
    /// 显示.
    Shown,
    /// 项.
    Items,
    /// 示例数据.
    Sample,
    /// 时间进度.
    TimeMark,
    /// 年.
    Year,
    /// 暂无监测数据.
    NoActual,
    /// 无法显示组件.
    ErrorTitle,
    /// 全国参考.
    Reference,
    /// 各地区对比.
    Compare,
    /// 规划指标一览.
    TableCaption,
    /// 筛选.
    Filters,
    /// 没有符合条件的指标.
    NoRows,
    /// 没有规划包含该指标.
    NoPlanHasKey,
    /// 找不到规划.
    NoSuchPlan,
    /// 找不到指标.
    NoSuchIndicator,
    /// 数据有误.
    DataError,
    /// 按期应达 (the value the linear schedule expects by now).
    Expected,
    /// 每年 (a recurring yearly target).
    PerYear,
    /// 累计 (a cumulative target).
    Cumulative,
    /// 年均增长 (an average annual growth target).
    Growth,
    /// 年均下降 (an average annual fall: a negative growth target).
    Decline,
    /// 翻一番.
    Double,
    /// 未知.
    Unknown,
}

/// The word `w` in `lang`.
pub fn w(word: W, lang: Lang) -> &'static str {
    use W::*;
    let (s, t) = match word {
        Target => ("目标", "目標"),
        Baseline => ("基期", "基期"),
        Latest => ("最新值", "最新值"),
        Progress => ("进度", "進度"),
        Status => ("状态", "狀態"),
        Category => ("类别", "類別"),
        Region => ("地区", "地區"),
        Attribute => ("属性", "屬性"),
        Indicator => ("指标", "指標"),
        Plan => ("规划", "規劃"),
        Level => ("级别", "級別"),
        Search => ("搜索", "搜尋"),
        SearchHint => ("输入指标名称或地区", "輸入指標名稱或地區"),
        All => ("全部", "全部"),
        ExportCsv => ("导出 CSV", "匯出 CSV"),
        Shown => ("显示", "顯示"),
        Items => ("项", "項"),
        Sample => ("示例数据", "示例數據"),
        TimeMark => ("时间进度", "時間進度"),
        Year => ("年", "年"),
        NoActual => ("暂无监测数据", "暫無監測數據"),
        ErrorTitle => ("无法显示此组件", "無法顯示此組件"),
        Reference => ("全国参考", "全國參考"),
        Compare => ("各地区对比", "各地區對比"),
        TableCaption => ("规划指标一览", "規劃指標一覽"),
        Filters => ("筛选", "篩選"),
        NoRows => ("没有符合条件的指标", "沒有符合條件的指標"),
        NoPlanHasKey => ("没有规划包含指标", "沒有規劃包含指標"),
        NoSuchPlan => ("找不到规划", "找不到規劃"),
        NoSuchIndicator => ("找不到指标", "找不到指標"),
        DataError => ("数据有误", "數據有誤"),
        Expected => ("按期应达", "按期應達"),
        PerYear => ("每年", "每年"),
        Cumulative => ("累计", "累計"),
        Growth => ("年均增长", "年均增長"),
        Decline => ("年均下降", "年均下降"),
        Double => ("翻一番", "翻一番"),
        Unknown => ("未知", "未知"),
    };
    lang.pick(s, t)
}

/// A status in words (已完成, 進展順利 …).
pub fn status(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Achieved => "已完成",
        Status::OnTrack => lang.pick("进展顺利", "進展順利"),
        Status::Moderate => lang.pick("进展一般", "進展一般"),
        Status::Insufficient => lang.pick("进展不足", "進展不足"),
        Status::MovingAway => lang.pick("偏离目标", "偏離目標"),
        Status::NoData => lang.pick("暂无数据", "暫無數據"),
    }
}

/// A category in words (创造, 運用 …).
pub fn category(c: Category, lang: Lang) -> &'static str {
    match c {
        Category::Creation => lang.pick("创造", "創造"),
        Category::Utilization => lang.pick("运用", "運用"),
        Category::Protection => lang.pick("保护", "保護"),
        Category::Service => lang.pick("服务", "服務"),
        Category::Management => "管理",
        Category::Other => "其他",
    }
}

/// An attribute in words (预期性, 約束性).
pub fn attribute(a: Attribute, lang: Lang) -> &'static str {
    match a {
        Attribute::Expected => lang.pick("预期性", "預期性"),
        Attribute::Binding => lang.pick("约束性", "約束性"),
    }
}

/// A category's words in both scripts, for search (创造\u{1f}創造).
pub fn category_both(c: Category) -> &'static str {
    match c {
        Category::Creation => "创造\u{1f}創造",
        Category::Utilization => "运用\u{1f}運用",
        Category::Protection => "保护\u{1f}保護",
        Category::Service => "服务\u{1f}服務",
        Category::Management => "管理",
        Category::Other => "其他",
    }
}

/// An attribute's words in both scripts, for search (预期性\u{1f}預期性).
pub fn attribute_both(a: Attribute) -> &'static str {
    match a {
        Attribute::Expected => "预期性\u{1f}預期性",
        Attribute::Binding => "约束性\u{1f}約束性",
    }
}

/// A status's words in both scripts, for search (进展顺利\u{1f}進展順利).
pub fn status_both(s: Status) -> &'static str {
    match s {
        Status::Achieved => "已完成",
        Status::OnTrack => "进展顺利\u{1f}進展順利",
        Status::Moderate => "进展一般\u{1f}進展一般",
        Status::Insufficient => "进展不足\u{1f}進展不足",
        Status::MovingAway => "偏离目标\u{1f}偏離目標",
        Status::NoData => "暂无数据\u{1f}暫無數據",
    }
}

/// An administrative level in words (国家级, 省級 …).
pub fn level(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::National => lang.pick("国家级", "國家級"),
        Level::Province => lang.pick("省级", "省級"),
        Level::City => lang.pick("市级", "市級"),
        Level::County => lang.pick("县级", "縣級"),
        Level::District => lang.pick("区级", "區級"),
    }
}
