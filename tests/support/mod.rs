//! Helpers shared by the host checks of the code itself (`tests/*.rs`).

use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir` whose extension is one of `exts`, into `out`.
pub fn files_with(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_with(&path, exts, out);
        } else if path
            .extension()
            .is_some_and(|e| exts.iter().any(|x| e == *x))
        {
            out.push(path);
        }
    }
}
