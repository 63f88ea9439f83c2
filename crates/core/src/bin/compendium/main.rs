//! The `compendium` command line, a thin shell over the library:
//!
//! - `compendium extract <source.txt>` writes the compendium as JSON to stdout;
//! - `compendium search [--json] <query>` prints the ranked papers;
//! - `compendium html [<compendium.json>]` writes the static HTML fallback to stdout.
//!
//! Errors are printed as `compendium: <message>` and exit with status 2.

mod extract;
mod html;
mod search;

use std::process::ExitCode;

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
