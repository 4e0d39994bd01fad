//! The `arenapy` command: run a script, `-c` code, or standard input, show a
//! disassembly or the memory report, or start the REPL.
#![forbid(unsafe_code)]

mod heapmap;
mod repl;

use arenapy_vm::{Config, Interpreter, Outcome};
use clap::Parser;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// Counts the interpreter's own Rust allocations, so `--stats` can show the
/// memory the Python heap does not hold (the heap takes its memory from the
/// system allocator directly).
#[global_allocator]
static GLOBAL: arenapy_alloc::counting::CountingAlloc = arenapy_alloc::counting::CountingAlloc;

const AFTER_HELP: &str = "\
With no FILE and a terminal on standard input, starts the interactive REPL:
`>>> ` and `... ` prompts, a block ends at a blank line, Tab completes names
and attributes, Up/Down recall whole blocks (history in ~/.arenapy_history),
Ctrl-C interrupts, Ctrl-D or exit() leaves. REPL commands:
  :mem               the heap report
  :mem diff          what the previous input did to the heap
  :mem auto on|off   show that diff after every input
  :gc                run a collection and say what it found
  :refs NAME         refcount and referrers of a value
  :why NAME          the chains of references that keep a value alive
  :trace on|off      show the heap events of each input
  :map FILE          draw the heap (FILE.svg, or FILE.html with a timeline)
  :help              list the commands
`arenapy -` or piped input reads the whole program from standard input.
Colour on a terminal unless NO_COLOR is set.

Examples:
  arenapy script.py
  arenapy --stats script.py
  arenapy -c 'a = 100; b = a; a = a + 1; print(a, b)'
  arenapy --dis script.py
  arenapy --profile cpython311
  arenapy --trace-alloc --trace-types int examples/seed.py
  arenapy --heap-map seed.html examples/seed.py
See docs/watching.md for the trace, tracemalloc, gc debug output and the map.
";

/// A Python-subset interpreter in which CPython's memory management really
/// happens: every object lives in a block of a pool of an arena, is
/// reference-counted, and cyclic garbage is found by a cycle collector.
#[derive(Parser, Debug)]
#[command(
    name = "arenapy",
    version = arenapy_vm::VERSION_STRING,
    after_help = AFTER_HELP
)]
struct Args {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,

    /// Allocator profile: `classic` (the seed article's geometry: 256 KiB
    /// arenas, 4 KiB pools, 8-byte alignment, no small-int cache) or
    /// `cpython311` (1 MiB arenas, 16 KiB pools, 16-byte alignment, ints
    /// -5..256 cached).
    #[arg(long, value_name = "PROFILE", default_value = "classic", value_parser = parse_profile)]
    profile: arenapy_alloc::Profile,

    /// Print the bytecode of FILE (or -c CODE) instead of running it
    /// (`--dis`); with `--dis=adaptive`, run it and then print the
    /// bytecode as the run left it: with the specialised and
    /// super-instructions the interpreter rewrote it into (CPython's
    /// `dis.dis(adaptive=True)`).
    #[arg(long, value_name = "MODE", num_args = 0..=1, require_equals = true, default_missing_value = "compiled", value_parser = ["compiled", "adaptive"])]
    dis: Option<String>,

    /// After running, print a deterministic memory report to stderr
    /// (`--stats` or `--stats=text`; `--stats=json` for JSON).
    #[arg(long, value_name = "FORMAT", num_args = 0..=1, require_equals = true, default_missing_value = "text", value_parser = ["text", "json"])]
    stats: Option<String>,

    /// Limit the heap to this many bytes beyond start-up: allocations past
    /// it raise MemoryError.
    #[arg(long, value_name = "BYTES")]
    heap_limit: Option<usize>,

    /// Trace every heap event while the script runs, one line each with the
    /// source line that caused it, the object's type and value, its block,
    /// pool and arena: `--trace-alloc` (stderr), `--trace-alloc=FILE`,
    /// `--trace-alloc=jsonl` (JSON lines on stderr) or `=FILE.jsonl`.
    #[arg(long, value_name = "DEST", num_args = 0..=1, require_equals = true, default_missing_value = "-")]
    trace_alloc: Option<String>,

    /// With --trace-alloc: only objects of these types (comma-separated
    /// `__name__`s, e.g. `int,list`).
    #[arg(long, value_name = "TYPES", value_delimiter = ',')]
    trace_types: Option<Vec<String>>,

    /// With --trace-alloc: only events caused by these lines (`10-20` or `7`).
    #[arg(long, value_name = "FROM-TO", value_parser = parse_lines)]
    trace_lines: Option<(u32, u32)>,

    /// When the run ends, draw the heap: every arena, pool and block
    /// coloured by the type of its object. `FILE.svg` is a picture;
    /// `FILE.html` a self-contained page with a timeline of the run.
    /// Any other name writes both (`FILE.svg` and `FILE.html`).
    #[arg(long, value_name = "FILE")]
    heap_map: Option<String>,

    /// After teardown's last collection, list the objects still alive and
    /// the chain of references that keeps each one alive.
    #[arg(long)]
    why_alive_at_exit: bool,

    /// Run the cycle collector at every container allocation (slow; for
    /// finding bugs). Also enabled by ARENAPY_GC_STRESS=1.
    #[arg(long)]
    gc_stress: bool,

    /// Script to run (`-` for standard input), followed by its arguments.
    #[arg(value_name = "FILE")]
    file: Option<String>,

    /// Arguments passed to the script in sys.argv[1:].
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

fn parse_lines(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("invalid line range '{s}' (expected N or FROM-TO)");
    match s.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (
                a.trim().parse().map_err(|_| bad())?,
                b.trim().parse().map_err(|_| bad())?,
            );
            if a > b {
                return Err(bad());
            }
            Ok((a, b))
        }
        None => {
            let n = s.trim().parse().map_err(|_| bad())?;
            Ok((n, n))
        }
    }
}

fn parse_profile(s: &str) -> Result<arenapy_alloc::Profile, String> {
    match s {
        "classic" => Ok(arenapy_alloc::Profile::Classic),
        "cpython311" => Ok(arenapy_alloc::Profile::Cpython311),
        _ => Err(format!(
            "unknown profile '{s}' (expected classic or cpython311)"
        )),
    }
}

/// What to run, decided from the arguments.
enum Source {
    Code(String),
    File(String),
    Stdin,
    Repl,
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // The interpreter runs on a thread with a large stack: the parser and
    // compiler recurse over the AST, and Python calls grow the stack further
    // on demand.
    let handle = std::thread::Builder::new()
        .name("arenapy".into())
        .stack_size(256 << 20)
        .spawn(move || run(args))
        .expect("spawn interpreter thread");
    match handle.join() {
        Ok(code) => ExitCode::from(code),
        Err(_) => {
            eprintln!("arenapy: internal error (a bug in arenapy, please report it)");
            ExitCode::from(70)
        }
    }
}

fn run(args: Args) -> u8 {
    let (source, argv0) = match (&args.command, &args.file) {
        (Some(c), _) => {
            let mut extra = Vec::new();
            if let Some(f) = &args.file {
                extra.push(f.clone());
            }
            extra.extend(args.args.iter().cloned());
            (Source::Code(c.clone()), ("-c".to_string(), extra))
        }
        (None, Some(f)) if f == "-" => (Source::Stdin, ("-".to_string(), args.args.clone())),
        (None, Some(f)) => (Source::File(f.clone()), (f.clone(), args.args.clone())),
        (None, None) => {
            if std::io::stdin().is_terminal() && args.dis.is_none() {
                (Source::Repl, (String::new(), Vec::new()))
            } else {
                (Source::Stdin, (String::new(), Vec::new()))
            }
        }
    };
    let mut argv = vec![argv0.0];
    argv.extend(argv0.1);
    let config = Config {
        profile: args.profile,
        argv,
        heap_limit: args.heap_limit,
        gc_stress: args.gc_stress || std::env::var("ARENAPY_GC_STRESS").is_ok_and(|v| v == "1"),
    };
    let (text, filename) = match source {
        Source::Repl => {
            return repl::run(Interpreter::new(config));
        }
        Source::Code(c) => (c, "<string>".to_string()),
        Source::Stdin => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("arenapy: can't read standard input: {e}");
                return 2;
            }
            (s, "<stdin>".to_string())
        }
        Source::File(dir) if std::path::Path::new(&dir).is_dir() => {
            // CPython runs a directory's `__main__.py` (sys.path[0] is the
            // directory itself).
            let main = std::path::Path::new(&dir).join("__main__.py");
            match std::fs::read(&main).ok().map(String::from_utf8) {
                Some(Ok(s)) => {
                    let base = std::path::absolute(&dir).unwrap_or_else(|_| dir.clone().into());
                    (s, base.join("__main__.py").to_string_lossy().into_owned())
                }
                Some(Err(_)) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in file {}", main.display());
                    return 1;
                }
                None => {
                    let exe = std::env::args().next().unwrap_or_else(|| "arenapy".into());
                    eprintln!("{exe}: can't find '__main__' module in '{dir}'");
                    return 1;
                }
            }
        }
        Source::File(f) => match std::fs::read(&f) {
            Ok(bytes) if arenapy_syntax::nul_byte_error(&bytes).is_some() => {
                let shown = std::path::absolute(&f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| f.clone());
                if let Some(e) = arenapy_syntax::nul_byte_error(&bytes) {
                    eprint!("{}", e.render(&shown));
                }
                return 1;
            }
            Ok(bytes) => match arenapy_syntax::decode_source(
                &bytes,
                &std::path::absolute(&f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| f.clone()),
            ) {
                // Tracebacks name the script by its absolute path, as
                // CPython 3.11 does; sys.argv[0] keeps what was typed.
                Ok(s) => (
                    s,
                    std::path::absolute(&f)
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or(f),
                ),
                Err(msg) => {
                    eprintln!("SyntaxError: {msg}");
                    return 1;
                }
            },
            Err(e) => {
                let exe = std::env::args().next().unwrap_or_else(|| "arenapy".into());
                // CPython names the file by its absolute path.
                let shown = std::path::absolute(&f)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| f.clone());
                eprintln!(
                    "{exe}: can't open file '{shown}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    os_message(&e)
                );
                return 2;
            }
        },
    };
    let mut interp = Interpreter::new(config);
    if args.dis.as_deref() == Some("compiled") {
        return match interp.disassemble(&text, &filename) {
            Ok(listing) => {
                print!("{listing}");
                0
            }
            Err(rendered) => {
                eprint!("{rendered}");
                1
            }
        };
    }
    // Ctrl-C raises KeyboardInterrupt in the running program (at its next
    // loop iteration or call); a second Ctrl-C before that ends the process.
    let flag = interp.interrupt_flag();
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, std::sync::atomic::Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    interp.set_why_alive_at_exit(args.why_alive_at_exit);
    if let Err(e) = start_trace(&mut interp, &args) {
        eprintln!("arenapy: {e}");
        return 2;
    }
    // A test mode: ARENAPY_FAIL_AT=N refuses the program's Nth heap
    // allocation (0: only count them, reported on stderr at exit).
    let fail_at = std::env::var("ARENAPY_FAIL_AT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok());
    interp.set_fail_at(fail_at);
    let outcome = if args.dis.is_some() {
        let (outcome, listing) = interp.run_source_adaptive(&text, &filename);
        if let Some(listing) = listing {
            print!("{listing}");
        }
        outcome
    } else {
        interp.run_source(&text, &filename)
    };
    if let Some(path) = &args.heap_map {
        let (events, dropped) = arenapy_vm::memory::trace::take_kept();
        if let Err(e) = heapmap::write(&mut interp, path, &events, dropped, &text, &filename) {
            eprintln!("arenapy: cannot write the heap map {path}: {e}");
        }
    }
    if fail_at == Some(0) {
        eprintln!("arenapy: {} heap allocations", interp.heap_requests());
    }
    let code = match outcome {
        Outcome::Ok => 0,
        // exit(status) keeps the low byte: sys.exit(256) is 0, -1 is 255.
        Outcome::Exit(c) => (c & 0xff) as u8,
    };
    // The test harness's leak check: the teardown's leaked-block count goes
    // to the file named by ARENAPY_LEAK_REPORT, leaving stdout and stderr
    // exactly what the script printed (`--stats` reports it too).
    let leak_report = std::env::var_os("ARENAPY_LEAK_REPORT").filter(|p| !p.is_empty());
    if let (Some(path), None) = (&leak_report, &args.stats) {
        let leaked = interp.shutdown().leaked_blocks();
        if let Err(e) = std::fs::write(path, format!("{leaked}\n")) {
            eprintln!("arenapy: can't write the leak report: {e}");
        }
        return code;
    }
    if let Some(format) = &args.stats {
        if format == "json" {
            // One JSON object: the run's report with the teardown inside.
            let report = arenapy_vm::memory::report::full_report(&mut interp, true);
            let teardown = arenapy_vm::memory::report::teardown_json(&interp.shutdown());
            let mut v: serde_json::Value = serde_json::from_str(&report).unwrap_or_default();
            v["teardown"] = teardown;
            eprintln!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        } else {
            let report = arenapy_vm::memory::report::full_report(&mut interp, false);
            let teardown = arenapy_vm::memory::report::teardown_report(&interp.shutdown(), false);
            eprint!("{report}{teardown}");
        }
    }
    code
}

/// Starts the allocation trace for `--trace-alloc` and `--heap-map`.
fn start_trace(interp: &mut Interpreter, args: &Args) -> Result<(), String> {
    if args.trace_alloc.is_none() && args.heap_map.is_none() {
        return Ok(());
    }
    let (out, jsonl): (Option<Box<dyn std::io::Write>>, bool) = match args.trace_alloc.as_deref() {
        None => (None, false),
        Some("-") => (Some(Box::new(std::io::stderr())), false),
        Some("jsonl") => (Some(Box::new(std::io::stderr())), true),
        Some(path) => {
            let f = std::fs::File::create(path).map_err(|e| format!("cannot write {path}: {e}"))?;
            (
                Some(Box::new(std::io::BufWriter::new(f))),
                path.ends_with(".jsonl"),
            )
        }
    };
    interp.start_trace(arenapy_vm::memory::trace::Options {
        out,
        jsonl,
        types: args.trace_types.clone(),
        lines: args.trace_lines,
        keep: if args.heap_map.is_some() {
            heapmap::MAX_EVENTS
        } else {
            0
        },
    });
    Ok(())
}

fn os_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
