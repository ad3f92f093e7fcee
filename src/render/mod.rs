//! (render: under construction)
