//! Text encodings for `str.encode`, `bytes.decode`, `str(b, encoding)`,
//! `bytes(s, encoding)`: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`
//! error handlers, and the `UnicodeEncodeError`/`UnicodeDecodeError` values with
//! CPython's positions and reasons.

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::types::exception::ExceptionData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

pub fn lookup(name: &str) -> Option<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" | "utf16_le" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" | "utf16_be" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" | "utf32_le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" | "utf32_be" => Codec::Utf32Be,
        _ => return None,
    })
}

pub enum CodecError {
    UnknownEncoding(String),
    UnknownHandler(String),
    Encode {
        codec: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    Decode {
        codec: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
    },
}

fn check_handler(errors: &str) -> Result<(), CodecError> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "namereplace" | "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(CodecError::UnknownHandler(errors.to_string())),
    }
}

fn push_backslash_char(out: &mut Vec<u8>, c: char) {
    let n = c as u32;
    let s = if n <= 0xff {
        format!("\\x{:02x}", n)
    } else if n <= 0xffff {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    };
    out.extend_from_slice(s.as_bytes());
}

/// Encode with a single-byte limit (ASCII: 128, Latin-1: 256).
fn encode_limited(
    chars: &[char],
    limit: u32,
    codec: Codec,
    errors: &str,
) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                return Err(CodecError::Encode {
                    codec: codec.name(),
                    start: i,
                    end: j,
                    reason: if limit == 128 {
                        "ordinal not in range(128)"
                    } else {
                        "ordinal not in range(256)"
                    },
                })
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" | "namereplace" => {
                for &c in &chars[i..j] {
                    push_backslash_char(&mut out, c);
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(CodecError::UnknownHandler(other.to_string())),
        }
        i = j;
    }
    Ok(out)
}

pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec =
        lookup(encoding).ok_or_else(|| CodecError::UnknownEncoding(encoding.to_string()))?;
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            Ok(v)
        }
        Codec::Ascii | Codec::Latin1 => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            let chars: Vec<char> = s.chars().collect();
            let limit = if codec == Codec::Ascii { 128 } else { 256 };
            encode_limited(&chars, limit, codec, errors)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                if be {
                    out.extend_from_slice(&u.to_be_bytes());
                } else {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            Ok(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                if be {
                    out.extend_from_slice(&u.to_be_bytes());
                } else {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            Ok(out)
        }
    }
}

fn decode_error_action(
    out: &mut String,
    b: &[u8],
    start: usize,
    end: usize,
    codec: Codec,
    errors: &str,
    reason: &'static str,
) -> Result<(), CodecError> {
    match errors {
        "strict" => Err(CodecError::Decode {
            codec: codec.name(),
            start,
            end,
            reason,
        }),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{:02x}", x));
            }
            Ok(())
        }
        "surrogateescape" | "surrogatepass" | "xmlcharrefreplace" | "namereplace" => {
            Err(CodecError::Decode {
                codec: codec.name(),
                start,
                end,
                reason,
            })
        }
        other => Err(CodecError::UnknownHandler(other.to_string())),
    }
}

fn decode_utf8(b: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix is valid UTF-8 by construction.
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = b[start];
                        let reason = if n == 1 && (first < 0xc2 || first > 0xf4) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                decode_error_action(&mut out, b, start, end, codec, errors, reason)?;
                pos = end;
                if pos >= b.len() {
                    return Ok(out);
                }
            }
        }
    }
}

fn decode_utf16(b: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    let mut be = codec == Codec::Utf16Be;
    let mut i = 0;
    if codec == Codec::Utf16 && b.len() >= 2 {
        if b[0] == 0xff && b[1] == 0xfe {
            i = 2;
        } else if b[0] == 0xfe && b[1] == 0xff {
            i = 2;
            be = true;
        }
    }
    let codec = if codec == Codec::Utf16 {
        if be {
            Codec::Utf16Be
        } else {
            Codec::Utf16Le
        }
    } else {
        codec
    };
    let mut out = String::new();
    let unit = |k: usize| -> u16 {
        if be {
            u16::from_be_bytes([b[k], b[k + 1]])
        } else {
            u16::from_le_bytes([b[k], b[k + 1]])
        }
    };
    while i < b.len() {
        if i + 1 >= b.len() {
            decode_error_action(&mut out, b, i, b.len(), codec, errors, "truncated data")?;
            break;
        }
        let u = unit(i);
        if (0xd800..0xdc00).contains(&u) {
            if i + 3 >= b.len() {
                decode_error_action(
                    &mut out,
                    b,
                    i,
                    b.len(),
                    codec,
                    errors,
                    "unexpected end of data",
                )?;
                break;
            }
            let u2 = unit(i + 2);
            if (0xdc00..0xe000).contains(&u2) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                i += 4;
            } else {
                decode_error_action(
                    &mut out,
                    b,
                    i,
                    i + 2,
                    codec,
                    errors,
                    "illegal UTF-16 surrogate",
                )?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_error_action(&mut out, b, i, i + 2, codec, errors, "illegal encoding")?;
            i += 2;
        } else {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(b: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    let mut be = codec == Codec::Utf32Be;
    let mut i = 0;
    if codec == Codec::Utf32 && b.len() >= 4 {
        if b[..4] == [0xff, 0xfe, 0, 0] {
            i = 4;
        } else if b[..4] == [0, 0, 0xfe, 0xff] {
            i = 4;
            be = true;
        }
    }
    let codec = if codec == Codec::Utf32 {
        if be {
            Codec::Utf32Be
        } else {
            Codec::Utf32Le
        }
    } else {
        codec
    };
    let mut out = String::new();
    while i < b.len() {
        if i + 3 >= b.len() {
            decode_error_action(&mut out, b, i, b.len(), codec, errors, "truncated data")?;
            break;
        }
        let arr = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let u = if be {
            u32::from_be_bytes(arr)
        } else {
            u32::from_le_bytes(arr)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                let reason = if u > 0x10ffff {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                decode_error_action(&mut out, b, i, i + 4, codec, errors, reason)?
            }
        }
        i += 4;
    }
    Ok(out)
}

pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec =
        lookup(encoding).ok_or_else(|| CodecError::UnknownEncoding(encoding.to_string()))?;
    match codec {
        Codec::Utf8 => decode_utf8(b, codec, errors),
        Codec::Utf8Sig => {
            let b = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b);
            decode_utf8(b, codec, errors)
        }
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&x| x as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                } else {
                    decode_error_action(
                        &mut out,
                        b,
                        i,
                        i + 1,
                        codec,
                        errors,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(b, codec, errors),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(b, codec, errors),
    }
}

/// Validate the handler name even when no error occurs? CPython only looks the
/// handler up on the first error, so nothing to do; kept for callers that want it.
#[allow(dead_code)]
pub fn validate_handler(errors: &str) -> Result<(), CodecError> {
    check_handler(errors)
}

/// Turn a codec error into the Python exception. `obj` is the str being encoded
/// or the bytes being decoded.
pub fn raise(vm: &mut Vm, err: CodecError, obj: &Value) -> PyErr {
    match err {
        CodecError::UnknownEncoding(name) => vm.lookup_error(format!("unknown encoding: {}", name)),
        CodecError::UnknownHandler(name) => {
            vm.lookup_error(format!("unknown error handler name '{}'", name))
        }
        CodecError::Encode {
            codec,
            start,
            end,
            reason,
        } => {
            let cls = vm.t.unicode_encode_error.clone();
            let a = vec![
                vm.new_str(codec),
                obj.clone(),
                vm.new_usize(start),
                vm.new_usize(end),
                vm.new_str(reason),
            ];
            vm.new_exception(&cls, a)
        }
        CodecError::Decode {
            codec,
            start,
            end,
            reason,
        } => {
            let cls = vm.t.unicode_decode_error.clone();
            let bytes = match vm.bytes_like(obj) {
                Some(b) => vm.new_bytes(b),
                None => obj.clone(),
            };
            let a = vec![
                vm.new_str(codec),
                bytes,
                vm.new_usize(start),
                vm.new_usize(end),
                vm.new_str(reason),
            ];
            vm.new_exception(&cls, a)
        }
    }
}

// ----- UnicodeEncodeError / UnicodeDecodeError attributes and str -------------------

fn exc_args(v: &Value) -> Vec<Value> {
    v.downcast_ref::<ExceptionData>()
        .map(|e| e.args.borrow().clone())
        .and_then(|a| a.downcast_ref::<TupleData>().map(|t| t.as_slice().to_vec()))
        .unwrap_or_default()
}

fn unicode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    let a = exc_args(&this);
    if a.len() != 5 {
        return match a.len() {
            0 => Ok(vm.new_str("")),
            1 => vm.str(&a[0]),
            _ => {
                let t = vm.new_tuple(a);
                vm.str(&t)
            }
        };
    }
    let enc = vm.str_string(&a[0])?;
    let reason = vm.str_string(&a[4])?;
    let start = vm.index_value(&a[2])?.unwrap_or(0);
    let end = vm.index_value(&a[3])?.unwrap_or(0);
    let is_encode = this
        .header()
        .map(|h| crate::types::class::is_subclass(&h.class(), &vm.t.unicode_encode_error))
        .unwrap_or(false);
    if is_encode {
        let s = a[1]
            .downcast_ref::<crate::types::str::StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if end == start + 1 && start >= 0 {
            if let Some(c) = s.chars().nth(start as usize) {
                let n = c as u32;
                let shown = if n <= 0xff {
                    format!("\\x{:02x}", n)
                } else if n <= 0xffff {
                    format!("\\u{:04x}", n)
                } else {
                    format!("\\U{:08x}", n)
                };
                return Ok(vm.new_str(format!(
                    "'{}' codec can't encode character '{}' in position {}: {}",
                    enc, shown, start, reason
                )));
            }
        }
        Ok(vm.new_str(format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        )))
    } else {
        let b = vm.bytes_like(&a[1]).unwrap_or_default();
        if end == start + 1 && start >= 0 && (start as usize) < b.len() {
            return Ok(vm.new_str(format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc, b[start as usize], start, reason
            )));
        }
        Ok(vm.new_str(format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        )))
    }
}

macro_rules! arg_getter {
    ($name:ident, $idx:expr) => {
        fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let a = exc_args(v);
            match a.get($idx) {
                Some(x) if a.len() == 5 => Ok(x.clone()),
                _ => Ok(vm.new_str("")).map(|_| Value::NONE),
            }
        }
    };
}
arg_getter!(get_encoding, 0);
arg_getter!(get_object, 1);
arg_getter!(get_start, 2);
arg_getter!(get_end, 3);
arg_getter!(get_reason, 4);

pub fn init(vm: &mut Vm) {
    for cls in [
        vm.t.unicode_encode_error.clone(),
        vm.t.unicode_decode_error.clone(),
    ] {
        vm.add_method(&cls, "__str__", unicode_error_str);
        vm.add_getset(&cls, "encoding", get_encoding, None);
        vm.add_getset(&cls, "object", get_object, None);
        vm.add_getset(&cls, "start", get_start, None);
        vm.add_getset(&cls, "end", get_end, None);
        vm.add_getset(&cls, "reason", get_reason, None);
    }
}
