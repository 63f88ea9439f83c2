//! Small process helpers shared by the tasks: find the project root, run a
//! command with its command line echoed, capture a command's output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Result type of every task: the error is a message for the person at the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// Moves to the workspace root, so every path in the tasks is relative to it.
pub fn cd_project_root() -> Result {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask is not inside the workspace")?;
    std::env::set_current_dir(root).map_err(|e| format!("cannot enter {}: {e}", root.display()))
}

/// Prints the command line the way a person would type it.
fn echo(cmd: &Command) {
    let args: Vec<String> = cmd
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    eprintln!(
        "$ {} {}",
        cmd.get_program().to_string_lossy(),
        args.join(" ")
    );
}

/// Runs a command to completion, inheriting stdio; fails if it exits non-zero.
pub fn run(cmd: &mut Command) -> Result {
    echo(cmd);
    let status = cmd.status().map_err(|e| {
        format!(
            "cannot start `{}`: {e}",
            cmd.get_program().to_string_lossy()
        )
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{}` failed ({status})",
            cmd.get_program().to_string_lossy()
        ))
    }
}

/// Runs a command with its command line echoed and returns its standard
/// output (stderr passes through); fails, naming the command, if it cannot
/// start, exits non-zero or prints something other than UTF-8.
pub fn capture(cmd: &mut Command) -> Result<String> {
    echo(cmd);
    let program = cmd.get_program().to_string_lossy().into_owned();
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`{program}` failed ({}); its output was not used",
            out.status
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("`{program}` printed invalid UTF-8: {e}"))
}

/// Runs a command quietly and returns its standard output, or `None` if it
/// cannot be started or fails (used to probe what is installed).
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs a command, streaming its output (stdout and stderr merged into ours)
/// while also keeping it, so a summary can be parsed from it afterwards.
/// Returns the exit status's success and the captured text.
pub fn run_tee(cmd: &mut Command) -> Result<(bool, String)> {
    use std::io::{BufRead, BufReader, Write};
    echo(cmd);
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "cannot start `{}`: {e}",
                cmd.get_program().to_string_lossy()
            )
        })?;
    let stderr = child.stderr.take().expect("stderr is piped");
    let err_thread = std::thread::spawn(move || {
        let mut kept = String::new();
        for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
            eprintln!("{line}");
            kept.push_str(&line);
            kept.push('\n');
        }
        kept
    });
    let mut kept = String::new();
    let stdout = child.stdout.take().expect("stdout is piped");
    for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
        println!("{line}");
        let _ = std::io::stdout().flush();
        kept.push_str(&line);
        kept.push('\n');
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    kept.push_str(&err_thread.join().unwrap_or_default());
    Ok((status.success(), kept))
}

/// `node_modules/.bin/<tool>`: npm tools are always called by path, never
/// through `PATH` (Debian's older `wasm-opt` would shadow npm's).
pub fn npm_bin(tool: &str) -> PathBuf {
    Path::new("node_modules/.bin").join(tool)
}

/// Whether the current user is root (so `apt-get` can be used directly).
pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_returns_stdout() {
        let out = capture(Command::new("sh").args(["-c", "echo fragment"]));
        assert_eq!(out.as_deref(), Ok("fragment\n"));
    }

    #[test]
    fn capture_fails_naming_the_command() {
        let err = capture(Command::new("sh").args(["-c", "echo partial; exit 3"])).unwrap_err();
        assert!(err.starts_with("`sh` failed"), "{err}");
        let err = capture(&mut Command::new("no-such-program-xtask")).unwrap_err();
        assert!(
            err.starts_with("cannot start `no-such-program-xtask`"),
            "{err}"
        );
    }
}
