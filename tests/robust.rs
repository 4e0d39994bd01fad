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
