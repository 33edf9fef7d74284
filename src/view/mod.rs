//! Markup from the model: gauges, tables and comparisons as HTML strings (SPEC §6).
