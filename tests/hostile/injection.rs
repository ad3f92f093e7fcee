//! Script and markup injection through every field a contributor or maintainer writes.
