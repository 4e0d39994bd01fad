//! `time`: clocks and `sleep`; the calendar functions (`gmtime`,
//! `localtime`, `strftime`, ...) and `struct_time` come from the embedded
//! `_timefmt` on first use (PEP 562 `__getattr__`).

use crate::memory::object::{Obj, ObjRef};
use crate::modules::{add_fns, import};
use crate::objects::exception::{new_error, overflow_error, type_error, value_error};
use crate::objects::float::{arith, new_float};
use crate::objects::int::new_bigint;
use crate::objects::module::new_module;
use crate::objects::registry::types;
use crate::protocol::convert::check_args;
use crate::protocol::{attr, object};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    /// The reference point of the monotonic clocks.
    static START: Instant = Instant::now();
}

pub fn make() -> PyResult<ObjRef> {
    START.with(|_| ());
    let m = new_module("time")?;
    add_fns(
        &m,
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("perf_counter", t_monotonic),
            ("perf_counter_ns", t_monotonic_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_process_time),
            ("sleep", t_sleep),
            ("__getattr__", t_getattr),
        ],
    )?;
    Ok(m)
}

/// The names `_timefmt` defines, taken into the module on first use.
const CALENDAR_NAMES: &[&str] = &[
    "struct_time",
    "gmtime",
    "localtime",
    "mktime",
    "asctime",
    "ctime",
    "strftime",
    "timezone",
    "altzone",
    "daylight",
    "tzname",
];

fn t_getattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__getattr__", args, 1, 1)?;
    let name = &args[0];
    let time = import::import(vm, "time")?;
    let wanted = crate::objects::str::try_str(name).filter(|n| CALENDAR_NAMES.contains(n));
    let Some(wanted) = wanted else {
        return Err(attr::no_attribute(&time, name));
    };
    let calendar = import::import(vm, "_timefmt")?;
    let v = attr::get_attr_opt(vm, &calendar, wanted)?.expect("_timefmt name");
    attr::set_attr(vm, &time, name, v.clone())?;
    Ok(v)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

/// CPU time of this process; wall time since start-up where the platform
/// offers no portable way to ask (arenapy runs one thread).
fn cpu_time() -> Duration {
    #[cfg(target_os = "linux")]
    {
        if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
            // Fields after the parenthesised command: utime is the 12th,
            // stime the 13th, in clock ticks (100 per second on Linux).
            if let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) {
                let f: Vec<&str> = rest.split_whitespace().collect();
                if let (Some(u), Some(s)) = (f.get(11), f.get(12)) {
                    if let (Ok(u), Ok(s)) = (u.parse::<u64>(), s.parse::<u64>()) {
                        return Duration::from_millis((u + s) * 10);
                    }
                }
            }
        }
    }
    since_start()
}

fn nanos(d: Duration) -> PyResult<ObjRef> {
    Ok(new_bigint(&BigInt::from(d.as_nanos()))?)
}

fn t_time(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("time", args, 0, 0)?;
    Ok(new_float(since_epoch().as_secs_f64())?)
}

fn t_time_ns(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("time_ns", args, 0, 0)?;
    nanos(since_epoch())
}

fn t_monotonic(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("perf_counter", args, 0, 0)?;
    Ok(new_float(since_start().as_secs_f64())?)
}

fn t_monotonic_ns(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("perf_counter_ns", args, 0, 0)?;
    nanos(since_start())
}

fn t_process_time(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("process_time", args, 0, 0)?;
    Ok(new_float(cpu_time().as_secs_f64())?)
}

fn t_process_time_ns(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("process_time_ns", args, 0, 0)?;
    nanos(cpu_time())
}

fn t_sleep(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("sleep", args, 1, 1)?;
    let secs = arith::as_f64(&args[0])?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            object::type_name(&args[0])
        ))
    })?;
    if secs < 0.0 || secs.is_nan() {
        return Err(value_error("sleep length must be non-negative"));
    }
    // CPython converts to a time_t first.
    if secs >= 9.2e18 {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    vm.flush();
    // Sleep in short slices and look at the Ctrl-C flag between them: CPython's
    // sleep is cut short by SIGINT and raises KeyboardInterrupt at once.
    let end = Instant::now().checked_add(Duration::from_secs_f64(secs));
    loop {
        if vm
            .interrupt
            .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            return Err(new_error(&types().keyboard_interrupt, ""));
        }
        let left = end.map_or(Duration::MAX, |e| {
            e.saturating_duration_since(Instant::now())
        });
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(Duration::from_millis(10)));
    }
    Ok(vm.none())
}
