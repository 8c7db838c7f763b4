//! Charts as inline SVG, made at build time: no JavaScript, no image requests.
//!
//! Every chart has a `<title>` and `<desc>` and is labelled by them; the table
//! printed beside it holds the same figures and is its accessible alternative.
//! Colours come from CSS classes, so dark mode and print restyle them.

use super::escape as esc;
use std::fmt::Write;

const WIDTH: f64 = 640.0;

fn open(out: &mut String, id: &str, title: &str, desc: &str, height: f64) {
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(desc)
    );
}

/// One category of a paired bar chart: budget and (maybe) actual, with their labels.
#[derive(Debug, Clone)]
pub struct PairedBar {
    /// Category name.
    pub label: String,
    /// Budgeted amount.
    pub budget: i128,
    /// Realised amount.
    pub actual: Option<i128>,
    /// The budget as text.
    pub budget_text: String,
    /// The actual as text (with its percentage).
    pub actual_text: Option<String>,
}

/// Horizontal bars, budget above actual, one pair per category.
pub fn paired_bars(
    id: &str,
    title: &str,
    desc: &str,
    legend: [&str; 2],
    bars: &[PairedBar],
) -> String {
    let max = bars
        .iter()
        .flat_map(|b| [b.budget, b.actual.unwrap_or(0)])
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let span = WIDTH * 0.58;
    let block = 64.0;
    let top = 30.0;
    let height = top + block * bars.len() as f64;
    let mut out = String::new();
    open(&mut out, id, title, desc, height);
    legend_row(&mut out, &[("b", legend[0]), ("r", legend[1])]);
    for (i, bar) in bars.iter().enumerate() {
        let y = top + block * i as f64;
        let _ = write!(
            out,
            r#"<text x="0" y="{:.1}" class="lbl">{}</text>"#,
            y + 13.0,
            esc(&bar.label)
        );
        let w = (bar.budget.max(0) as f64 / max * span).max(1.0);
        let _ = write!(
            out,
            r#"<rect class="b" x="0" y="{:.1}" width="{w:.1}" height="14"/><text x="{:.1}" y="{:.1}" class="val">{}</text>"#,
            y + 19.0,
            w + 6.0,
            y + 31.0,
            esc(&bar.budget_text)
        );
        if let (Some(actual), Some(text)) = (bar.actual, &bar.actual_text) {
            let w = (actual.max(0) as f64 / max * span).max(1.0);
            let _ = write!(
                out,
                r#"<rect class="r" x="0" y="{:.1}" width="{w:.1}" height="14"/><text x="{:.1}" y="{:.1}" class="val">{}</text>"#,
                y + 36.0,
                w + 6.0,
                y + 48.0,
                esc(text)
            );
        }
    }
    out.push_str("</svg>");
    out
}

fn legend_row(out: &mut String, items: &[(&str, &str)]) {
    let mut x = 0.0;
    for (class, label) in items {
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{x:.1}" y="4" width="14" height="14"/><text x="{:.1}" y="16" class="lbl">{}</text>"#,
            x + 20.0,
            esc(label)
        );
        x += 40.0 + 8.0 * label.chars().count() as f64;
    }
}

/// One part of a whole.
#[derive(Debug, Clone)]
pub struct Segment {
    /// Its name.
    pub label: String,
    /// Its amount (parts with 0 or less are left out).
    pub value: i128,
    /// Its share as text (`36,33%`).
    pub share_text: String,
}

/// A single bar split into parts, with a legend below.
pub fn composition(id: &str, title: &str, desc: &str, segments: &[Segment]) -> String {
    let parts: Vec<&Segment> = segments.iter().filter(|s| s.value > 0).collect();
    let total: i128 = parts.iter().map(|s| s.value).sum::<i128>().max(1);
    let height = 40.0 + 22.0 * parts.len() as f64;
    let mut out = String::new();
    open(&mut out, id, title, desc, height);
    let mut x = 0.0;
    for (i, part) in parts.iter().enumerate() {
        let w = part.value as f64 / total as f64 * WIDTH;
        let _ = write!(
            out,
            r#"<rect class="s{}" x="{x:.2}" y="0" width="{w:.2}" height="28"/>"#,
            i % 8 + 1
        );
        x += w;
    }
    for (i, part) in parts.iter().enumerate() {
        let y = 40.0 + 22.0 * i as f64;
        let _ = write!(
            out,
            r#"<rect class="s{}" x="0" y="{y:.1}" width="14" height="14"/><text x="20" y="{:.1}" class="lbl">{} — {}</text>"#,
            i % 8 + 1,
            y + 12.0,
            esc(&part.label),
            esc(&part.share_text)
        );
    }
    out.push_str("</svg>");
    out
}

/// Two amounts for one year.
#[derive(Debug, Clone)]
pub struct YearPair {
    /// The year.
    pub year: i32,
    /// First amount (revenue).
    pub first: i128,
    /// Second amount (spending).
    pub second: i128,
}

/// Vertical bars, two per year.
pub fn by_year(id: &str, title: &str, desc: &str, legend: [&str; 2], years: &[YearPair]) -> String {
    let max = years
        .iter()
        .flat_map(|y| [y.first, y.second])
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let (top, plot, bottom) = (30.0, 170.0, 22.0);
    let height = top + plot + bottom;
    let group = WIDTH / years.len().max(1) as f64;
    let bar = (group / 3.0).min(48.0);
    let mut out = String::new();
    open(&mut out, id, title, desc, height);
    legend_row(&mut out, &[("b", legend[0]), ("r", legend[1])]);
    for (i, y) in years.iter().enumerate() {
        let x0 = group * i as f64 + (group - 2.0 * bar - 4.0) / 2.0;
        for (j, (value, class)) in [(y.first, "b"), (y.second, "r")].into_iter().enumerate() {
            let h = (value.max(0) as f64 / max * plot).max(1.0);
            let _ = write!(
                out,
                r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="{bar:.1}" height="{h:.1}"/>"#,
                x0 + j as f64 * (bar + 4.0),
                top + plot - h
            );
        }
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" class="lbl" text-anchor="middle">{}</text>"#,
            group * i as f64 + group / 2.0,
            top + plot + 16.0,
            y.year
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_labelled_and_escape_text() {
        let svg = paired_bars(
            "c1",
            "A & B",
            "desc",
            ["Anggaran", "Realisasi"],
            &[PairedBar {
                label: "<x>".into(),
                budget: 100,
                actual: Some(50),
                budget_text: "100".into(),
                actual_text: Some("50 (50%)".into()),
            }],
        );
        assert!(svg.starts_with("<svg class=\"chart\""));
        assert!(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assert!(svg.contains("<title id=\"c1-t\">A &amp; B</title>"));
        assert!(svg.contains("&lt;x&gt;"));
        assert_eq!(svg.matches("<rect class=\"r\"").count(), 2, "legend + bar");
        let svg = composition(
            "c2",
            "t",
            "d",
            &[
                Segment {
                    label: "a".into(),
                    value: 3,
                    share_text: "75%".into(),
                },
                Segment {
                    label: "b".into(),
                    value: 1,
                    share_text: "25%".into(),
                },
                Segment {
                    label: "zero".into(),
                    value: 0,
                    share_text: "0%".into(),
                },
            ],
        );
        assert!(svg.contains("width=\"480.00\""));
        assert!(!svg.contains("zero"));
        let svg = by_year(
            "c3",
            "t",
            "d",
            ["P", "B"],
            &[YearPair {
                year: 2024,
                first: 10,
                second: 5,
            }],
        );
        assert!(svg.contains(">2024</text>"));
    }
}
