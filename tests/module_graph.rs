//! The module-graph check: within each crate of the workspace (the app and `crates/*`), no
//! module may depend on itself through others. A module depends on another when its code names
//! it by a `crate::…` or `super::…` path (in a `use` or inline). Test modules at the end of a
//! file (from its first `#[cfg(test)]`) are left out: they depend on their parent by design.
//! Run it alone with `cargo test --test module_graph`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

mod support;
use support::files_with;

/// A module's path inside its crate, `""` for the crate root.
type ModPath = String;

/// The module a file under `src` defines: `lib.rs` and `main.rs` the root, `a/mod.rs` and
/// `a.rs` module `a`, `a/b.rs` module `a::b`. Binaries under `src/bin` are their own roots and
/// are skipped (None).
fn module_of(src: &Path, file: &Path) -> Option<ModPath> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if !(parts.is_empty() && (stem == "lib" || stem == "main")) && stem != "mod" {
        parts.push(stem.to_string());
    }
    Some(parts.join("::"))
}

/// The code of a file without comments, string literals and its trailing test module.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            // A char literal ('"', '\'', '\u{22}'); a lifetime ('a) has no closing quote.
            '\'' => {
                let ahead: Vec<char> = chars.clone().take(12).collect();
                let close = match ahead.first() {
                    Some('\\') => ahead.iter().skip(2).position(|&c| c == '\'').map(|i| i + 2),
                    Some(_) if ahead.get(1) == Some(&'\'') => Some(1),
                    _ => None,
                };
                match close {
                    Some(at) => {
                        chars.nth(at);
                        out.push_str("' '");
                    }
                    None => out.push(c),
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every path that follows `prefix` (`crate::` or `super::`) in `code`, with use-tree braces
/// expanded: `crate::{a::b, c}` gives `a::b` and `c`.
fn paths_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        expand(rest, String::new(), &mut out);
    }
    out
}

/// Reads one use-tree at the start of `s` below `base` into `out`; returns the bytes read.
fn expand(s: &str, base: String, out: &mut Vec<String>) -> usize {
    let s_trim = s.trim_start();
    let skipped = s.len() - s_trim.len();
    if let Some(inner) = s_trim.strip_prefix('{') {
        let mut read = 1;
        let mut inner = inner;
        loop {
            let n = expand(inner, base.clone(), out);
            read += n;
            inner = &inner[n..];
            let t = inner.trim_start();
            read += inner.len() - t.len();
            inner = t;
            match inner.chars().next() {
                Some(',') => {
                    read += 1;
                    inner = &inner[1..];
                }
                Some('}') => return skipped + read + 1,
                _ => return skipped + read,
            }
        }
    }
    if s_trim.starts_with('*') {
        out.push(base);
        return skipped + 1;
    }
    let ident: String = s_trim
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let mut read = skipped + ident.len();
    let path = if base.is_empty() {
        ident
    } else if ident.is_empty() {
        base
    } else {
        format!("{base}::{ident}")
    };
    if s[read..].starts_with("::") {
        read += 2;
        read += expand(&s[read..], path, out);
    } else if !path.is_empty() {
        out.push(path);
    }
    read
}

/// The longest module among `modules` that `path` starts with (the crate root if none).
fn resolve(path: &str, modules: &BTreeSet<ModPath>) -> ModPath {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|m| modules.contains(m))
        .unwrap_or_default()
}

fn parent(module: &str) -> ModPath {
    module
        .rsplit_once("::")
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

/// The module graph of the crate whose sources are in `src`.
fn graph(src: &Path) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let mut files = Vec::new();
    files_with(src, &["rs"], &mut files);
    let sources: Vec<(ModPath, String)> = files
        .iter()
        .filter_map(|f| Some((module_of(src, f)?, code_of(&fs::read_to_string(f).unwrap()))))
        .collect();
    let modules: BTreeSet<ModPath> = sources.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    for (module, code) in &sources {
        let mut targets: Vec<ModPath> = paths_after(code, "crate::")
            .iter()
            .map(|p| resolve(p, &modules))
            .collect();
        let up = parent(module);
        for p in paths_after(code, "super::") {
            let full = match (up.is_empty(), p.is_empty()) {
                (true, _) => p,
                (false, true) => up.clone(),
                (false, false) => format!("{up}::{p}"),
            };
            targets.push(resolve(&full, &modules));
        }
        let entry = edges.entry(module.clone()).or_default();
        entry.extend(targets.into_iter().filter(|t| t != module));
    }
    edges
}

/// A cycle in `edges`, as the modules along it, if there is one.
fn find_cycle(edges: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Option<Vec<ModPath>> {
    fn visit(
        m: &ModPath,
        edges: &BTreeMap<ModPath, BTreeSet<ModPath>>,
        stack: &mut Vec<ModPath>,
        done: &mut BTreeSet<ModPath>,
    ) -> Option<Vec<ModPath>> {
        if let Some(at) = stack.iter().position(|s| s == m) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(m.clone());
            return Some(cycle);
        }
        if !done.insert(m.clone()) {
            return None;
        }
        stack.push(m.clone());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

fn source_roots() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut roots = vec![root.join("src")];
    for entry in fs::read_dir(root.join("crates")).unwrap() {
        let src = entry.unwrap().path().join("src");
        if src.is_dir() {
            roots.push(src);
        }
    }
    roots.sort();
    roots
}

#[test]
fn no_module_depends_on_itself() {
    let roots = source_roots();
    assert!(roots.len() > 3, "found the crates: {roots:?}");
    let cycles: Vec<String> = roots
        .iter()
        .filter_map(|src| {
            let cycle = find_cycle(&graph(src))?;
            let names: Vec<String> = cycle
                .iter()
                .map(|m| {
                    if m.is_empty() {
                        "(root)".into()
                    } else {
                        m.clone()
                    }
                })
                .collect();
            Some(format!("{}: {}", src.display(), names.join(" -> ")))
        })
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_check_sees_uses_and_cycles() {
    let mut found = paths_after(
        "use crate::{a::b, c::{d, e}}; let x = super::f::g(); crate::h;",
        "crate::",
    );
    found.extend(paths_after(
        "let x = super::f::g(); use super::*;",
        "super::",
    ));
    assert_eq!(found, ["a::b", "c::d", "c::e", "h", "f::g", ""]);
    let modules: BTreeSet<ModPath> = ["a".into(), "a::b".into()].into();
    assert_eq!(resolve("a::b::Item", &modules), "a::b");
    assert_eq!(resolve("start", &modules), "");
    let mut edges: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    edges.insert("a".into(), ["b".into()].into());
    edges.insert("b".into(), ["c".into()].into());
    assert_eq!(find_cycle(&edges), None);
    edges.insert("c".into(), ["a".into()].into());
    assert_eq!(find_cycle(&edges).unwrap(), ["a", "b", "c", "a"]);
    let src = Path::new("/x/src");
    assert_eq!(module_of(src, Path::new("/x/src/lib.rs")).unwrap(), "");
    assert_eq!(module_of(src, Path::new("/x/src/a/mod.rs")).unwrap(), "a");
    assert_eq!(module_of(src, Path::new("/x/src/a/b.rs")).unwrap(), "a::b");
    assert_eq!(code_of("x // crate::y\n\"crate::z\" w"), "x \n\"\" w");
    // A quote in a char literal opens no string: the path after it is still seen.
    let code = code_of("let q = ['\"', '\\'', '\\u{22}']; fn f<'a>() {} use crate::a;");
    assert_eq!(paths_after(&code, "crate::"), ["a"]);
}
