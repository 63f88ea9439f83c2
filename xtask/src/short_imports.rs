//! Short import names for the shipped wasm and its glue.
//!
//! wasm-bindgen names each function the wasm imports from its glue
//! `__wbg_<name>_<16 hex digits>`, from the module `./compendium_widget_bg.js`,
//! and both the wasm's import section and the glue's import object spell all
//! of them (161 in December 2026): 10 kB of the wasm, the hashes barely
//! compressible. Renamed `a`, `b`, … `ba`, … from the module `w`: the wasm
//! −8.6 kB raw, −2.7 kB gzip; the glue, after terser, −2.0 kB gzip (checked
//! in Chromium: the search API and a mounted widget work as before).
//!
//! Checked, never guessed: every import of the wasm must be a key of the
//! glue's import object exactly once (`name: function(`), and the module
//! name must be the object's one key; anything else fails `dist`, as it
//! would if a wasm-bindgen upgrade changed the glue.

use crate::util::Result;

/// The module wasm-bindgen's no-modules glue provides the imports as.
const MODULE: &str = "./compendium_widget_bg.js";
/// Its short name.
const SHORT_MODULE: &str = "w";

/// `wasm` and `glue` with every import of [`MODULE`] renamed.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let mut glue = glue.to_string();
    let module_key = format!("\"{MODULE}\": import0,");
    if glue.matches(&module_key).count() != 1 {
        return Err(format!("the glue has no single `{module_key}`"));
    }
    glue = glue.replace(&module_key, &format!("{SHORT_MODULE}: import0,"));

    let mut out = wasm.get(..8).ok_or("not a wasm module")?.to_vec();
    let mut at = 8;
    let mut renamed = 0;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, start) = leb(wasm, at + 1)?;
        let end = start + size as usize;
        let payload = wasm.get(start..end).ok_or("a wasm section is cut short")?;
        if id != 2 {
            out.extend_from_slice(&wasm[at..end]);
        } else {
            let section = imports(payload, &mut glue, &mut renamed)?;
            out.push(2);
            push_leb(&mut out, section.len() as u32);
            out.extend(section);
        }
        at = end;
    }
    if renamed == 0 {
        return Err(format!("the wasm imports nothing from {MODULE}"));
    }
    Ok((out, glue))
}

/// The import section `payload` with [`MODULE`]'s imports renamed in it
/// and in `glue`.
fn imports(payload: &[u8], glue: &mut String, renamed: &mut usize) -> Result<Vec<u8>> {
    let (count, mut at) = leb(payload, 0)?;
    let mut out = Vec::new();
    push_leb(&mut out, count);
    for _ in 0..count {
        let (module, next) = name(payload, at)?;
        let (field, next) = name(payload, next)?;
        let desc_end = import_desc_end(payload, next)?;
        if module == MODULE {
            let short = short_name(*renamed);
            let key = format!(" {field}: function(");
            if glue.matches(&key).count() != 1 {
                return Err(format!("the glue has no single `{}`", key.trim()));
            }
            *glue = glue.replace(&key, &format!(" {short}: function("));
            push_name(&mut out, SHORT_MODULE);
            push_name(&mut out, &short);
            *renamed += 1;
        } else {
            push_name(&mut out, module);
            push_name(&mut out, field);
        }
        out.extend_from_slice(&payload[next..desc_end]);
        at = desc_end;
    }
    Ok(out)
}

/// `a`…`z`, `A`…`Z`, then `ba`, `bb`, …: the import number in base 52
/// (property names of the import object; even a keyword would do).
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// Where the import description at `at` ends.
fn import_desc_end(bytes: &[u8], at: usize) -> Result<usize> {
    let kind = *bytes.get(at).ok_or("an import is cut short")?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize> {
        let flags = *bytes.get(at).ok_or("limits cut short")?;
        let (_, next) = leb(bytes, at + 1)?;
        Ok(if flags & 1 != 0 {
            leb(bytes, next)?.1
        } else {
            next
        })
    };
    match kind {
        0 => Ok(leb(bytes, at)?.1),     // function: its type
        1 => limits(at + 1),            // table: element type, limits
        2 => limits(at),                // memory: limits
        3 => Ok(at + 2),                // global: value type, mutability
        4 => Ok(leb(bytes, at + 1)?.1), // tag: attribute, type
        _ => Err(format!("unknown import kind {kind}")),
    }
}

fn name(bytes: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, start) = leb(bytes, at)?;
    let end = start + len as usize;
    let text = bytes.get(start..end).ok_or("a name is cut short")?;
    let text = std::str::from_utf8(text).map_err(|_| "a name is not UTF-8")?;
    Ok((text, end))
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// The unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u32, usize)> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("a number is cut short")?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("a number is too long".into())
}

fn push_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "ba");
    }

    #[test]
    fn imports_are_renamed_in_the_wasm_and_the_glue() {
        // (module (import "./compendium_widget_bg.js" "__wbg_x_0123" (func))
        //         (import "env" "keep" (func)))
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
        let mut section = vec![2];
        push_name(&mut section, MODULE);
        push_name(&mut section, "__wbg_x_0123");
        section.extend([0, 0]);
        push_name(&mut section, "env");
        push_name(&mut section, "keep");
        section.extend([0, 0]);
        wasm.push(2);
        push_leb(&mut wasm, section.len() as u32);
        wasm.extend(&section);
        let glue = "const import0 = {\n    __wbg_x_0123: function() {},\n};\n\
                    return { \"./compendium_widget_bg.js\": import0, };";
        let (short, glue) = shorten(&wasm, glue).unwrap();
        assert!(
            glue.contains(" a: function()") && glue.contains("w: import0,"),
            "{glue}"
        );
        let mut expected = vec![2];
        push_name(&mut expected, "w");
        push_name(&mut expected, "a");
        expected.extend([0, 0]);
        push_name(&mut expected, "env");
        push_name(&mut expected, "keep");
        expected.extend([0, 0]);
        assert!(short.ends_with(&expected));
        assert!(shorten(&wasm, "no import object").is_err());
    }
}
