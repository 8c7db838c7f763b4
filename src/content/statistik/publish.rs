//! The published figures: the one function every output (pages, charts, CSV,
//! JSON, the portal) reads a statistics year through, so that none can show a
//! count the small-cell rule withholds.
//!
//! # The rule
//!
//! 1. **Sensitive categories** (specific personal data, [`CategoryDef::sensitive`])
//!    are left out unless site.yaml names them in `statistik.kategori_khusus`.
//! 2. **Small cells**: a count from 1 to `ambang - 1` (default 5, never below 3)
//!    is published as [`Cell::Small`] (`<5`), never as its number. Zero is not
//!    small: it says nobody, which identifies no one.
//! 3. **Complementary suppression**: a table publishes sums: each category's
//!    column of `jumlah` adds up to its total; where every row gives men and
//!    women, each row's `laki_laki + perempuan` is its `jumlah`, and the
//!    columns of men and women add up to the totals of men and women, which add
//!    up to the category's total. When exactly one cell of such a sum is
//!    withheld, it could be worked out by subtraction; so the smallest other
//!    cell of that sum that is not zero (a zero one when there is none) is
//!    withheld too, as [`Cell::Withheld`]. Withholding a cell may leave another
//!    sum with one withheld cell, so the pass repeats until no sum has exactly
//!    one; it ends, as each pass withholds one more cell. The category's total
//!    (the population) is always published.
//! 4. **Sums of villages** (the portal) are suppressed after summing, and a
//!    summed cell that any village withholds is withheld too: otherwise the
//!    portal's figure minus the other villages' would give it back.

use super::codes::CategoryDef;
use super::{CATEGORIES, StatYear};
use crate::content::fields::Date;

/// What site.yaml says about publishing statistics (`statistik:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsConfig {
    /// The smallest count published as a number (`ambang`, 5 by default, at least 3).
    pub threshold: u64,
    /// The sensitive categories published anyway (`kategori_khusus`).
    pub opted_in: Vec<String>,
}

impl Default for StatisticsConfig {
    fn default() -> Self {
        StatisticsConfig {
            threshold: 5,
            opted_in: Vec::new(),
        }
    }
}

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The count.
    Value(u64),
    /// A count from 1 to the threshold minus one: shown as `<5`.
    Small,
    /// Withheld so that a small count cannot be worked out from the totals.
    Withheld,
}

impl Cell {
    /// The count, when published.
    pub fn value(self) -> Option<u64> {
        match self {
            Cell::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The figure as the CSV and JSON files write it: the number, `<5`, or `x`.
    pub fn data(self, threshold: u64) -> String {
        match self {
            Cell::Value(v) => v.to_string(),
            Cell::Small => format!("<{threshold}"),
            Cell::Withheld => "x".to_string(),
        }
    }
}

/// One published row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedRow {
    /// The official label.
    pub label: String,
    /// Everyone.
    pub count: Cell,
    /// Men, when given.
    pub male: Option<Cell>,
    /// Women, when given.
    pub female: Option<Cell>,
}

/// One published category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedCategory {
    /// The category.
    pub def: &'static CategoryDef,
    /// Its rows.
    pub rows: Vec<PublishedRow>,
    /// The sum of its rows: the population it counts, always published.
    pub total: u64,
    /// The totals of men and women, when every row gives them.
    pub sexes: Option<(Cell, Cell)>,
}

/// A year (or the portal's sum of villages) as it may be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedYear {
    /// The year.
    pub year: i32,
    /// The date of the figures; for a sum, the latest.
    pub date: Date,
    /// Where they come from.
    pub source: Option<String>,
    /// The whole population.
    pub population: u64,
    /// The threshold used (`<5`).
    pub threshold: u64,
    /// The categories published, in the order of [`CATEGORIES`].
    pub categories: Vec<PublishedCategory>,
}

impl PublishedYear {
    /// The category `slug`, if published.
    pub fn category(&self, slug: &str) -> Option<&PublishedCategory> {
        self.categories.iter().find(|c| c.def.slug == slug)
    }
}

/// Raw figures of one category before suppression, and which cells must be
/// withheld whatever their value (portal sums).
struct Table {
    def: &'static CategoryDef,
    labels: Vec<String>,
    /// Per row: jumlah, then laki-laki and perempuan when every row has them.
    cells: Vec<[Option<u64>; 3]>,
    forced: Vec<[bool; 3]>,
    total: u64,
}

/// The published figures of `year` under `config`.
pub fn publish(year: &StatYear, config: &StatisticsConfig) -> PublishedYear {
    let categories = year
        .categories
        .iter()
        .filter(|c| allowed(c.def, config))
        .map(|c| {
            let cells: Vec<[Option<u64>; 3]> = c
                .rows
                .iter()
                .map(|r| [Some(r.count), r.male, r.female])
                .collect();
            suppress(
                Table {
                    def: c.def,
                    labels: c.rows.iter().map(|r| r.label.clone()).collect(),
                    forced: vec![[false; 3]; cells.len()],
                    cells,
                    total: year.population,
                },
                config.threshold,
            )
        })
        .collect();
    PublishedYear {
        year: year.year,
        date: year.date,
        source: year.source.clone(),
        population: year.population,
        threshold: config.threshold,
        categories,
    }
}

/// Whether `def` may be published at all.
fn allowed(def: &CategoryDef, config: &StatisticsConfig) -> bool {
    !def.sensitive || config.opted_in.iter().any(|s| s == def.slug)
}

/// The published sum of several villages' years (the portal): counts summed
/// per category and label, then suppressed, with every cell a village
/// withholds withheld in the sum too. `years` pairs each village's year with
/// its published figures; `None` when there are none.
pub fn publish_sum(
    years: &[(&StatYear, &PublishedYear)],
    config: &StatisticsConfig,
) -> Option<PublishedYear> {
    let latest = years.iter().map(|(y, _)| y.date).max()?;
    let mut categories = Vec::new();
    for def in CATEGORIES.iter().filter(|d| allowed(d, config)) {
        if let Some(table) = summed_table(def, years) {
            categories.push(suppress(table, config.threshold));
        }
    }
    Some(PublishedYear {
        year: latest.year,
        date: latest,
        source: None,
        population: years.iter().map(|(y, _)| y.population).sum(),
        threshold: config.threshold,
        categories,
    })
}

/// The category `def` summed over the villages that have it.
fn summed_table(def: &'static CategoryDef, years: &[(&StatYear, &PublishedYear)]) -> Option<Table> {
    let mut table = Table {
        def,
        labels: Vec::new(),
        cells: Vec::new(),
        forced: Vec::new(),
        total: 0,
    };
    let mut sexes = true;
    for (year, published) in years {
        let (Some(c), Some(p)) = (year.category(def.slug), published.category(def.slug)) else {
            continue;
        };
        table.total += year.population;
        for (row, shown) in c.rows.iter().zip(&p.rows) {
            sexes &= row.male.is_some();
            let i = match table.labels.iter().position(|l| *l == row.label) {
                Some(i) => i,
                None => {
                    table.labels.push(row.label.clone());
                    table.cells.push([Some(0), Some(0), Some(0)]);
                    table.forced.push([false; 3]);
                    table.labels.len() - 1
                }
            };
            let add = |a: Option<u64>, b: Option<u64>| a.zip(b).map(|(a, b)| a + b);
            let cell = &mut table.cells[i];
            *cell = [
                add(cell[0], Some(row.count)),
                add(cell[1], row.male),
                add(cell[2], row.female),
            ];
            let withheld = |c: Option<Cell>| c.is_some_and(|c| c.value().is_none());
            let forced = &mut table.forced[i];
            forced[0] |= withheld(Some(shown.count));
            forced[1] |= withheld(shown.male);
            forced[2] |= withheld(shown.female);
        }
    }
    if table.labels.is_empty() {
        return None;
    }
    if !sexes {
        for c in &mut table.cells {
            c[1] = None;
            c[2] = None;
        }
    }
    // Code order, BELUM MENGISI last, labels without a code in first-seen order.
    let mut order: Vec<usize> = (0..table.labels.len()).collect();
    order.sort_by_key(|&i| def.find(&table.labels[i]).map_or(usize::MAX - 1, |f| f.1));
    table.labels = order.iter().map(|&i| table.labels[i].clone()).collect();
    table.cells = order.iter().map(|&i| table.cells[i]).collect();
    table.forced = order.iter().map(|&i| table.forced[i]).collect();
    Some(table)
}

/// Where a cell of a table is: a row's jumlah, men, women, or the totals of
/// men and women (row `None`).
type At = (Option<usize>, usize);

/// Applies the small-cell rule and complementary suppression to `table`.
fn suppress(table: Table, threshold: u64) -> PublishedCategory {
    let n = table.labels.len();
    let sexes = n > 0 && table.cells.iter().all(|c| c[1].is_some() && c[2].is_some());
    let column = |k: usize| -> u64 { table.cells.iter().filter_map(|c| c[k]).sum() };
    let totals = [table.total, column(1), column(2)];
    let value = |at: At| -> u64 {
        match at {
            (Some(r), k) => table.cells[r][k].unwrap_or(0),
            (None, k) => totals[k],
        }
    };
    let mut hidden: std::collections::BTreeMap<At, Cell> = std::collections::BTreeMap::new();
    let mut all: Vec<At> = (0..n).map(|r| (Some(r), 0)).collect();
    if sexes {
        all.extend((0..n).flat_map(|r| [(Some(r), 1), (Some(r), 2)]));
        all.extend([(None, 1), (None, 2)]);
    }
    for &at in &all {
        let v = value(at);
        if (1..threshold).contains(&v) {
            hidden.insert(at, Cell::Small);
        } else if at.0.is_some_and(|r| table.forced[r][at.1]) {
            hidden.insert(at, Cell::Withheld);
        }
    }
    // Each published sum as its cells; the category total (None, 0) is
    // published and never withheld, so it is left out of the sets it is in.
    let mut sums: Vec<Vec<At>> = vec![(0..n).map(|r| (Some(r), 0)).collect()];
    if sexes {
        sums.push((0..n).map(|r| (Some(r), 1)).chain([(None, 1)]).collect());
        sums.push((0..n).map(|r| (Some(r), 2)).chain([(None, 2)]).collect());
        sums.extend((0..n).map(|r| vec![(Some(r), 0), (Some(r), 1), (Some(r), 2)]));
        sums.push(vec![(None, 1), (None, 2)]);
    }
    loop {
        let mut changed = false;
        for sum in &sums {
            if sum.iter().filter(|at| hidden.contains_key(at)).count() != 1 {
                continue;
            }
            let open: Vec<At> = sum
                .iter()
                .copied()
                .filter(|at| !hidden.contains_key(at))
                .collect();
            let pick = open
                .iter()
                .filter(|at| value(**at) > 0)
                .min_by_key(|at| value(**at))
                .or_else(|| open.iter().min_by_key(|at| value(**at)));
            // A sum of one cell and the published total has nothing else to withhold.
            if let Some(&at) = pick {
                hidden.insert(at, Cell::Withheld);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let cell = |at: At| hidden.get(&at).copied().unwrap_or(Cell::Value(value(at)));
    let rows = (0..n)
        .map(|r| PublishedRow {
            label: table.labels[r].clone(),
            count: cell((Some(r), 0)),
            male: sexes.then(|| cell((Some(r), 1))),
            female: sexes.then(|| cell((Some(r), 2))),
        })
        .collect();
    PublishedCategory {
        def: table.def,
        rows,
        total: table.total,
        sexes: sexes.then(|| (cell((None, 1)), cell((None, 2)))),
    }
}
