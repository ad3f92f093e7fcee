//! Which static hosts' published limits a built site fits, for the build summary.
//!
//! The figures and their sources are listed in docs/DEPLOY.md ("Host limits"); each host's limits
//! change now and then, so the table says where each number comes from.

use super::OutputTotals;

/// One host's published limits on a site (`None`: no published limit of that kind).
#[derive(Debug, Clone, Copy)]
pub struct HostLimits {
    /// The host and plan, as the summary names it.
    pub name: &'static str,
    /// Total bytes of the published site.
    pub bytes: Option<u64>,
    /// Files of the site.
    pub files: Option<u64>,
    /// Files and folders together (GitLab counts both as "entries").
    pub entries: Option<u64>,
    /// Bytes of any one file.
    pub file_bytes: Option<u64>,
}

const GB: u64 = 1_000_000_000;
const MIB: u64 = 1024 * 1024;

/// The hosts the summary checks, with the limits cited in docs/DEPLOY.md ("Host limits").
pub const HOSTS: [HostLimits; 5] = [
    HostLimits {
        name: "GitHub Pages",
        bytes: Some(GB),
        files: None,
        entries: None,
        file_bytes: None,
    },
    HostLimits {
        name: "GitLab Pages (GitLab.com)",
        bytes: Some(GB),
        files: None,
        entries: Some(200_000),
        file_bytes: None,
    },
    HostLimits {
        name: "Cloudflare Pages (Free)",
        bytes: None,
        files: Some(20_000),
        entries: None,
        file_bytes: Some(25 * MIB),
    },
    HostLimits {
        name: "Cloudflare Pages (paid)",
        bytes: None,
        files: Some(100_000),
        entries: None,
        file_bytes: Some(25 * MIB),
    },
    HostLimits {
        name: "Netlify",
        bytes: None,
        files: None,
        entries: None,
        file_bytes: None,
    },
];

/// Whether a site fits one host, and if not, the first limit it passes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// Within every published limit.
    Fits,
    /// Over a limit: what, in words ("262,585 files, limit 20,000").
    Exceeds(String),
}

impl HostLimits {
    /// Checks `totals` against this host's limits.
    pub fn check(&self, totals: &OutputTotals) -> Fit {
        let checks = [
            (self.bytes, totals.bytes, "bytes"),
            (self.files, totals.files, "files"),
            (
                self.entries,
                totals.files + totals.folders,
                "files and folders",
            ),
            (self.file_bytes, totals.largest, "bytes in its largest file"),
        ];
        for (limit, have, what) in checks {
            if let Some(limit) = limit
                && have > limit
            {
                return Fit::Exceeds(format!("{have} {what}, limit {limit}"));
            }
        }
        Fit::Fits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(files: u64, folders: u64, bytes: u64) -> OutputTotals {
        OutputTotals {
            files,
            folders,
            bytes,
            largest: 60_000,
        }
    }

    #[test]
    fn the_full_site_fits_only_hosts_without_limits() {
        let full = totals(262_585, 262_425, 5_500_000_000);
        let fitting: Vec<&str> = HOSTS
            .iter()
            .filter(|h| h.check(&full) == Fit::Fits)
            .map(|h| h.name)
            .collect();
        assert_eq!(fitting, ["Netlify"]);
    }

    #[test]
    fn gitlab_counts_folders_too() {
        let gitlab = &HOSTS[1];
        assert_eq!(gitlab.check(&totals(150_000, 40_000, GB / 2)), Fit::Fits);
        assert_eq!(
            gitlab.check(&totals(150_000, 60_000, GB / 2)),
            Fit::Exceeds("210000 files and folders, limit 200000".into())
        );
    }
}
