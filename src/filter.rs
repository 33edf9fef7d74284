//! Table filter and sort state (筛选与排序), in the same query syntax as `data-filter` and the
//! URL hash: `category=creation&status=on_track&region=淄博市&attribute=预期性&q=专利&sort=-progress`.
//!
//! Pure and total: any input parses (unknown keys and bad values are ignored).

use crate::model::{Attribute, Category, Status};

/// Filter state of an indicator table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only this category (类别).
    pub category: Option<Category>,
    /// Only this status (状态).
    pub status: Option<Status>,
    /// Only this region, exactly as in the data (地区).
    pub region: Option<String>,
    /// Only this attribute (属性).
    pub attribute: Option<Attribute>,
    /// Free text search (搜索), matched case-insensitively as a substring; empty = all.
    pub text: String,
}

impl Filter {
    /// Parses a query string (a leading `#` or `?` is skipped); total on any input.
    pub fn from_query(s: &str) -> Filter {
        let mut f = Filter::default();
        for (k, v) in pairs(s) {
            match k.as_str() {
                "category" => f.category = Category::from_name(&v),
                "status" => f.status = Status::from_name(&v),
                "region" => f.region = Some(v).filter(|r| !r.is_empty()),
                "attribute" => f.attribute = attribute_from_query(&v),
                "q" => f.text = v,
                _ => {}
            }
        }
        f
    }

    /// The query string for this filter (empty fields left out, UTF-8 percent-encoded).
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        if let Some(c) = self.category {
            q.push("category", c.as_str());
        }
        if let Some(s) = self.status {
            q.push("status", s.as_str());
        }
        if let Some(r) = &self.region {
            q.push("region", r);
        }
        if let Some(a) = self.attribute {
            q.push("attribute", a.as_str());
        }
        if !self.text.is_empty() {
            q.push("q", &self.text);
        }
        q.0
    }

    /// The query string for this filter and a sort order (`…&sort=-progress`).
    pub fn to_query_with(&self, sort: Option<Sort>) -> String {
        let mut q = Query(self.to_query());
        if let Some(s) = sort {
            q.push("sort", &s.value());
        }
        q.0
    }

    /// Whether the filter lets every row through.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The search text folded for matching, split into terms that must all occur.
    pub fn terms(&self) -> Vec<String> {
        let mut terms = Vec::new();
        for t in fold(&self.text).split_whitespace() {
            terms.push(t.to_string());
        }
        terms
    }
}

fn attribute_from_query(v: &str) -> Option<Attribute> {
    match v {
        "expected" => Some(Attribute::Expected),
        "binding" => Some(Attribute::Binding),
        _ => Attribute::from_name(v),
    }
}

/// A sortable table column (列).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    /// Region and plan (地区/规划).
    Region,
    /// Indicator name (指标).
    Name,
    /// Category (类别).
    Category,
    /// Attribute (属性).
    Attribute,
    /// Baseline value (基期值).
    Baseline,
    /// Target value (目标值).
    Target,
    /// Latest actual (最新值).
    Latest,
    /// Progress (进度).
    Progress,
    /// Status (状态).
    Status,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 9] = [
        Column::Region,
        Column::Name,
        Column::Category,
        Column::Attribute,
        Column::Baseline,
        Column::Target,
        Column::Latest,
        Column::Progress,
        Column::Status,
    ];

    /// The spelling in `data-pm-sort` and in `sort=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Region => "region",
            Column::Name => "name",
            Column::Category => "category",
            Column::Attribute => "attribute",
            Column::Baseline => "baseline",
            Column::Target => "target",
            Column::Latest => "latest",
            Column::Progress => "progress",
            Column::Status => "status",
        }
    }

    /// Parses the spelling of [`Column::as_str`].
    pub fn from_name(s: &str) -> Option<Column> {
        Column::ALL.iter().copied().find(|c| c.as_str() == s)
    }

    /// Position in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A sort order (排序): a column, ascending or descending. Missing values always sort last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column sorted on.
    pub column: Column,
    /// Largest first.
    pub descending: bool,
}

impl Sort {
    /// Parses a `sort=` value: `progress` ascending, `-progress` descending.
    pub fn parse(v: &str) -> Option<Sort> {
        let (descending, name) = match v.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, v),
        };
        Column::from_name(name).map(|column| Sort { column, descending })
    }

    /// The `sort=` value.
    pub fn value(self) -> String {
        let mut s = String::new();
        if self.descending {
            s.push('-');
        }
        s.push_str(self.column.as_str());
        s
    }

    /// The `sort=` entry of a query string, if any and valid.
    pub fn from_query(s: &str) -> Option<Sort> {
        pairs(s)
            .filter(|(k, _)| k == "sort")
            .last()
            .and_then(|(_, v)| Sort::parse(&v))
    }

    /// The next order when the reader activates `column`'s header: ascending first, then
    /// toggled.
    pub fn toggled(current: Option<Sort>, column: Column) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                descending: !s.descending,
            },
            _ => Sort {
                column,
                descending: false,
            },
        }
    }
}

/// Text folded for search: ASCII lowercase, full-width ASCII (ＡＢＣ１２３) as half-width,
/// the ideographic space as a space. (No Unicode case tables: Chinese has no case, and the
/// tables would weigh more than the rest of the filter in the wasm bundle.)
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        };
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Splits a query into decoded `(key, value)` pairs.
fn pairs(s: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let s = s.trim();
    let s = s.strip_prefix(['#', '?']).unwrap_or(s);
    s.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (decode(k), decode(v))
    })
}

/// Percent-decodes UTF-8 (`+` is a space); malformed escapes stay as written.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'+' => out.push(b' '),
            b'%' => match (b.get(i + 1).and_then(hex), b.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(c),
            },
            _ => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: &u8) -> Option<u8> {
    (*c as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but the unreserved characters `A-Z a-z 0-9 - _ . ~`.
pub fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(HEX[(c >> 4) as usize] as char);
            out.push(HEX[(c & 15) as usize] as char);
        }
    }
    out
}

#[derive(Default)]
struct Query(String);

impl Query {
    fn push(&mut self, k: &str, v: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(k);
        self.0.push('=');
        self.0.push_str(&encode(v));
    }
}
