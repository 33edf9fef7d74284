//! Hard-wrapped text (PDF converted to text: a line break every ~34 characters, even
//! inside a number, a unit or a word). When the text looks hard-wrapped, the line breaks
//! that only wrap a line are marked so the scanners can read across them
//! (`达到1⏎50件` → 150 件); quotes are still cut from the original text, breaks included.

use super::scan::{is_cjk, is_space};

/// Punctuation that ends a line on purpose (a sentence, a clause list, a label).
const LINE_END: &str = "。；;：:！？!?";

/// One line of the text: its char span `[a, b)` without the line break, trimmed.
#[derive(Clone, Copy)]
struct Line {
    a: usize,
    b: usize,
    width: usize,
    prose: bool,
    /// Table cells on one line (tabs, runs of blanks, numbers between blanks).
    cells: bool,
}

/// Which chars of `text` only wrap a line (the break and blanks around it). When the
/// text does not look hard-wrapped, only page breaks that cut a sentence.
pub fn soft_breaks(text: &[char]) -> Vec<bool> {
    let mut drop = vec![false; text.len()];
    // Converters wrap at a display width (digits narrower than ideographs) or at a
    // number of characters; the lines tell which.
    let mut lines = lines(text);
    let count = |l: &Line| 2 * (l.b - l.a);
    // Text that is not hard-wrapped only has its page breaks read across (width 0: a
    // line cut by one is cut wherever it stood).
    let width = match wrap_width(text, &lines, |l| l.width) {
        Some(w) => Some(w),
        None => {
            let w = wrap_width(text, &lines, count);
            if w.is_some() {
                // Measured by chars from here on (in place: a text of many short lines
                // should not need a second copy of its lines).
                for l in &mut lines {
                    l.width = count(l);
                }
            }
            w
        }
    };
    // Page footers (— 2 —), running heads and the blank lines around them sit between
    // the two halves of a sentence that runs over a page break.
    let footer: Vec<bool> = lines.iter().map(|l| is_page_chrome(text, l)).collect();
    // A bare number is a footer only in hard-wrapped text: elsewhere it may be a table
    // cell on its own line (and the cell beside it no running head).
    let marked = |l: &Line| {
        let line = text.get(l.a..l.b).unwrap_or(&[]);
        line.iter()
            .any(|c| matches!(c, '—' | '-' | '–' | '－' | '页'))
    };
    let strong: Vec<bool> = (lines.iter().zip(&footer))
        .map(|(l, &f)| f && (width.is_some() || marked(l)))
        .collect();
    let head = running_heads(text, &lines, &strong);
    let content: Vec<&Line> = lines
        .iter()
        .zip(footer.iter().zip(&head))
        .filter(|(l, (f, h))| l.a < l.b && !**f && !**h)
        .map(|(l, _)| l)
        .collect();
    for pair in content.windows(2) {
        let [prev, next] = pair else { continue };
        let gap = text.get(prev.b..next.a).unwrap_or(&[]);
        let breaks = gap.iter().filter(|&&c| c == '\n').count();
        let joined = if breaks == 1 {
            width.is_some_and(|w| soft(text, prev, next, w))
        } else {
            // Across a page break (one footer line, set off by dashes or blank lines)
            // only a full line runs on.
            let from = lines.partition_point(|l| l.a < prev.b);
            let to = lines.partition_point(|l| l.a < next.a);
            let chrome: Vec<usize> = (from..to)
                .filter(|&k| lines.get(k).is_some_and(|l| l.a < l.b))
                .collect();
            let is_footer = |k: &&usize| footer.get(**k).copied().unwrap_or(false);
            let feet: Vec<&usize> = chrome.iter().filter(is_footer).collect();
            let heads = chrome.len() - feet.len();
            let all_chrome = chrome
                .iter()
                .all(|&k| footer.get(k).copied().unwrap_or(false) || head.get(k) == Some(&true));
            let page_break = match feet.as_slice() {
                [&f] if all_chrome && heads <= 2 && strong.get(f) == Some(&true) => {
                    breaks >= 3 || heads > 0 || lines.get(f).is_some_and(marked)
                }
                _ => false,
            };
            // Unwrapped, a line a page break cuts is a paragraph, not a table cell.
            let long = width.is_some() || prev.b - prev.a >= 12;
            let width = width.unwrap_or(0);
            page_break && long && soft(text, prev, next, width) && prev.width + 10 >= width
        };
        if joined {
            for d in drop.iter_mut().take(next.a).skip(prev.b) {
                *d = true;
            }
        }
    }
    drop
}

/// Marks in `drop` the blanks of letter-spaced text (建 设 省 级 产 业 知 识 产 权 运 营 中 心
/// 10 个, as PDF converters write spaced-out headings and box lines): single blanks in a
/// run of lone CJK chars and numbers with at least four lone CJK chars.
pub fn letter_spacing(text: &[char], drop: &mut [bool]) {
    let at = |j: usize| text.get(j).copied().unwrap_or('\0');
    let blank = |c: char| c == ' ' || c == '\u{3000}';
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%');
    // A token at `j`: one CJK char standing alone, or a number. (end, is CJK)
    let token = |j: usize| -> Option<(usize, bool)> {
        let c = at(j);
        if is_cjk(c) {
            return (!is_cjk(at(j + 1))).then_some((j + 1, true));
        }
        let mut e = j;
        while numeric(at(e)) {
            e += 1;
        }
        (e > j).then_some((e, false))
    };
    let mut i = 0;
    while i < text.len() {
        // A run starts after a blank or a mark, not inside a word or a number.
        // (Tested first: a token inside a long number would rescan it at every digit.)
        let starts = i == 0 || !(is_cjk(at(i - 1)) || numeric(at(i - 1)));
        let Some((mut end, cjk)) = starts.then(|| token(i)).flatten() else {
            i += 1;
            continue;
        };
        let mut singles = usize::from(cjk);
        let mut gaps = Vec::new();
        while blank(at(end)) {
            let Some((e, c)) = token(end + 1) else {
                break;
            };
            gaps.push(end);
            singles += usize::from(c);
            end = e;
        }
        if singles >= 4 {
            for g in gaps {
                if let Some(d) = drop.get_mut(g) {
                    *d = true;
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// Running heads: short lines next to a page footer that repeat the document's first line
/// or each other (the plan's title at the top of every page of a PDF).
fn running_heads(text: &[char], lines: &[Line], footer: &[bool]) -> Vec<bool> {
    let mut head = vec![false; lines.len()];
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| lines[k].a < lines[k].b)
        .collect();
    let body = |k: usize| text.get(lines[k].a..lines[k].b).unwrap_or(&[]);
    // The lines right before and after each footer.
    let mut near = Vec::new();
    for (n, &k) in filled.iter().enumerate() {
        if footer.get(k) != Some(&true) {
            continue;
        }
        for m in [n.checked_sub(1), Some(n + 1)].into_iter().flatten() {
            if let Some(&j) = filled.get(m) {
                if footer.get(j) != Some(&true) && body(j).len() <= 40 && m > 0 {
                    near.push(j);
                }
            }
        }
    }
    let first = filled.first().map(|&k| body(k));
    // Sorted by text, so that repeats are neighbours (no quadratic path).
    near.sort_by(|&x, &y| body(x).cmp(body(y)).then(x.cmp(&y)));
    near.dedup();
    for (n, &j) in near.iter().enumerate() {
        let same = |m: Option<usize>| {
            m.and_then(|m| near.get(m))
                .is_some_and(|&i| body(i) == body(j))
        };
        if Some(body(j)) == first || same(n.checked_sub(1)) || same(Some(n + 1)) {
            head[j] = true;
        }
    }
    head
}

/// A page footer or header line: a page number, alone or between dashes (— 2 —, - 2 -,
/// 第2页, 2/15).
fn is_page_chrome(text: &[char], l: &Line) -> bool {
    let line = text.get(l.a..l.b).unwrap_or(&[]);
    // Cheap exit first (this runs on every line): only these chars can be in one.
    let chrome_char = |c: char| {
        is_space(c)
            || c.is_ascii_digit()
            || matches!(c, '—' | '-' | '–' | '－' | '─' | '第' | '页' | '共' | '/')
    };
    if !line.iter().all(|&c| chrome_char(c)) {
        return false;
    }
    let s: String = line.iter().filter(|c| !is_space(**c)).collect();
    // 第2页共6页 / 共6页第2页: the page, without the count.
    let s = match (s.find('共'), s.find('第')) {
        (Some(k), Some(f)) if f > k => s.get(f..).unwrap_or(""),
        (Some(k), Some(_)) => s.get(..k).unwrap_or(""),
        _ => &s,
    };
    let core = s.trim_matches(|c| matches!(c, '—' | '-' | '–' | '－' | '─'));
    let core = core
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix('页'))
        .unwrap_or(core);
    let digits = |t: &str| (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    match core.split_once('/') {
        Some((a, b)) => digits(a) && digits(b),
        None => digits(core),
    }
}

/// The lines of `text`, their widths measured in display columns ([`char_width`]).
fn lines(text: &[char]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut a = 0;
    while a <= text.len() {
        let rest = text.get(a..).unwrap_or(&[]);
        let b = rest
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |k| a + k);
        let (mut x, mut y) = (a, b);
        while x < y && text.get(x).is_some_and(|c| is_space(*c)) {
            x += 1;
        }
        while y > x && text.get(y - 1).is_some_and(|c| is_space(*c)) {
            y -= 1;
        }
        let chars = text.get(x..y).unwrap_or(&[]);
        let f = line_features(chars);
        out.push(Line {
            a: x,
            b: y,
            width: f.width,
            prose: !f.cells && f.cjk * 2 >= chars.len(),
            cells: f.cells,
        });
        a = b + 1;
    }
    out
}

/// What one pass over a line's chars tells.
struct Features {
    width: usize,
    cjk: usize,
    /// Table cells on one line: cells split by tabs, bars, runs of blanks, or single
    /// blanks around numbers (`发明专利授权量 件 2860 4000 预期性`).
    cells: bool,
}

fn line_features(chars: &[char]) -> Features {
    let (mut width, mut cjk, mut numeric_words) = (0, 0, 0);
    let mut cells = false;
    let mut prev_space = false;
    // Inside a word; the word so far is all digits and number signs.
    let (mut in_word, mut numeric) = (false, true);
    for &c in chars {
        width += char_width(c);
        cjk += usize::from(is_cjk(c));
        let space = is_space(c);
        cells |= c == '\t' || c == '|' || (space && prev_space);
        if space {
            numeric_words += usize::from(in_word && numeric);
            in_word = false;
        } else {
            if !in_word {
                (in_word, numeric) = (true, true);
            }
            numeric = numeric && (c.is_ascii_digit() || ".%≥≤><〔〕—-".contains(c));
        }
        prev_space = space;
    }
    numeric_words += usize::from(in_word && numeric);
    Features {
        width,
        cjk,
        cells: cells || numeric_words >= 2,
    }
}

/// Display width: CJK and full-width forms take two columns.
fn char_width(c: char) -> usize {
    if (c as u32) >= 0x2E80 || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…') {
        2
    } else {
        1
    }
}

/// The wrap width, when most prose lines that run on into the next line share one width
/// (within a few columns: digits are narrower than ideographs).
fn wrap_width(text: &[char], lines: &[Line], width: impl Fn(&Line) -> usize) -> Option<usize> {
    let runs_on: Vec<usize> = lines
        .windows(2)
        .filter_map(|p| match p {
            // (A short next line that ends nothing (2026年12月底前, a row number) is a
            // cell: the long line above it, an office list, wraps nothing.)
            [l, n]
                if l.prose
                    && width(l) >= 40
                    && n.a < n.b
                    && !ends_line(text, l)
                    && (n.b - n.a >= 12 || ends_line(text, n)) =>
            {
                Some(width(l))
            }
            _ => None,
        })
        .collect();
    let mut sorted = runs_on;
    sorted.sort_unstable();
    // For each width w: how many lines lie in [w - 8, w] (sorted, so two searches).
    let (n, w) = sorted
        .iter()
        .map(|&w| {
            let hi = sorted.partition_point(|&x| x <= w);
            let lo = sorted.partition_point(|&x| x + 8 < w);
            (hi - lo, w)
        })
        .max()?;
    (n >= 6 && n * 2 >= sorted.len()).then_some(w)
}

fn ends_line(text: &[char], l: &Line) -> bool {
    l.b > l.a && text.get(l.b - 1).is_some_and(|c| LINE_END.contains(*c))
}

/// Whether the break between `prev` and `next` only wraps the line.
fn soft(text: &[char], prev: &Line, next: &Line, width: usize) -> bool {
    if next.a >= next.b || prev.a >= prev.b || !prev.prose || next.cells || ends_line(text, prev) {
        return false;
    }
    let first = text.get(next.a).copied().unwrap_or('\0');
    let last = text.get(prev.b - 1).copied().unwrap_or('\0');
    if starts_block(text, next) {
        return false;
    }
    // A heading of full width (（一）…) is still a line of its own, unless body text
    // follows it on the same line (（一）加强保护。围绕…).
    let body = text
        .get(prev.a..prev.b)
        .is_some_and(|s| s.iter().any(|c| matches!(c, '。' | '；' | ';')));
    if top_heading(text, prev) && !body {
        return false;
    }
    let full = prev.width + 10 >= width;
    // A break inside a number, before its unit or inside a qualifier (1⏎50件, 1.2万⏎件, 以⏎上).
    let split_token = prev.b - prev.a >= 10
        && (last.is_ascii_digit() || matches!(last, '.' | '万' | '亿' | '以' | '及'))
        && (first.is_ascii_digit()
            || matches!(
                first,
                '.' | '万' | '亿' | '件' | '个' | '家' | '元' | '%' | '年'
            )
            || matches!((last, first), ('以' | '及', '上' | '下' | '内')));
    // 95%以⏎上: a split qualifier after a quantity, however short the line.
    let split_qualifier = matches!((last, first), ('以', '上' | '下' | '内'))
        && (prev.b - prev.a == 1
            || text
                .get(prev.a..prev.b - 1)
                .and_then(|s| s.last())
                .is_some_and(|c| c.is_ascii_digit() || "%件个家项元人次".contains(*c)));
    let punct_only = text
        .get(next.a..next.b)
        .is_some_and(|s| s.iter().all(|c| LINE_END.contains(*c) || *c == '，'));
    // 95%⏎以上: the qualifier of a quantity on the next line.
    let qualifier_next = (last.is_ascii_digit() || "%件个家项元人次".contains(last))
        && text.get(next.a..next.a + 2).is_some_and(|s| match s {
            ['以', '上' | '下' | '内'] => true,
            // A lone 以 on its line.
            ['以', _] => next.b - next.a == 1,
            _ => false,
        });
    full || split_token
        || split_qualifier
        || qualifier_next
        || punct_only && prev.width + 20 >= width
}

/// A chapter-level heading: 一、…, 第一章….
fn top_heading(text: &[char], l: &Line) -> bool {
    let c0 = text.get(l.a).copied().unwrap_or('\0');
    let c1 = text.get(l.a + 1).copied().unwrap_or('\0');
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    (numeral(c0) && c1 == '、') || (c0 == '第' && numeral(c1))
}

/// A line that opens a new block: a heading marker, a 专栏 box, a note, a table title.
fn starts_block(text: &[char], l: &Line) -> bool {
    let s: String = text
        .get(l.a..l.b.min(l.a + 6))
        .unwrap_or(&[])
        .iter()
        .collect();
    let c0 = s.chars().next().unwrap_or('\0');
    let c1 = s.chars().nth(1).unwrap_or('\0');
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    (numeral(c0) && c1 == '、')
        || (matches!(c0, '(' | '（') && numeral(c1))
        || (c0 == '第' && numeral(c1))
        || (c0.is_ascii_digit()
            && matches!(c1, '.' | '、' | '．')
            && !s.chars().nth(2).is_some_and(|c| c.is_ascii_digit()))
        || ["专栏", "附件", "附表", "注:", "注：", "表1", "表2", "表3"]
            .iter()
            .any(|w| s.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped() -> String {
        let body = "到2025年全县知识产权创造质量明显提升有效发明专利拥有量达到1\n50件有效注册商标量达到1.2万件每万人口发明专利拥有量提升到0.55件，\n地理标志证明商标增至8件规模以上工业企业专利申请覆盖率达到百分之六\n十五年累计新增发明专利授权量200件以上建成三个地理标志产品保护示范\n区培育十家县级知识产权优势企业乡镇知识产权服务工作站实现全覆盖到2\n025年知识产权质押融资金额达到3000万元每年组织开展知识产权进企业\n活动不少于6次商标侵权案件办理周期控制在60日以内专利侵权纠纷结案率\n保持在95%以上知识产权保护社会满意度达到85分以上县级知识产权服务\n工作站达到2个全县知识产权工作取得明显成效为高质量发展提供有力支撑\n";
        format!("一、发展目标\n{body}\n二、重点任务\n")
    }

    #[test]
    fn joins_only_wrapped_breaks() {
        let t: Vec<char> = wrapped().chars().collect();
        let kept = kept(&t);
        assert!(kept.contains("达到150件"), "{kept}");
        assert!(kept.contains("到2025年知识产权"), "{kept}");
        assert!(kept.starts_with("一、发展目标\n"), "{kept}");
        assert!(kept.contains("\n二、重点任务"), "{kept}");
    }

    /// `t` with the soft breaks that `soft_breaks` finds removed.
    fn kept(t: &[char]) -> String {
        let d = soft_breaks(t);
        t.iter()
            .zip(&d)
            .filter(|(_, x)| !**x)
            .map(|(c, _)| c)
            .collect()
    }

    #[test]
    fn runs_on_over_a_page_footer() {
        let t = wrapped().replace("达到1\n50件", "达到1\n\n— 2 —\n\n50件");
        let t: Vec<char> = t.chars().collect();
        let kept = kept(&t);
        assert!(kept.contains("达到150件"), "{kept}");
    }

    #[test]
    fn runs_on_over_a_page_footer_and_running_head() {
        let title = wrapped().lines().next().unwrap_or_default().to_string();
        let page = format!("达到1\n\n— 2 —\n\n{title}\n\n50件");
        let t: Vec<char> = wrapped().replace("达到1\n50件", &page).chars().collect();
        let joined = kept(&t);
        assert!(joined.contains("达到150件"), "{joined}");
        // Without the footer, a line like the title is text.
        let t: Vec<char> = wrapped()
            .replace("达到1\n50件", &format!("达到1\n\n{title}\n\n50件"))
            .chars()
            .collect();
        assert!(!kept(&t).contains("达到150件"));
    }

    #[test]
    fn unwrapped_text_runs_on_over_a_page_break_only() {
        let t = "某省知识产权规划\n\n一、目标\n\n到2030年，高校专利转化实\n\n第2页 共6页\n某省知识产权规划\n\n施率达到20%。\n\n二、任务\n\n建设中心\n\n新建10家。\n";
        let t: Vec<char> = t.chars().collect();
        let joined = kept(&t);
        assert!(joined.contains("转化实施率达到20%"), "{joined}");
        assert!(joined.contains("建设中心\n\n新建10家"), "{joined}");
        // A lone number between two lines of text is a cell there, not a page number.
        let t: Vec<char> = "某省知识产权规划\n\n有效商标注册量\n\n86\n\n预期性\n"
            .chars()
            .collect();
        assert!(kept(&t).contains("\n86\n"));
    }

    #[test]
    fn letter_spaced_text_reads_as_words() {
        let read = |s: &str| {
            let t: Vec<char> = s.chars().collect();
            let mut d = vec![false; t.len()];
            letter_spacing(&t, &mut d);
            t.iter()
                .zip(&d)
                .filter(|(_, x)| !**x)
                .map(|(c, _)| c)
                .collect::<String>()
        };
        assert_eq!(read("建 设 运 营 中 心 10 个"), "建设运营中心10个");
        assert_eq!(read("一、总 体 要 求\n"), "一、总体要求\n");
        // Not letter-spaced: words, cells, fewer than four lone chars.
        for s in [
            "有效发明专利 件 10 20 预期性",
            "标    题：某规划",
            "A 类 B 类",
            "专 利 10 20",
        ] {
            assert_eq!(read(s), s);
        }
    }

    #[test]
    fn page_numbers() {
        let chrome = |s: &str| {
            let t: Vec<char> = s.chars().collect();
            let l = Line {
                a: 0,
                b: t.len(),
                width: 0,
                prose: false,
                cells: false,
            };
            is_page_chrome(&t, &l)
        };
        for s in [
            "— 2 —",
            "- 12 -",
            "第2页",
            "第2页 共6页",
            "共6页 第2页",
            "2/15",
            "7",
        ] {
            assert!(chrome(s), "{s}");
        }
        for s in ["共6页", "第二页", "—", "12345"] {
            assert!(!chrome(s), "{s}");
        }
    }

    #[test]
    fn table_rows_stay_rows() {
        let row = "知识产权使用费进出口总额占服务贸易进出口总额的比重 % 1.2 2.0 预期性\n有效发明专利 件 10 20 预期性\n";
        let t: Vec<char> = wrapped().replace("二、重点任务\n", row).chars().collect();
        let kept = kept(&t);
        assert!(kept.contains("预期性\n有效发明专利"), "{kept}");
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let t: Vec<char> = "指标\n2020年\n2025年\n有效发明专利\n86\n150\n"
            .chars()
            .collect();
        assert!(soft_breaks(&t).iter().all(|d| !d));
    }
}
