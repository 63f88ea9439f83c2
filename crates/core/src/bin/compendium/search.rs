//! `compendium search` (being written).

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("`search` is not available yet".into())
}
