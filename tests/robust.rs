//! Robustness at the process level, against CPython 3.11's behaviour: exit
//! statuses from `SystemExit`, a directory run for its `__main__.py`,
//! Ctrl-C during blocking calls, writes to a closed pipe or a full device,
//! and inputs that once crashed the process (a panic or an abort is never
//! an acceptable outcome).

use std::process::{Command, Output, Stdio};

fn arenapy(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arenapy"));
    cmd.args(args)
        .env_remove("ARENAPY_GC_STRESS")
        .env_remove("ARENAPY_FAIL_AT")
        .stdin(Stdio::null());
    cmd
}

fn run(args: &[&str]) -> Output {
    arenapy(args).output().expect("run arenapy")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn system_exit_status_is_the_low_byte_like_exit() {
    // (code, expected status, expected stderr) as CPython 3.11 gives them.
    let cases = [
        ("import sys; sys.exit(256)", 0, ""),
        ("import sys; sys.exit(257)", 1, ""),
        ("import sys; sys.exit(-1)", 255, ""),
        ("import sys; sys.exit(2**70)", 255, ""),
        ("raise SystemExit(1, 2)", 1, "(1, 2)\n"),
        ("raise SystemExit(True)", 1, ""),
        ("raise SystemExit('bye')", 1, "bye\n"),
        ("raise SystemExit()", 0, ""),
        ("e = SystemExit(3); e.code = 5; raise e", 5, ""),
    ];
    for (code, status, err) in cases {
        let o = run(&["-c", code]);
        assert_eq!(o.status.code(), Some(status), "{code}: {}", stderr(&o));
        assert_eq!(stderr(&o), err, "{code}");
    }
}

#[test]
fn a_directory_runs_its_main_module() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = dir.path().join("app");
    std::fs::create_dir(&app).expect("mkdir");
    std::fs::write(
        app.join("__main__.py"),
        "import sys, helper\nprint(__name__, sys.path[0] == sys.argv[1], __file__ == sys.argv[2])\n",
    )
    .expect("write");
    std::fs::write(app.join("helper.py"), "print('helper')\n").expect("write");
    let app_s = app.to_str().expect("utf-8");
    let main_s = app.join("__main__.py").to_str().expect("utf-8").to_string();
    let o = run(&[app_s, app_s, &main_s]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "helper\n__main__ True True\n");

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    let o = run(&[empty.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("can't find '__main__' module in '"), "{err}");
}

/// Starts `code`, waits for its first line on stdout, sends SIGINT and
/// returns (status, stderr, seconds from the signal to the exit).
fn interrupt_after_ready(code: &str) -> (Option<i32>, String, f64) {
    use std::io::BufRead;
    let mut child = arenapy(&["-c", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Standard input stays open (a blocking read) until the program ends.
    let stdin = child.stdin.take();
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("ready line");
    assert_eq!(line, "ready\n");
    // Give the program time to enter the blocking call.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let start = std::time::Instant::now();
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("wait");
    let secs = start.elapsed().as_secs_f64();
    drop(stdin);
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err)
        .expect("stderr");
    (status.code(), err, secs)
}

#[test]
fn ctrl_c_interrupts_time_sleep() {
    let (status, err, secs) =
        interrupt_after_ready("import time\nprint('ready', flush=True)\ntime.sleep(30)");
    assert_eq!(status, Some(130), "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert!(secs < 5.0, "took {secs} s");
}

#[test]
fn ctrl_c_interrupts_input_and_stdin_reads() {
    for call in [
        "input()",
        "import sys; sys.stdin.readline()",
        "import sys; sys.stdin.read()",
    ] {
        let code = format!("print('ready', flush=True)\n{call}");
        let (status, err, secs) = interrupt_after_ready(&code);
        assert_eq!(status, Some(130), "{call}: {err}");
        assert!(err.ends_with("KeyboardInterrupt\n"), "{call}: {err}");
        assert!(secs < 5.0, "{call}: took {secs} s");
    }
    // A caught interrupt leaves the program running.
    let code = "print('ready', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('caught')\n";
    let (status, err, _) = interrupt_after_ready(code);
    assert_eq!(status, Some(0), "{err}");
}

#[test]
fn time_sleep_rejects_lengths_past_time_t() {
    for arg in ["1e300", "float('inf')"] {
        let o = run(&["-c", &format!("import time; time.sleep({arg})")]);
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).ends_with("OverflowError: timestamp out of range for platform time_t\n"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn writing_to_a_closed_pipe_is_broken_pipe_error() {
    use std::io::BufRead;
    let mut child = arenapy(&["-c", "for i in range(10**7): print(i)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("first line");
    assert_eq!(line, "0\n");
    drop(out);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn writing_to_a_full_device_is_os_error_28() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full on this system
    };
    // An error while the program runs is raised there (status 1)...
    let o = arenapy(&["-c", "print('x' * 100000)"])
        .stdout(full.try_clone().expect("clone"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).ends_with("OSError: [Errno 28] No space left on device\n"));
    // ... one at the final flush is reported as unraisable, status 120.
    let o = arenapy(&["-c", "import sys; print(1); sys.exit(3)"])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(120));
    assert_eq!(
        stderr(&o),
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
         OSError: [Errno 28] No space left on device\n"
    );
}

#[test]
fn a_refused_allocation_is_memory_error_not_an_abort() {
    // Under a 2 GB address-space limit the system refuses these buffers;
    // CPython raises MemoryError for each (its malloc fails), so must we.
    let cases = [
        "x = ('a' * 100000).replace('a', 'b' * 1000000)",
        "x = ('b' * 1000000).join(['a'] * 100000)",
        "x = (1,) * 10**10",
        "x = [0] * 10**10",
        "x = 'a'.zfill(10**12)",
        "x = '%*d' % (2**40, 1)",
        "x = list(range(10**10))",
    ];
    for code in cases {
        let o = Command::new("sh")
            .args(["-c", "ulimit -v 2000000 && exec \"$0\" -c \"$1\""])
            .arg(env!("CARGO_BIN_EXE_arenapy"))
            .arg(code)
            .env_remove("ARENAPY_FAIL_AT")
            .stdin(Stdio::null())
            .output()
            .expect("run");
        assert_eq!(o.status.code(), Some(1), "{code}: {}", stderr(&o));
        assert!(
            stderr(&o).ends_with("MemoryError\n"),
            "{code}: {}",
            stderr(&o)
        );
    }
}
