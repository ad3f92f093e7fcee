//! The IANA Service Name and Transport Protocol Port Number Registry: CSV → [`PortRegistry`],
//! with one [`PortInfo`] per port number, and the diff used by `import-iana`.

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

pub use date::PartialDate;
pub(crate) use date::days_in_month;
pub use diff::{ChangedField, FieldChange, RegistryDiff, ServiceChange, ServiceKey, diff};
pub use entry::{PortInfo, Service, StatusEntry};
pub use error::RegistryError;
pub use port::{PortClass, PortRange, Protocol};
pub use record::HEADER;
pub use reference::Reference;
pub use status::Status;
pub use text::handle_as_name;

/// The whole registry, indexed by port. Immutable once loaded, so it can be shared
/// across threads during the parallel render.
#[derive(Debug, Clone)]
pub struct PortRegistry {
    /// One entry per port number; `ports[p].port == p`.
    ports: Vec<PortInfo>,
    /// Service-name-only registrations, in file order.
    unnamed: Vec<Service>,
    /// Number of data records in the CSV (the header excluded).
    record_count: usize,
}

impl PortRegistry {
    /// Loads the registry CSV at `path`.
    pub fn from_path(path: &Path) -> Result<PortRegistry, RegistryError> {
        let file = std::fs::File::open(path).map_err(|source| RegistryError::Io {
            path: path.to_path_buf(),
            source,
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
        let index = index::build(rows);
        Ok(PortRegistry {
            ports: index.ports,
            unnamed: index.unnamed,
            record_count,
        })
    }

    /// What the registry says about `port`; every port has an entry, maybe empty.
    pub fn port(&self, port: u16) -> &PortInfo {
        &self.ports[usize::from(port)]
    }

    /// All 65,536 entries, indexed by port number.
    pub fn ports(&self) -> &[PortInfo] {
        &self.ports
    }

    /// The service-name-only registrations (DNS-SD names such as `airplay`).
    pub fn unnamed_services(&self) -> &[Service] {
        &self.unnamed
    }

    /// The ports where a service called `name` is registered, ascending, each once.
    /// Names compare case-insensitively (RFC 6335); one name may sit on several ports.
    pub fn ports_named(&self, name: &str) -> Vec<u16> {
        self.ports
            .iter()
            .filter(|info| {
                info.services
                    .iter()
                    .any(|s| s.name.eq_ignore_ascii_case(name))
            })
            .map(|info| info.port)
            .collect()
    }

    /// Number of data records read from the CSV.
    pub fn record_count(&self) -> usize {
        self.record_count
    }
}
