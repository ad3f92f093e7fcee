//! Passes over a YAML document that find what serde reports without a usable position: the
//! second occurrence of a key (serde names only its mapping) and a string holding a
//! character the text rules refuse (serde names only its struct). Each pass raises its
//! error while the offending scalar is decoded, so the parser marks the scalar itself.

use std::fmt;
use std::path::Path;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use super::error::ContentError;
use crate::diag::Span;

const TEXT_PROBLEM: &str = "portsite-text: ";

/// Finds the first string value holding a character the text rules refuse, and reports it
/// at that string's position with its field path.
pub(super) fn check_text(path: &Path, yaml: &str, first_line: usize) -> Result<(), ContentError> {
    let result = Walk(Scan::Text).deserialize(yaml_serde::Deserializer::from_str(yaml));
    match result {
        Err(err) if err.to_string().contains(TEXT_PROBLEM) => {
            match super::yaml::map_error(path, yaml, first_line, &err) {
                ContentError::Yaml { span, message } => Err(ContentError::Yaml {
                    span,
                    message: message.replacen(TEXT_PROBLEM, "", 1),
                }),
                other => Err(other),
            }
        }
        // Syntax errors are reported by the real decoding with better wording.
        _ => Ok(()),
    }
}

/// What a [`Walk`] over a document fails on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// The first string `text::first_problem` objects to.
    Text,
    /// The second occurrence of a key in a mapping. The failure is raised while the key
    /// itself is decoded, so the parser marks it with the key's own position.
    DuplicateKeys,
}

/// Walks any YAML document, every value and key, failing on what its [`Scan`] looks for.
#[derive(Clone, Copy)]
struct Walk(Scan);

impl<'de> DeserializeSeed<'de> for Walk {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if self.0 != Scan::Text {
            return Ok(());
        }
        match super::text::first_problem(v) {
            Some((_, problem)) => Err(E::custom(format_args!("{TEXT_PROBLEM}{problem}"))),
            None => Ok(()),
        }
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.deserialize(d)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.0 == Scan::DuplicateKeys {
            let mut seen: Vec<String> = Vec::new();
            while let Some(key) = map.next_key_seed(KeySeed(&seen))? {
                seen.push(key);
                map.next_value_seed(self)?;
            }
        } else {
            while map.next_key::<IgnoredAny>()?.is_some() {
                map.next_value_seed(self)?;
            }
        }
        Ok(())
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let (IgnoredAny, variant) = data.variant()?;
        variant.newtype_variant_seed(self)
    }
}

/// serde reports a duplicate key at the start of its mapping; this walks the document
/// again and stops at the second occurrence of a key in any mapping, whose position the
/// YAML parser knows however the key is written (`title:`, `"title":`, `title :`, `{…}`).
pub(super) fn locate_duplicate(yaml: &str, span: Span, first_line: usize) -> Span {
    match duplicate_key_position(yaml) {
        Some((line, col)) => Span::new(span.path, first_line + line - 1, col),
        None => span,
    }
}

/// The 1-based line and column of the first key written twice in one mapping, if any.
pub(crate) fn duplicate_key_position(yaml: &str) -> Option<(usize, usize)> {
    let result = Walk(Scan::DuplicateKeys).deserialize(yaml_serde::Deserializer::from_str(yaml));
    match result {
        Err(err) if err.to_string().contains(DUPLICATE_KEY) => {
            err.location().map(|l| (l.line(), l.column()))
        }
        _ => None,
    }
}

const DUPLICATE_KEY: &str = "portsite: duplicate key";

/// Decodes one mapping key as text and fails if the mapping already had it.
struct KeySeed<'a>(&'a [String]);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        if self.0.iter().any(|k| k == key) {
            return Err(E::custom(format_args!("{DUPLICATE_KEY} `{key}`")));
        }
        Ok(key.to_owned())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        self.visit_str("~")
    }
    // A sequence or mapping as a key is not something front matter uses; skip it.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(String::new())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(String::new())
    }
}
