//! Charts as inline SVG, made at build time: no JavaScript, no image requests.
//!
//! Every chart has a `<title>` and `<desc>` and is labelled by them; the table
//! printed beside it holds the same figures and is its accessible alternative.
//! Colours come from CSS classes, so dark mode and print restyle them.
//!
//! Every chart is drawn twice, for a phone ([`NARROW`] units wide) and for a
//! wider screen ([`WIDE`]); the stylesheet shows one. An SVG scales its text with
//! its width, so one 640-unit drawing shown 328 px wide on a 360 px phone had
//! 6.7 px labels; each layout keeps its 14-unit text at 12 CSS px or more.

use super::escape as esc;
use std::fmt::Write;

/// The width in user units of the phone layout (shown below 40rem).
pub const NARROW: f64 = 320.0;
/// The width in user units of the wide layout (shown from 40rem).
pub const WIDE: f64 = 640.0;
/// The width a character of the 14-unit label text takes, at most (a digit of
/// DejaVu Sans, the widest common system font), for fitting value labels beside
/// their bars.
const CHAR_WIDTH: f64 = 9.0;
/// The width of an average character of label text, for wrapping labels.
const AVERAGE_CHAR_WIDTH: f64 = 8.5;

/// Both layouts of one chart, drawn by `draw(width, suffix)`: the narrow one
/// first (ids get `-n`), then the wide one.
fn both(draw: impl Fn(f64, &str) -> String) -> String {
    let mut out = draw(NARROW, "-n");
    out.push_str(&draw(WIDE, ""));
    out
}

/// The line height of label text, in user units.
const LINE: f64 = 18.0;

/// `text` broken at spaces into lines of at most `room` user units (by
/// [`AVERAGE_CHAR_WIDTH`]); a word longer than that keeps a line of its own.
fn wrap(text: &str, room: f64) -> Vec<String> {
    let most = ((room / AVERAGE_CHAR_WIDTH).floor() as usize).max(1);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= most => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// A `<text>` of `lines` at `x`, its first baseline at `y`, one [`LINE`] apart.
fn text_lines(out: &mut String, x: f64, y: f64, lines: &[String]) {
    let _ = write!(out, r#"<text x="{x:.1}" y="{y:.1}" class="lbl">"#);
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            out.push_str(&esc(line));
        } else {
            let _ = write!(
                out,
                r#"<tspan x="{x:.1}" dy="{LINE}">{}</tspan>"#,
                esc(line)
            );
        }
    }
    out.push_str("</text>");
}

fn open(out: &mut String, id: &str, title: &str, desc: &str, width: f64, height: f64) {
    let layout = if width < WIDE { "narrow" } else { "wide" };
    let _ = write!(
        out,
        r#"<svg class="chart {layout}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
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
    both(|width, suffix| paired_bars_at(width, &format!("{id}{suffix}"), title, desc, legend, bars))
}

fn paired_bars_at(
    width: f64,
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
    let longest = bars
        .iter()
        .flat_map(|b| [Some(&b.budget_text), b.actual_text.as_ref()])
        .flatten()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let span = (width - 6.0 - CHAR_WIDTH * longest).clamp(width * 0.3, width * 0.58);
    let labels: Vec<Vec<String>> = bars.iter().map(|b| wrap(&b.label, width)).collect();
    let block = |lines: usize| 48.0 + LINE * lines as f64;
    let top = 30.0;
    let height = top + labels.iter().map(|l| block(l.len())).sum::<f64>();
    let mut out = String::new();
    open(&mut out, id, title, desc, width, height);
    legend_row(&mut out, &[("b", legend[0]), ("r", legend[1])]);
    let mut y = top;
    for (bar, label) in bars.iter().zip(&labels) {
        text_lines(&mut out, 0.0, y + 14.0, label);
        let block_height = block(label.len());
        y += LINE * (label.len() - 1) as f64;
        let w = (bar.budget.max(0) as f64 / max * span).max(1.0);
        let _ = write!(
            out,
            r#"<rect class="b" x="0" y="{:.1}" width="{w:.1}" height="14"/><text x="{:.1}" y="{:.1}" class="val">{}</text>"#,
            y + 20.0,
            w + 6.0,
            y + 32.0,
            esc(&bar.budget_text)
        );
        if let (Some(actual), Some(text)) = (bar.actual, &bar.actual_text) {
            let w = (actual.max(0) as f64 / max * span).max(1.0);
            let _ = write!(
                out,
                r#"<rect class="r" x="0" y="{:.1}" width="{w:.1}" height="14"/><text x="{:.1}" y="{:.1}" class="val">{}</text>"#,
                y + 38.0,
                w + 6.0,
                y + 50.0,
                esc(text)
            );
        }
        y += block_height - LINE * (label.len() - 1) as f64;
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
        x += 40.0 + CHAR_WIDTH * label.chars().count() as f64;
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
    both(|width, suffix| composition_at(width, &format!("{id}{suffix}"), title, desc, segments))
}

fn composition_at(width: f64, id: &str, title: &str, desc: &str, segments: &[Segment]) -> String {
    let parts: Vec<&Segment> = segments.iter().filter(|s| s.value > 0).collect();
    let total: i128 = parts.iter().map(|s| s.value).sum::<i128>().max(1);
    let legends: Vec<Vec<String>> = parts
        .iter()
        .map(|p| wrap(&format!("{} — {}", p.label, p.share_text), width - 20.0))
        .collect();
    let row = |lines: usize| 4.0 + LINE * lines as f64;
    let height = 40.0 + legends.iter().map(|l| row(l.len())).sum::<f64>();
    let mut out = String::new();
    open(&mut out, id, title, desc, width, height);
    let mut x = 0.0;
    for (i, part) in parts.iter().enumerate() {
        let w = part.value as f64 / total as f64 * width;
        let _ = write!(
            out,
            r#"<rect class="s{}" x="{x:.2}" y="0" width="{w:.2}" height="28"/>"#,
            i % 8 + 1
        );
        x += w;
    }
    let mut y = 40.0;
    for (i, lines) in legends.iter().enumerate() {
        let _ = write!(
            out,
            r#"<rect class="s{}" x="0" y="{y:.1}" width="14" height="14"/>"#,
            i % 8 + 1
        );
        text_lines(&mut out, 20.0, y + 12.0, lines);
        y += row(lines.len());
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
    both(|width, suffix| by_year_at(width, &format!("{id}{suffix}"), title, desc, legend, years))
}

fn by_year_at(
    width: f64,
    id: &str,
    title: &str,
    desc: &str,
    legend: [&str; 2],
    years: &[YearPair],
) -> String {
    let max = years
        .iter()
        .flat_map(|y| [y.first, y.second])
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let (top, plot, bottom) = (30.0, 170.0, 22.0);
    let height = top + plot + bottom;
    let group = width / years.len().max(1) as f64;
    let bar = (group / 3.0).min(48.0);
    let mut out = String::new();
    open(&mut out, id, title, desc, width, height);
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

    /// Issue 21: on a phone, long legend labels ran out of the chart.
    #[test]
    fn long_labels_wrap_within_the_narrow_chart() {
        let lines = wrap(
            "Bagi hasil BUM Desa (paket wisata adat Osing) — 12,50%",
            NARROW - 20.0,
        );
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() as f64 * AVERAGE_CHAR_WIDTH <= NARROW - 20.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            "Bagi hasil BUM Desa (paket wisata adat Osing) — 12,50%"
        );
        assert_eq!(wrap("", 100.0), vec![String::new()]);
        let svg = composition(
            "c",
            "t",
            "d",
            &[Segment {
                label: "Bagi hasil BUM Desa (paket wisata adat Osing)".into(),
                value: 1,
                share_text: "100%".into(),
            }],
        );
        assert!(svg.contains("<tspan"), "{svg}");
    }

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
        assert!(svg.starts_with("<svg class=\"chart narrow\""));
        assert!(svg.contains("<svg class=\"chart wide\""));
        assert!(svg.contains("aria-labelledby=\"c1-n-t c1-n-d\""));
        assert!(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assert!(svg.contains("<title id=\"c1-t\">A &amp; B</title>"));
        assert!(svg.contains("&lt;x&gt;"));
        assert_eq!(
            svg.matches("<rect class=\"r\"").count(),
            4,
            "legend + bar, in both layouts"
        );
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
        assert!(svg.contains("width=\"480.00\""), "wide: 3/4 of 640");
        assert!(svg.contains("width=\"240.00\""), "narrow: 3/4 of 320");
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
