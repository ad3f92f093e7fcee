//! The build manifest, `.portsite-manifest.json`: every file of the output with its size and
//! SHA-256, so that a deploy can tell what changed without reading the site again.
//!
//! Each file is hashed from the bytes in memory as it is written (`PageWriter`), never read
//! back: at 262,000 pages a second pass over 4 GB would cost more than the hashing itself.
//! The manifest is sorted by path, so two builds of the same sources give the same manifest.

use std::collections::BTreeSet;
use std::sync::Mutex;

use rayon::slice::ParallelSliceMut;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The manifest's file name, at the root of the output. Not part of the site: web servers
/// should not serve it (the nginx configuration refuses every dot file) and deploys skip it.
pub const MANIFEST: &str = ".portsite-manifest.json";

/// One written file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FileRecord {
    /// Path relative to the output folder, with `/` separators (`ports/80/index.html`).
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
}

/// Collects the records of files as they are written; shared by the rayon workers.
#[derive(Debug, Default)]
pub struct ManifestRecorder {
    files: Mutex<Vec<FileRecord>>,
}

/// What the output holds, for the build summary and the host limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutputTotals {
    /// Files (the manifest itself and the output marker not counted).
    pub files: u64,
    /// Folders below the output folder.
    pub folders: u64,
    /// Bytes of all files.
    pub bytes: u64,
    /// Bytes of the largest file.
    pub largest: u64,
}

/// The manifest's document: `{"files": [{"path", "size", "sha256"}]}`.
#[derive(Serialize)]
struct Document<'a> {
    files: &'a [FileRecord],
}

impl ManifestRecorder {
    /// Hashes `bytes` and records them as the file at `relative`.
    pub fn record(&self, relative: &str, bytes: &[u8]) {
        let digest = Sha256::digest(bytes);
        let mut sha256 = String::with_capacity(64);
        for byte in digest {
            sha256.push(char::from(HEX[usize::from(byte >> 4)]));
            sha256.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
        let record = FileRecord {
            path: relative.trim_start_matches('/').to_string(),
            size: bytes.len() as u64,
            sha256,
        };
        // A worker that panicked while holding the lock left a complete Vec behind.
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.push(record);
    }

    /// Takes the records so far, sorted by path (a file written twice keeps its last record).
    pub fn take(&self) -> Vec<FileRecord> {
        let mut files = std::mem::take(&mut *self.files.lock().unwrap_or_else(|e| e.into_inner()));
        files.reverse();
        // Stable, so the latest record of a path stays first; 262k paths in a full build.
        files.par_sort_by(|a, b| a.path.cmp(&b.path));
        files.dedup_by(|later, first| later.path == first.path);
        files
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The manifest JSON for `files` (sorted by path).
pub fn manifest_json(files: &[FileRecord]) -> Vec<u8> {
    // Serializing strings and numbers cannot fail.
    let mut json = serde_json::to_vec(&Document { files }).unwrap_or_default();
    json.push(b'\n');
    json
}

/// Counts the files, the folders they live in and their bytes.
pub fn totals(files: &[FileRecord]) -> OutputTotals {
    let mut folders = BTreeSet::new();
    for file in files {
        let mut path = file.path.as_str();
        while let Some(at) = path.rfind('/') {
            path = &path[..at];
            if !folders.insert(path) {
                break;
            }
        }
    }
    OutputTotals {
        files: files.len() as u64,
        folders: folders.len() as u64,
        bytes: files.iter().map(|f| f.size).sum(),
        largest: files.iter().map(|f| f.size).max().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_hash_the_bytes_and_sort_by_path() {
        let recorder = ManifestRecorder::default();
        recorder.record("ports/80/index.html", b"b");
        recorder.record("/index.html", b"");
        recorder.record("ports/80/index.html", b"abc");
        let files = recorder.take();
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].path, "index.html");
        assert_eq!(
            files[0].sha256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(files[1].size, 3);
        assert_eq!(
            files[1].sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn totals_count_every_folder_once() {
        let recorder = ManifestRecorder::default();
        for path in [
            "index.html",
            "ports/1/index.html",
            "ports/2/index.html",
            "tr/ports/1/index.html",
        ] {
            recorder.record(path, b"12");
        }
        let totals = totals(&recorder.take());
        // ports, ports/1, ports/2, tr, tr/ports, tr/ports/1
        assert_eq!(
            totals,
            OutputTotals {
                files: 4,
                folders: 6,
                bytes: 8,
                largest: 2
            }
        );
    }

    #[test]
    fn json_has_the_documented_shape() {
        let recorder = ManifestRecorder::default();
        recorder.record("a.txt", b"x");
        let value: serde_json::Value =
            serde_json::from_slice(&manifest_json(&recorder.take())).unwrap();
        let file = &value["files"][0];
        assert_eq!(file["path"], "a.txt");
        assert_eq!(file["size"], 1);
        assert_eq!(file["sha256"].as_str().unwrap().len(), 64);
    }
}
