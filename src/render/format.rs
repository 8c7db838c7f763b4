//! Numbers, money, percentages and dates written the way each language writes them.
//! Every rule comes from the theme's `i18n/<lang>.yaml` (`format:`), so a new
//! language needs no code.

use crate::content::Date;
use crate::theme::Formats;

/// `1234567` -> `1.234.567` (id) or `1,234,567` (en).
pub fn integer(value: i128, f: &Formats) -> String {
    crate::numbers::integer(value, &f.pemisah_ribuan)
}

/// A number given in hundredths, with exactly two decimals:
/// `9458` -> `94,58` (id) or `94.58` (en).
pub fn hundredths(value: i128, f: &Formats) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let abs = value.unsigned_abs();
    let whole = integer((abs / 100) as i128, f);
    format!("{sign}{whole}{}{:02}", f.pemisah_desimal, abs % 100)
}

/// A decimal number with as many decimals as it needs (at most `max`):
/// `1.77` -> `1,77` (id).
pub fn decimal(value: f64, max: usize, f: &Formats) -> String {
    let text = format!("{value:.max$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole: i128 = whole.parse().unwrap_or(0);
    let sign = if value < 0.0 && whole == 0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{}", integer(whole, f))
    } else {
        format!("{sign}{}{}{frac}", integer(whole, f), f.pemisah_desimal)
    }
}

/// An amount of money given in sen (1/100 Rupiah): `123456700` -> `Rp1.234.567`
/// (id) or `IDR 1,234,567` (en). Sen are shown only when not zero.
pub fn money(sen: i128, f: &Formats) -> String {
    crate::numbers::money(sen, &f.pemisah_ribuan, &f.pemisah_desimal, &f.uang)
}

/// An amount in sen without currency, for tables: `122093761909` ->
/// `1.220.937.619,09` (id); sen are shown only when not zero.
pub fn amount(sen: i128, f: &Formats) -> String {
    crate::numbers::amount(sen, &f.pemisah_ribuan, &f.pemisah_desimal)
}

/// An accounting difference: negative amounts in parentheses, `(12.990.213.800)`.
pub fn difference(sen: i128, f: &Formats) -> String {
    if sen < 0 {
        format!("({})", amount(-sen, f))
    } else {
        amount(sen, f)
    }
}

/// Money in accounting style: a negative amount in parentheses, `(Rp45.723.487,52)`.
pub fn money_accounting(sen: i128, f: &Formats) -> String {
    if sen < 0 {
        format!("({})", money(-sen, f))
    } else {
        money(sen, f)
    }
}

/// A percentage given in hundredths of a percent: `9458` -> `94,58%` (id).
pub fn percent(hundredths_of_percent: i128, f: &Formats) -> String {
    format!("{}%", hundredths(hundredths_of_percent, f))
}

/// A date: `27 November 2026`, with the language's month names and pattern.
pub fn date(d: Date, f: &Formats) -> String {
    let month = f
        .bulan
        .get(usize::from(d.month).saturating_sub(1))
        .map(String::as_str)
        .unwrap_or("");
    f.tanggal
        .replace("{hari}", &d.day.to_string())
        .replace("{bulan}", month)
        .replace("{tahun}", &d.year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> Formats {
        Formats {
            bulan: [
                "Januari",
                "Februari",
                "Maret",
                "April",
                "Mei",
                "Juni",
                "Juli",
                "Agustus",
                "September",
                "Oktober",
                "November",
                "Desember",
            ]
            .map(String::from)
            .to_vec(),
            pemisah_ribuan: ".".into(),
            pemisah_desimal: ",".into(),
            uang: "Rp{}".into(),
            tanggal: "{hari} {bulan} {tahun}".into(),
        }
    }

    fn en() -> Formats {
        Formats {
            bulan: [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]
            .map(String::from)
            .to_vec(),
            pemisah_ribuan: ",".into(),
            pemisah_desimal: ".".into(),
            uang: "IDR {}".into(),
            tanggal: "{hari} {bulan} {tahun}".into(),
        }
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(123_456_700, &id()), "Rp1.234.567");
        assert_eq!(money(123_456_700, &en()), "IDR 1,234,567");
        assert_eq!(money(122_093_761_909, &id()), "Rp1.220.937.619,09");
        assert_eq!(money(0, &id()), "Rp0");
        assert_eq!(money(-50_000, &en()), "-IDR 500");
    }

    #[test]
    fn numbers_and_percentages() {
        assert_eq!(integer(999, &id()), "999");
        assert_eq!(integer(1000, &id()), "1.000");
        assert_eq!(integer(-1_234_567, &en()), "-1,234,567");
        assert_eq!(percent(9458, &id()), "94,58%");
        assert_eq!(percent(9458, &en()), "94.58%");
        assert_eq!(percent(5, &en()), "0.05%");
        assert_eq!(decimal(1.77, 2, &id()), "1,77");
        assert_eq!(decimal(1250.5, 2, &en()), "1,250.5");
        assert_eq!(decimal(3.0, 2, &en()), "3");
    }

    #[test]
    fn table_amounts_and_differences() {
        assert_eq!(amount(122_093_761_909, &id()), "1.220.937.619,09");
        assert_eq!(amount(122_093_761_900, &en()), "1,220,937,619");
        assert_eq!(difference(-1_299_021_380_000, &id()), "(12.990.213.800)");
        assert_eq!(difference(47, &en()), "0.47");
        assert_eq!(difference(-47, &en()), "(0.47)");
    }

    #[test]
    fn dates_with_month_names() {
        let d = Date {
            year: 2026,
            month: 11,
            day: 27,
        };
        assert_eq!(date(d, &id()), "27 November 2026");
        assert_eq!(
            date(
                Date {
                    year: 2026,
                    month: 8,
                    day: 5
                },
                &id()
            ),
            "5 Agustus 2026"
        );
        assert_eq!(
            date(
                Date {
                    year: 2026,
                    month: 8,
                    day: 5
                },
                &en()
            ),
            "5 August 2026"
        );
    }
}
