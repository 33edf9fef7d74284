//! A small, total JSON reader and writer.
//!
//! Why not serde_json: the loader must report *every* problem with its JSON path and keep
//! the good part, which needs a generic value tree; and the wasm build must stay small.
//! This reader is about 200 lines, keeps object keys in file order, and never panics.

/// A JSON value; objects keep their keys in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in file order (duplicates kept; lookups take the first).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A short description for error messages: `a number`, `"abc"`, `an array` …
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => if *b { "true" } else { "false" }.into(),
            Value::Number(n) => format_number(*n),
            Value::String(s) => {
                // The first 40 characters, and an ellipsis when there are more.
                let (short, ell) = match s.char_indices().nth(40) {
                    Some((i, _)) => (s.get(..i).unwrap_or(s), "…"),
                    None => (s.as_str(), ""),
                };
                format!("\"{short}{ell}\"")
            }
            Value::Array(_) => "an array".into(),
            Value::Object(_) => "an object".into(),
        }
    }
}

/// Why a text is not JSON, and where (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What was expected.
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "第{}行第{}列: {} (line {}, column {})",
            self.line, self.column, self.message, self.line, self.column
        )
    }
}

/// Maximum nesting depth; deeper input is rejected rather than overflowing the stack.
const MAX_DEPTH: usize = 128;

/// Parses a complete JSON text (a leading UTF-8 BOM is allowed).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Reader {
        s: text.as_bytes(),
        i: 0,
        text,
        members: Vec::new(),
        items: Vec::new(),
    };
    p.ws();
    if p.i >= p.s.len() {
        return Err(p.err("文件为空,不是JSON (empty input, expected JSON)"));
    }
    let v = p.value(0).map_err(|m| p.err(m))?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("JSON值之后还有多余内容 (trailing characters after the JSON value)"));
    }
    Ok(v)
}

/// A parse failure inside the reader: just the message, as a `&'static str` (small to
/// return through every level); [`parse`] adds the line and column once.
type Parsed<T> = Result<T, &'static str>;

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
    text: &'a str,
    /// The members of the objects being read, innermost last (one stack for all of
    /// them, so that each object gets one allocation of its exact size, not a growing
    /// `Vec` that leaves its smaller buffers behind: less memory for a large file).
    members: Vec<(String, Value)>,
    /// The same for array items.
    items: Vec<Value>,
}

impl Reader<'_> {
    /// The error `message` at the current position (where parsing stopped: a failure
    /// returns at once, without moving on).
    fn err(&self, message: &str) -> SyntaxError {
        // One pass over the characters before the error (no `matches`/`rsplit`: their
        // pattern searchers cost more wasm than this loop).
        let upto = self.text.get(..self.i.min(self.text.len())).unwrap_or("");
        let (mut line, mut column) = (1, 1);
        for c in upto.chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        SyntaxError {
            line,
            column,
            message: message.into(),
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Parsed<Value> {
        if depth > MAX_DEPTH {
            return Err("嵌套层数过多 (nesting too deep)");
        }
        self.ws();
        match self.s.get(self.i) {
            None => Err("意外的文件结尾 (unexpected end of input)"),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) if self.eat("true") => Ok(Value::Bool(true)),
            Some(_) if self.eat("false") => Ok(Value::Bool(false)),
            Some(_) if self.eat("null") => Ok(Value::Null),
            Some(_) => Err("此处应为JSON值 (expected a JSON value)"),
        }
    }

    fn object(&mut self, depth: usize) -> Parsed<Value> {
        self.i += 1;
        let start = self.members.len();
        self.ws();
        if self.eat("}") {
            return Ok(Value::Object(Vec::new()));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err("此处应为带引号的键名 (expected a quoted key)");
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(":") {
                return Err("键名后应为冒号 (expected ':')");
            }
            let v = self.value(depth + 1)?;
            self.members.push((key, v));
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("}") {
                return Ok(Value::Object(self.members.split_off(start)));
            }
            return Err("此处应为逗号或右花括号 (expected ',' or '}')");
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<Value> {
        self.i += 1;
        let start = self.items.len();
        self.ws();
        if self.eat("]") {
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            let v = self.value(depth + 1)?;
            self.items.push(v);
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("]") {
                return Ok(Value::Array(self.items.split_off(start)));
            }
            return Err("此处应为逗号或右方括号 (expected ',' or ']')");
        }
    }

    fn number(&mut self) -> Parsed<Value> {
        let start = self.i;
        let digits = |r: &mut Self| {
            let s = r.i;
            while let Some(b'0'..=b'9') = r.s.get(r.i) {
                r.i += 1;
            }
            r.i > s
        };
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        if !digits(self) {
            return Err("数字格式错误 (malformed number)");
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digits(self) {
                return Err("小数点后应有数字 (malformed number)");
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            if !digits(self) {
                return Err("指数格式错误 (malformed exponent)");
            }
        }
        let lit = self.text.get(start..self.i).unwrap_or_default();
        match crate::float::parse(lit) {
            Some(n) if n.is_finite() => Ok(Value::Number(n)),
            _ => Err("数字超出范围 (number out of range)"),
        }
    }

    fn string(&mut self) -> Parsed<String> {
        self.i += 1; // opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // `start..i` stops only at ASCII bytes, so it is on char boundaries.
            out.push_str(&self.text[start..self.i]);
            match self.s.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err("字符串中有未转义的控制字符 (control character in string)"),
                None => return Err("字符串没有结束引号 (unterminated string)"),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Parsed<()> {
        let c = match self.s.get(self.i) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 1;
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err("无效的代理对 (invalid surrogate pair)");
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                // Lone surrogates become U+FFFD rather than an error: nothing is lost.
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                return Ok(());
            }
            _ => return Err("无效的转义序列 (invalid escape)"),
        };
        self.i += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| {
            h.iter()
                .try_fold(0, |n, &b| Some(n << 4 | char::from(b).to_digit(16)?))
        });
        match h {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => Err("\\u 后应为4位十六进制数 (expected 4 hex digits)"),
        }
    }
}

/// Formats a finite number the way JSON writers do: integers without `.0`, others in
/// shortest round-trip form. Non-finite numbers (which JSON cannot hold) become `null`.
pub fn format_number(n: f64) -> String {
    crate::num::shortest(n).unwrap_or_else(|| "null".into())
}

/// Appends `s` as a JSON string literal (with quotes) to `out`.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // U+2028/2029 are escaped so the output is also safe inside a <script>.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                // `\u` and four lowercase hex digits (no `format!("{:04x}")`: smaller wasm).
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.extend(char::from_digit((c as u32 >> shift) & 15, 16));
                }
            }
            '<' => out.push_str("\\u003c"),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_values_in_order() {
        let v = parse(r#"{"b":[1,2.5,-3e2],"a":{"x":null,"y":true},"s":"中\u6587\n"}"#).unwrap();
        let Value::Object(m) = &v else { panic!() };
        assert_eq!(m[0].0, "b");
        assert_eq!(
            v.get("b"),
            Some(&Value::Array(vec![
                Value::Number(1.0),
                Value::Number(2.5),
                Value::Number(-300.0)
            ]))
        );
        assert_eq!(v.get("s"), Some(&Value::String("中文\n".into())));
    }

    #[test]
    fn reports_line_and_column() {
        let e = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 7));
        assert!(e.message.contains("':'"));
    }

    #[test]
    fn rejects_empty_trailing_and_deep() {
        assert!(parse("").unwrap_err().message.contains("empty"));
        assert!(parse("  ").is_err());
        assert!(parse("1 2").is_err());
        assert!(parse(&"[".repeat(1000)).is_err());
        assert!(parse("1e999").is_err());
        assert!(parse("\"abc").is_err());
        assert!(parse("tru").is_err());
    }

    #[test]
    fn accepts_bom_and_surrogates() {
        assert_eq!(parse("\u{feff}1").unwrap(), Value::Number(1.0));
        assert_eq!(
            parse(r#""\ud83d\ude00\ud800""#).unwrap(),
            Value::String("😀\u{fffd}".into())
        );
    }

    #[test]
    fn writes_strings_safely() {
        let mut s = String::new();
        write_string(&mut s, "a\"</script>\u{2028}");
        assert_eq!(s, r#""a\"\u003c/script>\u2028""#);
        let mut s = String::new();
        write_string(&mut s, "\u{1}\u{1f}\u{2029}");
        assert_eq!(s, r#""\u0001\u001f\u2029""#);
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(f64::NAN), "null");
    }
}
