//! Rebuilding after a change: the whole site through `site::build`, or just the pages that
//! depend on the changed entries, re-rendered from the loaded site and written in place.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use super::watch::Plan;
use crate::model::{Page, PageKind, range_of};
use crate::output::OutputError;
use crate::site::{self, BuildError, BuildOptions, BuildReport, LoadedSite};

/// What a rebuild did.
#[derive(Debug)]
pub struct Rebuilt {
    /// Pages written.
    pub pages: usize,
    /// Feeds rewritten (page-level rebuilds only; a full build writes everything).
    pub feeds: usize,
    /// Whether the whole site was rebuilt.
    pub full: bool,
    /// Wall time of the rebuild work (loading, rendering, writing).
    pub elapsed: Duration,
}

/// Holds the loaded site between rebuilds and decides how to apply each plan.
pub struct Rebuilder {
    options: BuildOptions,
    site: Option<LoadedSite>,
    /// Set while the last full build failed: until one succeeds, nothing smaller is trusted.
    needs_full: bool,
    /// Ports (and homes) changed since the last successful rebuild, kept across failures
    /// so that a fix renders what the broken edit could not.
    pending_ports: BTreeSet<u16>,
    pending_homes: bool,
}

impl Rebuilder {
    /// A rebuilder that has built nothing yet.
    pub fn new(options: BuildOptions) -> Rebuilder {
        Rebuilder {
            options,
            site: None,
            needs_full: true,
            pending_ports: BTreeSet::new(),
            pending_homes: false,
        }
    }

    /// Builds the whole site and keeps it loaded for later page-level rebuilds.
    pub fn full(&mut self) -> Result<BuildReport, BuildError> {
        let built = site::build(&self.options).and_then(|report| {
            LoadedSite::load(&self.options.root, self.options.base_url.as_deref())
                .map(|site| (report, site))
        });
        match built {
            Ok((report, site)) => {
                self.site = Some(site);
                self.needs_full = false;
                self.pending_ports.clear();
                self.pending_homes = false;
                Ok(report)
            }
            Err(err) => {
                self.needs_full = true;
                Err(err)
            }
        }
    }

    /// Applies `plan`, falling back to a full rebuild when nothing smaller is safe.
    pub fn apply(&mut self, plan: Plan) -> Result<Rebuilt, BuildError> {
        let started = Instant::now();
        let (ports, homes) = match plan {
            Plan::Pages { ports, homes } if !self.needs_full => (ports, homes),
            _ => {
                let report = self.full()?;
                return Ok(Rebuilt {
                    pages: report.pages,
                    feeds: 0,
                    full: true,
                    elapsed: started.elapsed(),
                });
            }
        };
        self.pending_ports.extend(ports);
        self.pending_homes |= homes;
        if self.site.is_none() {
            return self.apply(Plan::Full);
        }
        let site = LoadedSite::load(&self.options.root, self.options.base_url.as_deref())?;
        let jobs = jobs(&site, &self.pending_ports, self.pending_homes);
        let mut buf = Vec::new();
        for (locale, kind) in &jobs {
            let page = Page::Html {
                locale: *locale,
                kind: *kind,
            };
            site.render_page(&page, &mut buf)?;
            write_atomically(&site.plan.url(&page).output_file(&self.options.out), &buf)?;
        }
        let pages = jobs;
        let feeds = refresh_feeds(&site, &self.options.out)?;
        self.site = Some(site);
        self.pending_ports.clear();
        self.pending_homes = false;
        Ok(Rebuilt {
            pages: pages.len(),
            feeds,
            full: false,
            elapsed: started.elapsed(),
        })
    }
}

/// Every page that shows something of the given entries, in every locale: the port's page
/// (its own locale and the fallbacks), its range page (the "curated" mark) and the home pages.
fn jobs(site: &LoadedSite, ports: &BTreeSet<u16>, homes: bool) -> Vec<(usize, PageKind)> {
    let ranges = site.plan.ranges();
    let in_span: Vec<u16> = ports
        .iter()
        .copied()
        .filter(|p| site.config.ports.contains(*p))
        .collect();
    let mut range_pages: Vec<_> = in_span
        .iter()
        .filter_map(|p| range_of(*p, ranges))
        .collect();
    range_pages.dedup();
    let mut jobs = Vec::new();
    for index in 0..site.plan.locales() {
        if homes {
            jobs.push((index, PageKind::Home));
        }
        jobs.extend(in_span.iter().map(|p| (index, PageKind::Port(*p))));
        jobs.extend(range_pages.iter().map(|r| (index, PageKind::Range(*r))));
    }
    jobs
}

/// Rewrites the feeds: written into a folder beside the output, then each file renamed
/// into place, so readers never see a half-written feed.
fn refresh_feeds(site: &LoadedSite, out: &Path) -> Result<usize, BuildError> {
    let io = |path: &Path, e| BuildError::Output(OutputError::io(path, e));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let side = out.with_file_name(format!(".{name}.portsite-partial"));
    if side.exists() {
        fs::remove_dir_all(&side).map_err(|e| io(&side, e))?;
    }
    fs::create_dir_all(&side).map_err(|e| io(&side, e))?;
    let mut buf = Vec::new();
    for locale in 0..site.plan.locales() {
        let page = Page::Feed { locale };
        site.render_page(&page, &mut buf)?;
        write_atomically(&site.plan.url(&page).output_file(&side), &buf)?;
    }
    let mut moved = 0;
    for item in walkdir::WalkDir::new(&side)
        .into_iter()
        .filter_map(Result::ok)
    {
        let Ok(relative) = item.path().strip_prefix(&side) else {
            continue;
        };
        if item.file_type().is_file() {
            let target = out.join(relative);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
            }
            fs::rename(item.path(), &target).map_err(|e| io(&target, e))?;
            moved += 1;
        }
    }
    fs::remove_dir_all(&side).map_err(|e| io(&side, e))?;
    Ok(moved)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// concurrent reader sees either the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    let io = |e| BuildError::Output(OutputError::io(path, e));
    let parent = path.parent().ok_or_else(|| {
        io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "no parent folder",
        ))
    })?;
    fs::create_dir_all(parent).map_err(io)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let temp = parent.join(format!(".{name}.portsite-tmp"));
    fs::write(&temp, bytes).map_err(|e| BuildError::Output(OutputError::io(&temp, e)))?;
    fs::rename(&temp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_the_file_and_leave_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ports/80/index.html");
        write_atomically(&file, b"old").unwrap();
        write_atomically(&file, b"new").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["index.html"]);
    }
}
