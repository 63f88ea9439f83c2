//! Where Cargo writes build output, asked of Cargo itself: `cargo metadata`'s
//! `target_directory` follows `CARGO_TARGET_DIR`, `build.target-dir` in any
//! `.cargo/config.toml` and the like, so no task assumes `./target`.

use crate::util::{self, Result};
use std::path::PathBuf;
use std::process::Command;

/// The workspace's target directory, as Cargo resolves it here and now.
pub fn target_dir() -> Result<PathBuf> {
    target_dir_of(Command::new("cargo"))
}

/// The target directory that `cargo` (a `cargo` command with no arguments
/// yet; its environment and working directory are the ones that count)
/// would build into. Taking the command lets a caller, a test for one, set
/// `CARGO_TARGET_DIR` on it without touching this process's environment.
pub fn target_dir_of(mut cargo: Command) -> Result<PathBuf> {
    cargo.args(["metadata", "--format-version", "1", "--no-deps"]);
    let json = util::capture(&mut cargo)?;
    let metadata: serde_json::Value = serde_json::from_str(&json)
        .map_err(|e| format!("`cargo metadata` printed something other than JSON: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "`cargo metadata` printed no target_directory".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_target_dir_on_the_cargo_command_is_where_the_build_goes() {
        let elsewhere = std::env::temp_dir().join(format!(
            "xtask-elsewhere-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("the clock is after 1970")
                .as_nanos()
        ));
        let mut cargo = Command::new("cargo");
        cargo.env("CARGO_TARGET_DIR", &elsewhere);
        assert_eq!(target_dir_of(cargo), Ok(elsewhere));
    }
}
