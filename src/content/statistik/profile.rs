//! `desa.yaml`'s `penduduk` against the statistics: the figures it gives must
//! be those of the year it names (its `tahun`, or the latest year), and the
//! figures it leaves out are taken from that year.

use super::StatYear;
use crate::content::Population;
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::Source;

/// Checks `population` (from `desa`, the text of desa.yaml) against `years`
/// (oldest first), and fills what it leaves out from the year it refers to.
/// Men and women are taken only when both reach `threshold`.
pub fn check_profile(
    population: &mut Option<Population>,
    years: &[StatYear],
    desa: &Source<'_>,
    threshold: u64,
    report: &mut Report,
) {
    let Some(latest) = years.last() else {
        return;
    };
    let given = population.unwrap_or(Population {
        total: None,
        male: None,
        female: None,
        households: None,
        year: None,
    });
    let year = given
        .year
        .and_then(|y| years.iter().find(|s| i64::from(s.year) == i64::from(y)))
        .unwrap_or(latest);
    let file = format!("statistik/{}.yaml", year.year);
    let sexes = year.category("jenis-kelamin").map(|_| {
        (
            year.count("jenis-kelamin", "LAKI-LAKI").unwrap_or(0),
            year.count("jenis-kelamin", "PEREMPUAN").unwrap_or(0),
        )
    });
    let mut compare = |field: &str, desa_value: Option<u64>, stat: Option<u64>| {
        if let (Some(d), Some(s)) = (desa_value, stat) {
            if d != s {
                report.push(desa.error_at(
                    &format!("penduduk.{field}"),
                    msg!(
                        "K1208",
                        kolom = field,
                        desa = d,
                        statistik = s,
                        berkas = &file
                    ),
                ));
            }
        }
    };
    compare(
        "tahun",
        given.year.map(u64::from),
        u64::try_from(year.year).ok(),
    );
    compare("jumlah", given.total, Some(year.population));
    compare("laki_laki", given.male, sexes.map(|s| s.0));
    compare("perempuan", given.female, sexes.map(|s| s.1));
    let shown = sexes.filter(|(m, f)| *m >= threshold && *f >= threshold);
    *population = Some(Population {
        total: given.total.or(Some(year.population)),
        male: given.male.or(shown.map(|s| s.0)),
        female: given.female.or(shown.map(|s| s.1)),
        households: given.households,
        year: given.year.or_else(|| u32::try_from(year.year).ok()),
    });
}
