//! Years of figures: budgets (`apbdes/`) and population statistics
//! (`statistik/`), each year a YAML file or a spreadsheet, read by the kind's one
//! YAML reader (a spreadsheet through its sheet layout, its problems placed at
//! their cells).

use super::classify::VillageFiles;
use super::read::read_text;
use crate::config::SiteConfig;
use crate::content::village::Profile;
use crate::content::{budget, statistik};
use crate::diagnostic::Report;
use crate::yaml::Source;
use std::path::Path;

/// The statistics years of `statistik/`, oldest first, with `profile`'s
/// population checked against them (and filled from them).
pub(super) fn load_statistics(
    root: &Path,
    found: &VillageFiles,
    config: &SiteConfig,
    profile: Option<&mut Profile>,
    report: &mut Report,
) -> Vec<statistik::StatYear> {
    let mut years = Vec::with_capacity(found.statistics.len());
    for (year, rel) in &found.statistics {
        let Ok(number) = year.parse::<i32>() else {
            continue;
        };
        let opted_in = &config.statistics.opted_in;
        let parse = |source: &Source<'_>, r: &mut Report| {
            statistik::parse_year(source, number, opted_in, r)
        };
        if !is_yaml(rel) {
            let layout: SheetLayout = statistik::sheet::to_yaml;
            let sheets = statistik::sheet::sheet_names();
            years.extend(from_sheet(root, rel, &sheets, layout, parse, report));
        } else if let Some(text) = read_text(root, rel, report) {
            years.extend(parse(&Source::file(rel, &text), report));
        }
    }
    // A year that could not be read has its own error; checking desa.yaml
    // against an older year instead would only add false ones.
    let all_read = years.len() == found.statistics.len();
    years.sort_by_key(|y: &statistik::StatYear| y.year);
    let desa = found.profile.as_ref().filter(|_| all_read);
    if let (Some(profile), Some(rel)) = (profile.filter(|_| !years.is_empty()), desa) {
        if let Some(text) = read_text(root, rel, report) {
            let source = Source::file(rel, &text);
            let threshold = config.statistics.threshold;
            statistik::check_profile(&mut profile.population, &years, &source, threshold, report);
        }
    }
    years
}

/// The budget years of `apbdes/`, oldest first.
pub(super) fn load_budgets(
    root: &Path,
    found: &VillageFiles,
    report: &mut Report,
) -> Vec<budget::BudgetYear> {
    // As many as there are years: the model holds every village's budgets.
    let mut budgets = Vec::with_capacity(found.budgets.len());
    for (year, rel) in &found.budgets {
        if !is_yaml(rel) {
            let parse = |source: &Source<'_>, r: &mut Report| budget::parse_year(source, year, r);
            let layout: SheetLayout = budget::sheet::to_yaml;
            let sheets = budget::sheet::SHEETS;
            budgets.extend(from_sheet(root, rel, &sheets, layout, parse, report));
        } else if let Some(text) = read_text(root, rel, report) {
            budgets.extend(budget::parse_year(&Source::file(rel, &text), year, report));
        }
    }
    budgets.sort_by_key(|b: &budget::BudgetYear| b.year);
    budgets
}

/// A year from a spreadsheet: its sheets (`sheets` names a CSV file's
/// sections) written as the kind's YAML layout by `to_yaml`, read by the
/// kind's one YAML reader `parse`, every problem placed at its cell.
fn from_sheet<T>(
    root: &Path,
    rel: &Path,
    sheets: &[&str],
    to_yaml: SheetLayout,
    parse: impl FnOnce(&Source<'_>, &mut Report) -> Option<T>,
    report: &mut Report,
) -> Option<T> {
    let bytes = match crate::input::read_regular(&root.join(rel), crate::sheet::FILE_LIMIT) {
        Ok(bytes) => bytes,
        Err(err) => {
            report.push(super::read::read_error(rel, &err));
            return None;
        }
    };
    let book = match crate::sheet::read(rel, bytes, sheets) {
        Ok(book) => book,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let (yaml, cells) = to_yaml(&book, rel, report)?;
    let mut found = Report::new();
    let parsed = parse(&Source::file(rel, &yaml), &mut found);
    report.extend(found.diagnostics().iter().cloned().map(|d| cells.place(d)));
    parsed
}

/// A kind's spreadsheet layout: a workbook as YAML text and its cells.
type SheetLayout = fn(
    &crate::sheet::Workbook,
    &Path,
    &mut Report,
) -> Option<(String, crate::sheet::layout::CellMap)>;

/// Whether `rel` is a YAML file (else a spreadsheet).
fn is_yaml(rel: &Path) -> bool {
    rel.extension().is_some_and(|e| e == "yaml")
}
