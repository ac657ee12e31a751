//! The `time` module: clocks, `sleep`, and UTC-based `gmtime`/`localtime`/`mktime`/
//! `strftime`/`asctime` (local time is taken to be UTC: Taipan has no tz database).

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::types::function::NativeFn;
use crate::types::int_methods::{big_of, str_arg};
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn base_instant() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn mono() -> Duration {
    // A fixed offset keeps values looking like an uptime clock.
    base_instant().elapsed() + Duration::from_secs(1000)
}

fn noargs(vm: &mut Vm, args: Args, name: &str) -> PyResult<()> {
    args.exact::<0>(vm, name)?;
    Ok(())
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "time")?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}
fn time_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "time_ns")?;
    Ok(vm.new_int(since_epoch().as_nanos() as i64))
}
fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "perf_counter")?;
    Ok(Value::float(mono().as_secs_f64()))
}
fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "perf_counter_ns")?;
    Ok(vm.new_int(mono().as_nanos() as i64))
}
fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "monotonic")?;
    Ok(Value::float(mono().as_secs_f64()))
}
fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "monotonic_ns")?;
    Ok(vm.new_int(mono().as_nanos() as i64))
}

/// CPU time of this process from /proc (utime + stime), in seconds.
fn cpu_seconds() -> f64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else {
        return base_instant().elapsed().as_secs_f64();
    };
    let rest = match s.rfind(')') {
        Some(i) => &s[i + 1..],
        None => return 0.0,
    };
    let f: Vec<&str> = rest.split_whitespace().collect();
    // After ") ": state is field 3; utime is field 14, stime 15 (1-based overall).
    let ut: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    let st: f64 = f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    (ut + st) / 100.0
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "process_time")?;
    Ok(Value::float(cpu_seconds()))
}
fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, args, "process_time_ns")?;
    Ok(vm.new_int((cpu_seconds() * 1e9) as i64))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, "sleep")?;
    let secs = if let Some(f) = x.as_float() {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        f
    } else if let Some(b) = big_of(vm, &x) {
        b.to_f64().unwrap_or(f64::INFINITY)
    } else {
        let tn = vm.type_name(&x);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e10 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}

// ----- calendar ------------------------------------------------------------------------

/// (year, month, day) of a day number since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Broken-down UTC time: [year, mon, mday, hour, min, sec, wday, yday, isdst].
fn breakdown(t: i64) -> [i64; 9] {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (3, Monday = 0).
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        secs / 3600,
        (secs / 60) % 60,
        secs % 60,
        wday,
        yday,
        0,
    ]
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let key = vm.new_str("time");
    let modules = vm.modules.clone();
    let found = match modules.downcast_ref::<crate::types::dict::DictData>() {
        Some(d) => d.get(vm, &key)?,
        None => None,
    };
    let m = match found {
        Some(m) if m.kind() == Some(ObjKind::Module) => m,
        _ => {
            let m = new_module(vm);
            vm.register_module("time", m.clone());
            m
        }
    };
    vm.getattr_str(&m, "struct_time")
}

fn make_struct_time(vm: &mut Vm, f: [i64; 9], zone: &str) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    let vals: Vec<Value> = f.iter().map(|x| vm.new_int(*x)).collect();
    let st = vm.new_struct_seq(&cls, vals);
    let z = vm.new_str(zone);
    let k = vm.intern("tm_zone");
    let _ = vm.store_instance_attr(&st, k, z);
    let k = vm.intern("tm_gmtoff");
    let zero = vm.new_int(0);
    let _ = vm.store_instance_attr(&st, k, zero);
    Ok(st)
}

fn secs_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<i64> {
    let a = args.range(vm, name, 0, 1)?;
    match a.first() {
        None => Ok(since_epoch().as_secs() as i64),
        Some(v) if v.is_none() => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            if let Some(f) = v.as_float() {
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                if f.abs() > 1e17 {
                    return Err(vm.overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(f.floor() as i64);
            }
            match big_of(vm, v).and_then(|b| b.to_i64()) {
                Some(i) if i.abs() < 1 << 55 => Ok(i),
                Some(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
                None => {
                    if big_of(vm, v).is_some() {
                        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
                    }
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        tn
                    )))
                }
            }
        }
    }
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, args, "gmtime")?;
    make_struct_time(vm, breakdown(t), "GMT")
}
fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, args, "localtime")?;
    make_struct_time(vm, breakdown(t), "UTC")
}

/// The nine fields of a struct_time or 9-tuple argument.
fn tuple_fields(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<[i64; 9]> {
    let n = vm.native_of(v);
    let Some(t) = n.downcast_ref::<TupleData>() else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "Tuple or struct_time argument required, not {}",
            tn
        )));
    };
    let items = t.as_slice().to_vec();
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut out = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        out[i] = match big_of(vm, it).and_then(|b| b.to_i64()) {
            Some(x) => x,
            None => {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        };
    }
    Ok(out)
}

fn time_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<[i64; 9]> {
    match v {
        None => Ok(breakdown(since_epoch().as_secs() as i64)),
        Some(v) if v.is_none() => Ok(breakdown(since_epoch().as_secs() as i64)),
        Some(v) => {
            let mut f = tuple_fields(vm, v, fname)?;
            // Normalise as CPython's checktm/gettmarg do for the checked fields.
            if f[1] == 0 {
                f[1] = 1;
            }
            if f[2] == 0 {
                f[2] = 1;
            }
            if f[7] == 0 {
                f[7] = 1;
            }
            if !(1..=12).contains(&f[1]) {
                return Err(vm.value_error("month out of range"));
            }
            if !(1..=31).contains(&f[2]) {
                return Err(vm.value_error("day of month out of range"));
            }
            if !(0..=23).contains(&f[3]) {
                return Err(vm.value_error("hour out of range"));
            }
            if !(0..=59).contains(&f[4]) {
                return Err(vm.value_error("minute out of range"));
            }
            if !(0..=61).contains(&f[5]) {
                return Err(vm.value_error("seconds out of range"));
            }
            if f[6] < 0 {
                return Err(vm.value_error("day of week out of range"));
            }
            f[6] = (f[6] + 1).rem_euclid(7) - 1;
            if f[6] < 0 {
                f[6] = 6;
            }
            if !(1..=366).contains(&f[7]) {
                return Err(vm.value_error("day of year out of range"));
            }
            Ok(f)
        }
    }
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_str(f: &[i64; 9]) -> String {
    let wd = &DAYS[f[6].rem_euclid(7) as usize][..3];
    let mo = &MONTHS[(f[1] - 1).rem_euclid(12) as usize][..3];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        wd, mo, f[2], f[3], f[4], f[5], f[0]
    )
}

fn week_number(f: &[i64; 9], monday_first: bool) -> i64 {
    let yday = f[7] - 1;
    let wday = if monday_first { f[6] } else { (f[6] + 1) % 7 };
    (yday + 7 - wday) / 7
}

fn strftime_str(fmt: &str, f: &[i64; 9], zone: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let wd = f[6].rem_euclid(7) as usize;
        let mo = (f[1] - 1).rem_euclid(12) as usize;
        match d {
            'Y' => out.push_str(&f[0].to_string()),
            'y' => out.push_str(&format!("{:02}", f[0].rem_euclid(100))),
            'C' => out.push_str(&format!("{:02}", f[0].div_euclid(100))),
            'm' => out.push_str(&format!("{:02}", f[1])),
            'd' => out.push_str(&format!("{:02}", f[2])),
            'e' => out.push_str(&format!("{:2}", f[2])),
            'H' => out.push_str(&format!("{:02}", f[3])),
            'I' => out.push_str(&format!(
                "{:02}",
                if f[3] % 12 == 0 { 12 } else { f[3] % 12 }
            )),
            'M' => out.push_str(&format!("{:02}", f[4])),
            'S' => out.push_str(&format!("{:02}", f[5])),
            'p' => out.push_str(if f[3] < 12 { "AM" } else { "PM" }),
            'a' => out.push_str(&DAYS[wd][..3]),
            'A' => out.push_str(DAYS[wd]),
            'b' | 'h' => out.push_str(&MONTHS[mo][..3]),
            'B' => out.push_str(MONTHS[mo]),
            'j' => out.push_str(&format!("{:03}", f[7])),
            'w' => out.push_str(&((f[6] + 1) % 7).to_string()),
            'u' => out.push_str(&(f[6] + 1).to_string()),
            'U' => out.push_str(&format!("{:02}", week_number(f, false))),
            'W' => out.push_str(&format!("{:02}", week_number(f, true))),
            'c' => out.push_str(&asctime_str(f)),
            'x' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                f[1],
                f[2],
                f[0].rem_euclid(100)
            )),
            'X' | 'T' => out.push_str(&format!("{:02}:{:02}:{:02}", f[3], f[4], f[5])),
            'D' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                f[1],
                f[2],
                f[0].rem_euclid(100)
            )),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", f[0], f[1], f[2])),
            'R' => out.push_str(&format!("{:02}:{:02}", f[3], f[4])),
            'Z' => out.push_str(zone),
            'z' => out.push_str("+0000"),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "strftime", 1, 2)?;
    let Some(fmt) = str_arg(&a[0]).map(|s| s.to_string()) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {}", tn)));
    };
    let f = time_arg(vm, a.get(1), "strftime")?;
    let zone = match a.get(1) {
        Some(v) if v.kind() == Some(ObjKind::Instance) => vm
            .getattr_str(v, "tm_zone")
            .ok()
            .and_then(|z| str_arg(&z).map(|s| s.to_string()))
            .unwrap_or_else(|| "UTC".into()),
        _ => "UTC".into(),
    };
    Ok(vm.new_str(strftime_str(&fmt, &f, &zone)))
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "asctime", 0, 1)?;
    let f = time_arg(vm, a.first(), "asctime")?;
    Ok(vm.new_str(asctime_str(&f)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, args, "ctime")?;
    Ok(vm.new_str(asctime_str(&breakdown(t))))
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [t] = args.exact::<1>(vm, "mktime")?;
    let f = tuple_fields(vm, &t, "mktime")?;
    // Normalise month overflow like C's mktime.
    let y = f[0] + (f[1] - 1).div_euclid(12);
    let m = (f[1] - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let secs = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    Ok(Value::float(secs as f64))
}

const FUNCTIONS: &[(&'static str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("strftime", strftime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("mktime", mktime),
];

pub fn new_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("time");
    for &(name, f) in FUNCTIONS {
        let fv = vm.new_native_function(name, "time", f);
        vm.module_set(&m, name, fv);
    }
    let st = vm.new_struct_seq_type(
        "time",
        "struct_time",
        &[
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst",
        ],
    );
    vm.module_set(&m, "struct_time", st);
    let zero = vm.new_int(0);
    vm.module_set(&m, "timezone", zero.clone());
    vm.module_set(&m, "altzone", zero);
    let d = vm.new_int(0);
    vm.module_set(&m, "daylight", d);
    let u1 = vm.new_str("UTC");
    let u2 = vm.new_str("UTC");
    let tz = vm.new_tuple(vec![u1, u2]);
    vm.module_set(&m, "tzname", tz);
    m
}

pub fn init(_vm: &mut Vm) {
    let _ = base_instant();
}
