//! Publishing: the build manifest every deploy starts from, and the output totals the build
//! summary checks hosts' limits against.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::TestSite;
use sha2::{Digest, Sha256};

const MANIFEST: &str = ".portsite-manifest.json";

/// Every file under the output (relative path → bytes), the manifest and the marker aside.
fn files_on_disk(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    let out = site.out();
    walkdir::WalkDir::new(&out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .filter(|(rel, _)| !rel.starts_with(".portsite-"))
        .collect()
}

fn manifest(site: &TestSite) -> Vec<serde_json::Value> {
    let text = fs::read_to_string(site.out().join(MANIFEST)).expect("the build writes a manifest");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("the manifest is JSON");
    doc["files"].as_array().expect("{\"files\": [...]}").clone()
}

#[test]
fn the_manifest_lists_every_file_with_its_size_and_sha256() {
    let site = TestSite::bundled(3700, 3720).built();
    let disk = files_on_disk(&site);
    let listed = manifest(&site);
    assert_eq!(listed.len(), disk.len(), "one record per file");
    let mut previous = String::new();
    for record in &listed {
        let path = record["path"].as_str().unwrap();
        assert!(*path > *previous, "sorted by path, no duplicates: {path}");
        previous = path.to_string();
        let bytes = disk
            .get(path)
            .unwrap_or_else(|| panic!("{path} is listed but not on disk"));
        assert_eq!(record["size"], bytes.len(), "{path}");
        let sha: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(record["sha256"], sha, "{path}");
    }
    for expected in [
        "ports/3712/index.html",
        "tr/ports/3712/index.html",
        "static/highlight.css",
        "static/site.js",
        "sitemap.xml",
        "robots.txt",
    ] {
        assert!(disk.contains_key(expected), "{expected} missing");
    }
}

#[test]
fn an_unchanged_site_builds_to_the_same_manifest_and_one_edit_changes_few_files() {
    let site = TestSite::bundled(3700, 3720).built();
    let first = fs::read(site.out().join(MANIFEST)).unwrap();
    site.build().expect("second build");
    let second = fs::read(site.out().join(MANIFEST)).unwrap();
    assert!(first == second, "two builds of the same sources differ");

    let entry = "content/ports/3712/index.en.md";
    let text = fs::read_to_string(site.root().join(entry)).unwrap();
    site.write(entry, &text.replacen("## ", "## Edited: ", 1));
    site.build().expect("build after the edit");
    let before: BTreeMap<String, String> = serde_json::from_slice::<serde_json::Value>(&first)
        .unwrap()["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["sha256"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let changed: Vec<String> = manifest(&site)
        .iter()
        .filter(|f| {
            before.get(f["path"].as_str().unwrap()).map(String::as_str) != f["sha256"].as_str()
        })
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        changed.contains(&"ports/3712/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        !changed.contains(&"ports/3711/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        changed.len() <= 20,
        "one entry edit changed {} files: {changed:?}",
        changed.len()
    );
}

#[test]
fn the_build_summary_states_files_folders_bytes_and_fitting_hosts() {
    let site = TestSite::bundled(3700, 3720);
    let out = assert_cmd::Command::cargo_bin("portsite")
        .unwrap()
        .args(["build", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let files = files_on_disk(&site).len();
    assert!(err.contains(&format!("output: {files} files in ")), "{err}");
    assert!(
        err.contains(
            "fits the limits of: GitHub Pages, GitLab Pages (GitLab.com), Cloudflare Pages (Free)"
        ),
        "{err}"
    );
    assert!(err.contains("too large for: none"), "{err}");
}
