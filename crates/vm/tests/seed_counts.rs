use arenapy_alloc::Profile;
use arenapy_vm::{Config, Interpreter};

fn show(profile: Profile, setup: &str, code: &str) {
    let mut i = Interpreter::new(Config {
        profile,
        ..Config::default()
    });
    i.run_source(setup, "<t>");
    let r = i.run_interactive_measured(code);
    let e = r.effect;
    if let Some(t) = r.error {
        print!("{t}");
    }
    println!("--- {profile:?} {code:?}\n{}", e.render());
}

#[test]
fn explore() {
    show(Profile::Classic, "a = 100\n", "a = a + 1\n");
    show(Profile::Classic, "", "a = 100\nb = a\na = a + 1\n");
    show(Profile::Classic, "a = 100\nb = a\na = a + 1\n", "del b\n");
    show(Profile::Cpython311, "a = 100\n", "a = a + 1\n");
    show(Profile::Cpython311, "a = 1000\n", "a = a + 1\n");
    show(Profile::Classic, "", "1/0\n");
    show(Profile::Classic, "", "a\n");
    show(Profile::Classic, "a = 100\n", "a\n");
}
