//! The `compendium` command line: `extract` turns the source text into JSON,
//! `search` queries a compendium. A thin shell over the library.

fn main() {
    eprintln!("usage: compendium <extract|search> …");
    std::process::exit(2);
}
