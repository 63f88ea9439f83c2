//! The `compendium` command line, a thin shell over the library:
//!
//! - `compendium extract <source.txt>` writes the compendium as JSON to stdout;
//! - `compendium search [--json] <query>` prints the ranked papers;
//! - `compendium html [<compendium.json>]` writes the static HTML fallback to stdout.
//!
//! Errors are printed as `compendium: <message>` and exit with status 2.
//! Output cut short by its reader (`compendium search … | head`) is not an
//! error: the command ends quietly, as `head` asked.

mod extract;
mod html;
mod search;

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Writes `text` to stdout; `what` names it in an error. A reader that
/// stopped reading (a broken pipe) is no error.
fn write_out(text: &str, what: &str) -> Result<(), String> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            Err(format!("cannot write the {what} to stdout: {e}"))
        }
        _ => Ok(()),
    }
}

const USAGE: &str = "usage: compendium extract <source.txt> > data/compendium.fr.json
       compendium search [--json] [--data <compendium.json>] [--thesaurus <thesaurus.json>] <query>
       compendium html [<compendium.json>] > compendium.fr.html";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => extract::run(&args[1..]),
        Some("search") => search::run(&args[1..]),
        Some("html") => html::run(&args[1..]),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(format!("expected a command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("compendium: {message}");
            ExitCode::from(2)
        }
    }
}
