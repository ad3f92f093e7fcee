//! Reading the CSV: header check, one typed [`Row`] per record, errors with positions.

use std::path::Path;

use csv::StringRecord;

use super::date::PartialDate;
use super::entry::{Service, StatusEntry};
use super::error::RegistryError;
use super::port::{PortSpec, Protocol};
use super::reference::{self, Reference};
use super::status::Status;
use super::text;
use crate::diag::Span;
use crate::port::PortRange;

/// The registry's 12 columns, in order.
pub const HEADER: [&str; 12] = [
    "Service Name",
    "Port Number",
    "Transport Protocol",
    "Description",
    "Assignee",
    "Contact",
    "Registration Date",
    "Modification Date",
    "Reference",
    "Service Code",
    "Unauthorized Use Reported",
    "Assignment Notes",
];

/// Column indexes, named after [`HEADER`].
mod col {
    pub const NAME: usize = 0;
    pub const PORT: usize = 1;
    pub const PROTOCOL: usize = 2;
    pub const DESCRIPTION: usize = 3;
    pub const ASSIGNEE: usize = 4;
    pub const CONTACT: usize = 5;
    pub const REGISTERED: usize = 6;
    pub const MODIFIED: usize = 7;
    pub const REFERENCE: usize = 8;
    pub const SERVICE_CODE: usize = 9;
    pub const UNAUTHORIZED: usize = 10;
    pub const NOTES: usize = 11;
}

/// One record, typed: what it is and which ports it covers.
#[derive(Debug)]
pub(crate) struct Row {
    /// The Port Number column.
    pub ports: PortSpec,
    /// A named service or a status.
    pub kind: RowKind,
}

/// Whether a record names a service or states a status.
#[derive(Debug)]
pub(crate) enum RowKind {
    /// A row with a Service Name.
    Service(Service),
    /// A row without one.
    Status(StatusEntry),
}

/// The file text and where records start, to turn positions into spans.
struct Source<'a> {
    path: &'a Path,
    text: &'a str,
    /// Bytes skipped before the CSV parser's input (a UTF-8 byte-order mark).
    base: usize,
}

impl Source<'_> {
    fn span_at(&self, csv_offset: u64) -> Span {
        let offset = usize::try_from(csv_offset).unwrap_or(usize::MAX);
        Span::from_offset(self.path, self.text, self.base.saturating_add(offset))
    }

    /// The span of field `index` of the record starting at `record_start`.
    fn field_span(&self, record_start: u64, index: usize) -> Span {
        let start = usize::try_from(record_start).unwrap_or(0) + self.base;
        let bytes = self.text.as_bytes();
        let (mut at, mut field, mut quoted) = (start, 0, false);
        while field < index && at < bytes.len() {
            match bytes[at] {
                b'"' => quoted = !quoted,
                b',' if !quoted => field += 1,
                _ => {}
            }
            at += 1;
        }
        Span::from_offset(self.path, self.text, at)
    }
}

/// Parses the whole file `text` (read from `path`) into rows, in file order.
pub(crate) fn read_rows(text: &str, path: &Path) -> Result<Vec<Row>, RegistryError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let source = Source {
        path,
        text,
        base: text.len() - body.len(),
    };
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    check_header(&mut reader, &source)?;
    if let Some(quote) = unclosed_quote(body) {
        return Err(RegistryError::Csv {
            span: source.span_at(quote as u64),
            message: "this quoted field is never closed; the file is probably truncated, so \
                      download it from IANA again"
                .to_owned(),
        });
    }
    let mut rows = Vec::with_capacity(16_384);
    let mut record = StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => rows.push(convert(&record, &source)?),
            Ok(false) => return Ok(rows),
            Err(e) => return Err(csv_error(&e, &source)),
        }
    }
}

/// The offset of a quote that opens a field and is never closed.
///
/// The CSV reader silently ends such a field at the end of the file, which would hide a
/// download cut off inside a multi-line note.
fn unclosed_quote(body: &str) -> Option<usize> {
    let mut open = None;
    for i in memchr::memchr_iter(b'"', body.as_bytes()) {
        open = if open.is_some() { None } else { Some(i) };
    }
    open
}

fn check_header(reader: &mut csv::Reader<&[u8]>, source: &Source) -> Result<(), RegistryError> {
    let headers = reader.headers().map_err(|e| csv_error(&e, source))?;
    if headers.iter().eq(HEADER) {
        return Ok(());
    }
    Err(RegistryError::WrongHeader {
        path: source.path.to_path_buf(),
        found: headers.iter().collect::<Vec<_>>().join(","),
        expected: HEADER.join(","),
    })
}

fn csv_error(error: &csv::Error, source: &Source) -> RegistryError {
    let span = error
        .position()
        .map_or_else(|| Span::file(source.path), |p| source.span_at(p.byte()));
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "this record has {len} fields but the registry has {expected_len}; the file is \
             probably truncated or has an unbalanced quote, so download it from IANA again"
        ),
        _ => format!("the registry CSV cannot be read ({error}); download it from IANA again"),
    };
    RegistryError::Csv { span, message }
}

fn convert(record: &StringRecord, source: &Source) -> Result<Row, RegistryError> {
    let start = record.position().map_or(0, csv::Position::byte);
    let field = |i: usize| record.get(i).unwrap_or("");
    let span = |i: usize| source.field_span(start, i);

    let ports = PortSpec::parse(field(col::PORT)).ok_or_else(|| RegistryError::BadPort {
        span: span(col::PORT),
        value: field(col::PORT).to_owned(),
    })?;
    let protocol =
        Protocol::parse(field(col::PROTOCOL)).ok_or_else(|| RegistryError::BadProtocol {
            span: span(col::PROTOCOL),
            value: field(col::PROTOCOL).to_owned(),
        })?;
    let date = |i: usize| parse_date(field(i), || span(i));
    let common = Common {
        protocol,
        range: match ports {
            PortSpec::Range(r) => Some(r),
            _ => None,
        },
        registered: date(col::REGISTERED)?,
        modified: date(col::MODIFIED)?,
        references: Reference::parse_all(field(col::REFERENCE)),
        assignee: text::handles(field(col::ASSIGNEE)),
        notes: text::lines(field(col::NOTES)).map(|n| reference::people_named(&n)),
    };
    let name = field(col::NAME).trim();
    let kind = if name.is_empty() {
        if ports == PortSpec::None {
            return Err(RegistryError::EmptyRow { span: span(0) });
        }
        RowKind::Status(status_entry(field(col::DESCRIPTION), common))
    } else {
        let service_code =
            parse_service_code(field(col::SERVICE_CODE), || span(col::SERVICE_CODE))?;
        RowKind::Service(Service {
            name: name.to_owned(),
            contact: text::handles(field(col::CONTACT)),
            unauthorized_use: text::one_line(field(col::UNAUTHORIZED)),
            service_code,
            ..service(field(col::DESCRIPTION), common)
        })
    };
    Ok(Row { ports, kind })
}

/// The fields that service rows and status rows share.
struct Common {
    protocol: Protocol,
    range: Option<PortRange>,
    registered: Option<PartialDate>,
    modified: Option<PartialDate>,
    references: Vec<Reference>,
    assignee: Option<String>,
    notes: Option<String>,
}

fn service(raw_description: &str, c: Common) -> Service {
    let (description, legacy_name) = text::split_legacy_name(raw_description);
    Service {
        name: String::new(),
        protocol: c.protocol,
        description: text::one_line(&description).unwrap_or_default(),
        legacy_name,
        assignee: c.assignee,
        contact: None,
        registered: c.registered,
        modified: c.modified,
        references: c.references,
        service_code: None,
        notes: c.notes,
        unauthorized_use: None,
        range: c.range,
    }
}

fn status_entry(raw_description: &str, c: Common) -> StatusEntry {
    let description = text::one_line(raw_description);
    let status = Status::classify(description.as_deref().unwrap_or(""));
    StatusEntry {
        status,
        protocol: c.protocol,
        range: c.range,
        modified: c.modified,
        references: c.references,
        notes: c.notes,
        description: description.filter(|d| !status.is_bare_word(d)),
        assignee: c.assignee,
        registered: c.registered,
    }
}

fn parse_date(value: &str, span: impl Fn() -> Span) -> Result<Option<PartialDate>, RegistryError> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    PartialDate::parse(value)
        .map(Some)
        .ok_or_else(|| RegistryError::BadDate {
            span: span(),
            value: value.to_owned(),
        })
}

fn parse_service_code(value: &str, span: impl Fn() -> Span) -> Result<Option<u32>, RegistryError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse()
        .map(Some)
        .map_err(|_| RegistryError::BadServiceCode {
            span: span(),
            value: value.to_owned(),
        })
}
