//! `cargo xtask serve [--port N]`: builds `dist/` and serves it (the demo
//! page) on `http://127.0.0.1:N/` with the same strict CSP as the tests.

use crate::util::{self, Result};
use std::process::Command;

fn port(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8000),
        [flag, port] if flag == "--port" => port
            .parse()
            .map_err(|_| format!("--port expects a number from 1 to 65535, got `{port}`")),
        _ => Err("usage: cargo xtask serve [--port N]".into()),
    }
}

pub fn run(args: &[String]) -> Result {
    let port = port(args)?;
    let dist = crate::dist::run()?;
    eprintln!("xtask: serving {} — stop with Ctrl-C", dist.display());
    // The server prints the URL once it listens.
    util::run(Command::new("node").args([
        "tests/support/server.mjs",
        "--root",
        &dist.to_string_lossy(),
        "--port",
        &port.to_string(),
    ]))
}

#[cfg(test)]
mod tests {
    use super::port;

    #[test]
    fn port_defaults_to_8000() {
        assert_eq!(port(&[]), Ok(8000));
    }

    #[test]
    fn port_must_be_a_number() {
        let args = ["--port".to_string(), "http".to_string()];
        assert!(port(&args).unwrap_err().contains("`http`"));
    }
}
