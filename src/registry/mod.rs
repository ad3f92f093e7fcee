//! The IANA Service Name and Transport Protocol Port Number Registry: CSV → [`PortRegistry`],
//! a [`PortInfo`] view for any port number, and the diff used by `import-iana`.

mod date;
mod diff;
mod entry;
mod error;
mod index;
mod port;
mod record;
mod reference;
mod status;
mod text;

#[cfg(test)]
mod tests;

use std::io::Read;
use std::path::Path;

use crate::port::Port;
use crate::sources::{Problem, SiteRoot};

pub use date::PartialDate;
pub(crate) use date::days_in_month;
pub use diff::{ChangedField, FieldChange, RegistryDiff, ServiceChange, ServiceKey, diff};
pub use entry::{PortInfo, Service, StatusEntry};
pub use error::RegistryError;
pub use port::{PortClass, Protocol};
pub use record::HEADER;
pub use reference::Reference;
pub use status::Status;
pub use text::handle_as_name;

/// The whole registry, indexed by port. Immutable once loaded, so it can be shared
/// across threads during the parallel render. Every row is stored once: memory follows the
/// file's size, whatever ranges it declares.
#[derive(Debug, Clone)]
pub struct PortRegistry {
    /// Rows with a port, and how to find them by port.
    index: index::Index,
    /// Service-name-only registrations, in file order.
    unnamed: Vec<Service>,
    /// Number of data records in the CSV (the header excluded).
    record_count: usize,
}

impl PortRegistry {
    /// Loads the registry of the site at `root` (`content/registry/…csv`), refusing a link
    /// that leaves the site, a FIFO or a device in its place; errors name the relative path.
    pub fn load(root: &Path) -> Result<PortRegistry, RegistryError> {
        let rel = Path::new(crate::site::REGISTRY_CSV);
        let site = SiteRoot::new(root);
        let file = site.open(&root.join(rel)).map_err(|e| match e.problem {
            Problem::Io(source) => RegistryError::Io {
                path: rel.to_path_buf(),
                source,
            },
            _ => RegistryError::Source(e),
        })?;
        PortRegistry::from_reader(file, rel)
    }

    /// Loads the registry CSV at `path`, which must be a regular file (a FIFO or device
    /// is refused rather than read forever).
    pub fn from_path(path: &Path) -> Result<PortRegistry, RegistryError> {
        let site = SiteRoot::new(Path::new("/"));
        let file = site.open(path).map_err(|e| match e.problem {
            Problem::Io(source) => RegistryError::Io {
                path: path.to_path_buf(),
                source,
            },
            _ => RegistryError::Source(e),
        })?;
        PortRegistry::from_reader(file, path)
    }

    /// Loads the registry from `reader`; `source` names it in error messages.
    pub fn from_reader<R: Read>(
        mut reader: R,
        source: &Path,
    ) -> Result<PortRegistry, RegistryError> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| RegistryError::Io {
                path: source.to_path_buf(),
                source: e,
            })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            RegistryError::NotUtf8 {
                span: crate::diag::Span::from_offset(source, &text, valid),
            }
        })?;
        PortRegistry::from_str_source(&text, source)
    }

    /// Loads the registry from CSV text already in memory.
    pub fn from_str_source(text: &str, source: &Path) -> Result<PortRegistry, RegistryError> {
        let rows = record::read_rows(text, source)?;
        let record_count = rows.len();
        let (index, unnamed) = index::build(rows);
        Ok(PortRegistry {
            index,
            unnamed,
            record_count,
        })
    }

    /// What the registry says about `port`; every port has an entry, maybe empty. Built on
    /// request from the rows (a few microseconds), so it is returned by value.
    pub fn port(&self, port: Port) -> PortInfo<'_> {
        self.index.port(port)
    }

    /// Whether a named service covers `port`, without building its [`PortInfo`].
    pub fn is_assigned(&self, port: Port) -> bool {
        self.index.is_assigned(port)
    }

    /// How many of the 65,536 ports a named service covers.
    pub fn assigned_count(&self) -> usize {
        Port::all().filter(|p| self.index.is_assigned(*p)).count()
    }

    /// Every service row with a port, in file order, with its port (the first of a range).
    pub fn service_rows(&self) -> impl Iterator<Item = (Port, &Service)> {
        self.index.services()
    }

    /// Every status row, in file order, with its port (the first of a range).
    pub fn status_rows(&self) -> impl Iterator<Item = (Port, &StatusEntry)> {
        self.index.statuses()
    }

    /// The service-name-only registrations (DNS-SD names such as `airplay`).
    pub fn unnamed_services(&self) -> &[Service] {
        &self.unnamed
    }

    /// The ports where a service called `name` is registered, ascending, each once.
    /// Names compare case-insensitively (RFC 6335); one name may sit on several ports.
    pub fn ports_named(&self, name: &str) -> Vec<Port> {
        let mut ports: Vec<Port> = Vec::new();
        for (port, service) in self.service_rows() {
            if service.name.eq_ignore_ascii_case(name) {
                match service.range {
                    Some(r) => ports.extend(r),
                    None => ports.push(port),
                }
            }
        }
        ports.sort_unstable();
        ports.dedup();
        ports
    }

    /// Number of data records read from the CSV.
    pub fn record_count(&self) -> usize {
        self.record_count
    }
}
