//! `compendium extract` (being written).

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("`extract` is not available yet".into())
}
