//! Writes rendered pages into the staging folder, recording each file for the manifest.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::OutputError;
use super::manifest::{FileRecord, MANIFEST, ManifestRecorder, manifest_json};
use crate::model::SitePath;

/// Writes pages under one folder; shared by the rayon workers. Clones share one manifest.
#[derive(Debug, Clone)]
pub struct PageWriter {
    dir: PathBuf,
    manifest: Arc<ManifestRecorder>,
}

impl PageWriter {
    /// A writer into `dir`, which must exist.
    pub fn new(dir: &Path) -> PageWriter {
        PageWriter {
            dir: dir.to_path_buf(),
            manifest: Arc::default(),
        }
    }

    /// Writes the manifest of every file written so far (`.portsite-manifest.json`) and
    /// returns its records.
    pub fn write_manifest(&self) -> Result<Vec<FileRecord>, OutputError> {
        let files = self.manifest.take();
        let file = self.dir.join(MANIFEST);
        fs::write(&file, manifest_json(&files)).map_err(|e| OutputError::io(&file, e))?;
        Ok(files)
    }

    fn record(&self, file: &Path, bytes: &[u8]) {
        let relative = file.strip_prefix(&self.dir).unwrap_or(file);
        self.manifest
            .record(&relative.to_string_lossy().replace('\\', "/"), bytes);
    }

    /// Creates the folders every page of a locale lives under, once, before the parallel phase.
    pub fn prepare(&self, folders: &[&str]) -> Result<(), OutputError> {
        for folder in folders {
            let path = self.dir.join(folder.trim_matches('/'));
            fs::create_dir_all(&path).map_err(|e| OutputError::io(&path, e))?;
        }
        Ok(())
    }

    /// Writes one page; its parent folder is created with a single `mkdir` when missing.
    pub fn write(&self, url: &SitePath, bytes: &[u8]) -> Result<(), OutputError> {
        let file = url.output_file(&self.dir);
        if url.as_str().ends_with('/')
            && let Some(parent) = file.parent()
            && parent != self.dir
        {
            match fs::create_dir(parent) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(_) => fs::create_dir_all(parent).map_err(|e| OutputError::io(parent, e))?,
            }
        }
        fs::write(&file, bytes).map_err(|e| OutputError::io(&file, e))?;
        self.record(&file, bytes);
        Ok(())
    }

    /// Writes a file at a path relative to the output folder (sitemaps, feeds, assets).
    pub fn write_file(&self, relative: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let file = self.dir.join(relative);
        if let Some(parent) = file.parent() {
            fs::create_dir_all(parent).map_err(|e| OutputError::io(parent, e))?;
        }
        fs::write(&file, bytes).map_err(|e| OutputError::io(&file, e))?;
        self.record(&file, bytes);
        Ok(())
    }
}
