//! `ports: {from, to}` in site.yaml → the one [`PortRange`] type.

use serde::Deserialize;

use crate::port::{Port, PortRange};

/// The span as site.yaml writes it. Only a deserialization step: the struct keeps its
/// name so that serde's messages read as they always have ("expected struct PortSpan").
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PortSpan {
    from: Port,
    to: Port,
}

/// Reads `ports: {from, to}` into a [`PortRange`]. A span whose `from` is above its `to` is
/// refused while its mapping is read, so the error points at it, as serde's own do.
pub(super) fn port_span<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<PortRange, D::Error> {
    deserializer.deserialize_struct("PortSpan", &["from", "to"], SpanVisitor)
}

/// Hands the mapping (or sequence) to `PortSpan`'s derived reader, then checks the order.
struct SpanVisitor;

impl SpanVisitor {
    fn range<E: serde::de::Error>(span: PortSpan) -> Result<PortRange, E> {
        let PortSpan { from, to } = span;
        PortRange::new(from, to).ok_or_else(|| {
            E::custom(format!(
                "`from` ({from}) is greater than `to` ({to}); the span runs from the first \
                 port with a page to the last, so swap them"
            ))
        })
    }
}

impl<'de> serde::de::Visitor<'de> for SpanVisitor {
    type Value = PortRange;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("struct PortSpan")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<PortRange, A::Error> {
        Self::range(PortSpan::deserialize(
            serde::de::value::MapAccessDeserializer::new(map),
        )?)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<PortRange, A::Error> {
        Self::range(PortSpan::deserialize(
            serde::de::value::SeqAccessDeserializer::new(seq),
        )?)
    }
}
