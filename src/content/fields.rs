//! Field types that check themselves while being read, so that a bad value is
//! reported at its exact line and column by the YAML reader.
//!
//! A bad value sends a catalogue message through serde ([`Message::wire`]); the
//! YAML reader turns it back into the message. Amounts and coordinates are read
//! from the text as written (`deserialize_str` hands a plain scalar over
//! unchanged), so `2.500` is seen as written, not as the float 2.5.

use crate::diagnostic::Report;
use crate::message::Message;
use crate::msg;
use crate::yaml::Source;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// The serde error carrying `message`.
fn err<E: de::Error>(message: Message) -> E {
    E::custom(message.wire())
}

/// Reads a scalar as the text written in the file, numbers included.
fn written_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct V;
    impl Visitor<'_> for V {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&msg!("situs-expecting-value").text())
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.trim().to_string())
        }
        // Other readers than YAML's may hand over typed values.
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    deserializer.deserialize_str(V)
}

/// A calendar date (`tanggal: 2026-10-14`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

impl Date {
    /// Today's date in UTC, from the system clock.
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: u8 = m.parse().ok()?;
        let day: u8 = d.parse().ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2026-10-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        Date::parse(&text).ok_or_else(|| err(msg!("K0250", teks = text)))
    }
}

/// A Kemendagri area code of a village, `NN.NN.NN.NNNN`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AreaCode(pub String);

impl AreaCode {
    /// True if and only if `text` has the form `NN.NN.NN.NNNN` (digits).
    pub fn is_valid(text: &str) -> bool {
        let parts: Vec<&str> = text.split('.').collect();
        parts.len() == 4
            && parts
                .iter()
                .zip([2, 2, 2, 4])
                .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
    }
}

impl<'de> Deserialize<'de> for AreaCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        if AreaCode::is_valid(&text) {
            Ok(AreaCode(text))
        } else {
            Err(err(msg!("K0251", teks = text)))
        }
    }
}

/// An amount as a spreadsheet cell holds it as text (`Rp 1.250.000`,
/// `1.250.000,50`, as Indonesian spreadsheets show money), as the plain
/// digits an amount field reads (`1250000`, `1250000.50`); other text is kept
/// as it is, for the amount reader to judge.
pub fn spreadsheet_amount(text: &str) -> String {
    let text = text.trim();
    if let Some((digits, _)) = thousands(text) {
        return digits;
    }
    let bare = text
        .strip_prefix("Rp")
        .or_else(|| text.strip_prefix("rp"))
        .map_or(text, |t| t.trim_start_matches('.').trim_start());
    bare.strip_suffix(",-").unwrap_or(bare).to_string()
}

/// An amount written with a thousands separator (`2.500`, `2,500`,
/// `1.250.000`, `1.250.000,50`, also as on a price tag: `Rp 10.000,-`): the
/// digits it was meant as (`2500`, `1250000.50`) and the separator's name
/// (`titik` or `koma`).
fn thousands(text: &str) -> Option<(String, &'static str)> {
    let text = text
        .strip_prefix("Rp")
        .or_else(|| text.strip_prefix("rp"))
        .map_or(text, |t| t.trim_start_matches('.').trim_start());
    let text = text
        .strip_suffix(",-")
        .or_else(|| text.strip_suffix(".-"))
        .unwrap_or(text);
    let digits = text.strip_prefix('-').unwrap_or(text);
    let sep = digits.bytes().find(|b| matches!(b, b'.' | b','))?;
    let other = if sep == b'.' { ',' } else { '.' };
    let (grouped, decimals) = match digits.split_once(other) {
        Some((g, d)) if (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) => {
            (g, Some(d))
        }
        Some(_) => return None,
        None => (digits, None),
    };
    let mut groups = grouped.split(char::from(sep));
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let mut rest = groups.peekable();
    rest.peek()?;
    if !first_ok || !rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut meant: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if let Some(d) = decimals {
        meant.truncate(meant.len() - d.len());
        meant.push('.');
        meant.push_str(d);
    }
    let name = if sep == b'.' { "titik" } else { "koma" };
    Some((meant, name))
}

/// The error for an amount written with a thousands separator, if it is one.
fn thousands_error(text: &str) -> Option<Message> {
    let (meant, separator) = thousands(text)?;
    Some(msg!(
        "K0255",
        teks = text,
        angka = meant,
        pemisah = separator
    ))
}

/// A whole, non-negative amount of Rupiah (`biaya: 10000`, 0 = free).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rupiah(pub u64);

impl Rupiah {
    /// Reads an amount of Rupiah as written (`10000`); the message says what is wrong.
    pub fn parse(text: &str) -> Result<Rupiah, Message> {
        if text.is_empty() || text == "~" || text == "null" {
            return Err(msg!("K0259"));
        }
        if let Some(m) = thousands_error(text) {
            return Err(m);
        }
        if let Ok(v) = text.parse::<u64>() {
            return Ok(Rupiah(v));
        }
        match decimal_to_sen(text) {
            Ok(sen) if sen < 0 => Err(msg!("K0252", teks = text)),
            Ok(_) => Err(msg!("K0253", teks = text)),
            Err(_) => Err(msg!("K0254", teks = text)),
        }
    }
}

impl<'de> Deserialize<'de> for Rupiah {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        Rupiah::parse(&text).map_err(err)
    }
}

/// Parses a plain decimal (`1220937619.09`, `-5`, at most 2 decimals) into sen.
fn decimal_to_sen(text: &str) -> Result<i128, Message> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && whole.len() <= 20;
    if !ok {
        return Err(msg!("K0257", teks = text));
    }
    if frac.len() > 2 {
        return Err(msg!("K0258", teks = text));
    }
    let whole: i128 = whole.parse().map_err(|_| msg!("K0257", teks = text))?;
    let frac: i128 = format!("{frac:0<2}").parse().unwrap_or(0);
    let sen = whole * 100 + frac;
    Ok(if negative { -sen } else { sen })
}

/// Reads an amount of money exactly, as sen, from the text as written;
/// `allow_negative` for declared totals that may be a deficit.
fn amount_to_sen(text: &str, allow_negative: bool) -> Result<i128, Message> {
    if text.is_empty() || text == "~" || text == "null" {
        return Err(msg!("K0259"));
    }
    if let Some(m) = thousands_error(text) {
        return Err(m);
    }
    let sen = decimal_to_sen(text)?;
    if sen < 0 && !allow_negative {
        return Err(msg!("K0256", teks = text));
    }
    Ok(sen)
}

/// A non-negative amount of money in sen (1/100 Rupiah), read exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sen(pub i128);

impl<'de> Deserialize<'de> for Sen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        amount_to_sen(&text, false).map(Sen).map_err(err)
    }
}

/// An amount of money in sen that may be negative (a deficit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SignedSen(pub i128);

impl<'de> Deserialize<'de> for SignedSen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        amount_to_sen(&text, true).map(SignedSen).map_err(err)
    }
}

/// A number within a closed range, checked when read; `LO`/`HI` in whole degrees.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Degrees<const LO: i32, const HI: i32>(pub f64);

/// Latitude, -90..=90.
pub type Latitude = Degrees<-90, 90>;
/// Longitude, -180..=180.
pub type Longitude = Degrees<-180, 180>;

impl<const LO: i32, const HI: i32> Degrees<LO, HI> {
    /// Reads degrees as written (`-8.19`); the message says what is wrong.
    pub fn parse(text: &str) -> Result<Self, Message> {
        let axis = if HI == 90 { "lat" } else { "lon" };
        let value = match text.parse::<f64>() {
            Ok(v) if v.is_finite() && !text.contains(char::is_alphabetic) => v,
            _ => return Err(msg!("K0261", teks = text, sumbu = axis)),
        };
        if value >= f64::from(LO) && value <= f64::from(HI) {
            return Ok(Degrees(value));
        }
        if axis == "lat" && (BOX_LON.0..=BOX_LON.1).contains(&value) {
            // 114.3 is a longitude of Indonesia: the two are swapped.
            return Err(msg!("K0263", teks = text));
        }
        Err(msg!(
            "K0260",
            teks = text,
            sumbu = axis,
            dari = i64::from(LO),
            sampai = i64::from(HI)
        ))
    }
}

impl<'de, const LO: i32, const HI: i32> Deserialize<'de> for Degrees<LO, HI> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = written_text(deserializer)?;
        Self::parse(&text).map_err(err)
    }
}

/// Indonesia's latitudes, with a margin: about 6°N to 11°S.
const BOX_LAT: (f64, f64) = (-11.5, 6.5);
/// Indonesia's longitudes, with a margin: about 95°E to 141°E.
const BOX_LON: (f64, f64) = (94.5, 141.5);

fn in_indonesia(lat: f64, lon: f64) -> bool {
    (BOX_LAT.0..=BOX_LAT.1).contains(&lat) && (BOX_LON.0..=BOX_LON.1).contains(&lon)
}

/// The likely slip of a position outside Indonesia: the field to point at and
/// the warning, naming what was probably meant; `None` inside Indonesia.
pub fn outside_indonesia(lat: f64, lon: f64) -> Option<(&'static str, Message)> {
    if in_indonesia(lat, lon) {
        return None;
    }
    if in_indonesia(-lat, lon) {
        // `lat: 8.19` south of Java: the minus sign is missing.
        let meant = format!("{}", -lat);
        return Some(("lat", msg!("K0262", lat = lat.to_string(), benar = meant)));
    }
    // Swapped lat and lon cannot get here: a latitude past 90 is refused when read (K0263).
    if (0.0..100.0).contains(&lon) {
        // `lon: 14.3` for 114.3: the first digit is missing.
        let meant = format!("1{lon}");
        if meant.parse::<f64>().is_ok_and(|m| in_indonesia(lat, m)) {
            return Some(("lon", msg!("K0264", lon = lon.to_string(), benar = meant)));
        }
    }
    Some((
        "lat",
        msg!("K0265", lat = lat.to_string(), lon = lon.to_string()),
    ))
}

/// Warns when the position `<parent>.lat`, `<parent>.lon` lies outside
/// Indonesia (see [`outside_indonesia`]).
pub fn check_in_indonesia(
    source: &Source<'_>,
    parent: &str,
    lat: f64,
    lon: f64,
    report: &mut Report,
) {
    if let Some((axis, message)) = outside_indonesia(lat, lon) {
        report.push(source.warning_at(&format!("{parent}.{axis}"), message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::message::Lang;

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("14-10-2026"), None);
        assert_eq!(Date::parse("2026-1-4"), None);
        assert_eq!(Date::parse("2026-10-14").unwrap().to_string(), "2026-10-14");
    }

    #[test]
    fn decimals_become_exact_sen() {
        assert_eq!(decimal_to_sen("1220937619.09"), Ok(122_093_761_909));
        assert_eq!(decimal_to_sen("5.5"), Ok(550));
        assert_eq!(decimal_to_sen("-0.47"), Ok(-47));
        assert!(decimal_to_sen("1.234").is_err());
        assert!(decimal_to_sen("1.234.567").is_err());
        assert!(decimal_to_sen("1,5").is_err());
        // What YAML hands over as a float reads back exactly.
        for text in [
            "1220937619.09",
            "202129522.38",
            "252916141.47",
            "0.01",
            "99999999999.99",
        ] {
            let v: f64 = text.parse().unwrap();
            assert_eq!(
                decimal_to_sen(&v.to_string()),
                decimal_to_sen(text),
                "{text}"
            );
        }
    }

    /// The one error of reading `text` as a `T`.
    fn refused<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> Diagnostic {
        let file = std::path::Path::new("content/alpha/apbdes/2024.yaml");
        match crate::yaml::parse::<T>(&Source::file(file, text)) {
            Ok(v) => panic!("{text:?} was read as {v:?}"),
            Err(d) => d,
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Amount {
        anggaran: Sen,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Fee {
        harga: Rupiah,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Place {
        lat: Latitude,
        lon: Longitude,
    }

    fn read<T: serde::de::DeserializeOwned>(text: &str) -> T {
        crate::yaml::parse::<T>(&Source::file(std::path::Path::new("x.yaml"), text))
            .unwrap_or_else(|d| panic!("{text:?}: {d}"))
    }

    #[test]
    fn thousands_separators_are_recognised_as_written() {
        let t = |s| thousands(s).map(|(m, sep)| (m, sep.to_string()));
        assert_eq!(t("2.500"), Some(("2500".into(), "titik".into())));
        assert_eq!(t("2,500"), Some(("2500".into(), "koma".into())));
        assert_eq!(t("1.250.000"), Some(("1250000".into(), "titik".into())));
        assert_eq!(
            t("1.250.000,50"),
            Some(("1250000.50".into(), "titik".into()))
        );
        assert_eq!(t("-2.500"), Some(("-2500".into(), "titik".into())));
        assert_eq!(t("Rp 10.000,-"), Some(("10000".into(), "titik".into())));
        assert_eq!(t("Rp10.000"), Some(("10000".into(), "titik".into())));
        for plain in [
            "2500",
            "2500.50",
            "2.5",
            "1.2345",
            "12.500.00",
            "1234.567",
            "2.50",
        ] {
            assert_eq!(t(plain), None, "{plain}");
        }
    }

    #[test]
    fn a_budget_amount_with_a_thousands_dot_is_refused_not_read_as_sen() {
        // YAML alone reads `2.500` as the float 2.5, which was Rp2,50.
        let d = refused::<Amount>("anggaran: 2.500\n");
        assert_eq!(d.code(), Some("K0255"));
        assert_eq!(d.field, "anggaran");
        assert_eq!(d.position.map(|p| (p.line, p.column)), Some((1, 11)));
        assert_eq!(
            d.message.text_in(Lang::Id),
            "`2.500` terbaca seperti 2500 yang ditulis dengan pemisah ribuan: tulis 2500 tanpa titik"
        );
        assert_eq!(
            d.message.text_in(Lang::En),
            "`2.500` looks like 2500 written with a thousands separator: write 2500 without the dot"
        );
        let d = refused::<Amount>("anggaran: 1.250.000\n");
        assert_eq!(d.message.value("angka"), Some(&"1250000".into()));
        let d = refused::<Amount>("anggaran: 2,500\n");
        assert!(d.message.text_in(Lang::Id).ends_with("tanpa koma"));
    }

    #[test]
    fn amounts_in_quotes_and_real_decimals_keep_working() {
        assert_eq!(read::<Amount>("anggaran: 2500.50\n").anggaran, Sen(250_050));
        assert_eq!(
            read::<Amount>("anggaran: \"2500.50\"\n").anggaran,
            Sen(250_050)
        );
        assert_eq!(
            read::<Amount>("anggaran: 870764000\n").anggaran,
            Sen(87_076_400_000)
        );
        // Past what a float holds exactly, read from the text as written.
        assert_eq!(
            read::<Amount>("anggaran: 12000000000000.51\n").anggaran,
            Sen(1_200_000_000_000_051)
        );
        assert_eq!(refused::<Amount>("anggaran: -5\n").code(), Some("K0256"));
        assert_eq!(refused::<Amount>("anggaran: 5.123\n").code(), Some("K0255"));
        assert_eq!(
            refused::<Amount>("anggaran: 5500000.123\n").code(),
            Some("K0258")
        );
        assert_eq!(
            refused::<Amount>("anggaran: Rp 5 juta\n").code(),
            Some("K0257")
        );
        assert_eq!(refused::<Amount>("anggaran:\n").code(), Some("K0259"));
    }

    #[test]
    fn a_price_with_a_thousands_dot_shows_what_was_written() {
        // It used to say "the fee 10 is not a whole number".
        let d = refused::<Fee>("harga: 10.000\n");
        assert_eq!(d.code(), Some("K0255"));
        assert_eq!(d.message.value("teks"), Some(&"10.000".into()));
        assert!(d.message.text_in(Lang::En).contains("write 10000"));
        assert_eq!(read::<Fee>("harga: 10000\n").harga, Rupiah(10_000));
        assert_eq!(read::<Fee>("harga: \"10000\"\n").harga, Rupiah(10_000));
        assert_eq!(refused::<Fee>("harga: -5000\n").code(), Some("K0252"));
        assert_eq!(refused::<Fee>("harga: 7500.50\n").code(), Some("K0253"));
        assert_eq!(refused::<Fee>("harga: gratis\n").code(), Some("K0254"));
        assert_eq!(refused::<Fee>("harga: [1]\n").code(), Some("K0104"));
    }

    #[test]
    fn coordinates_are_read_as_written_and_a_swap_is_named() {
        let p = read::<Place>("lat: -8.2149\nlon: 114.3443\n");
        assert_eq!((p.lat.0, p.lon.0), (-8.2149, 114.3443));
        let d = refused::<Place>("lat: 114.3443\nlon: -8.2149\n");
        assert_eq!((d.code(), d.field.as_str()), (Some("K0263"), "lat"));
        let d = refused::<Place>("lat: -8.2\nlon: 214.3302\n");
        assert_eq!(d.code(), Some("K0260"));
        assert_eq!(d.message.text_in(Lang::En), "214.3302 is outside -180..180");
        assert_eq!(
            refused::<Place>("lat: -8,2149\nlon: 114.3\n").code(),
            Some("K0261")
        );
    }

    #[test]
    fn a_position_outside_indonesia_names_the_likely_slip() {
        let code = |lat, lon| outside_indonesia(lat, lon).map(|(axis, m)| (axis, m.id()));
        assert_eq!(code(-8.2149, 114.3443), None);
        assert_eq!(code(5.55, 95.32), None); // Banda Aceh
        assert_eq!(code(-2.53, 140.72), None); // Jayapura
        let (axis, m) = outside_indonesia(8.19, 114.3).unwrap();
        assert_eq!((axis, m.id()), ("lat", "K0262"));
        assert_eq!(m.value("benar"), Some(&"-8.19".into()));
        let (axis, m) = outside_indonesia(-8.2, 14.3443).unwrap();
        assert_eq!((axis, m.id()), ("lon", "K0264"));
        assert_eq!(m.value("benar"), Some(&"114.3443".into()));
        assert_eq!(code(48.8584, 2.2945), Some(("lat", "K0265")));
    }

    #[test]
    fn area_codes() {
        assert!(AreaCode::is_valid("35.10.15.2004"));
        assert!(!AreaCode::is_valid("35.10.15"));
        assert!(!AreaCode::is_valid("35.10.15.20a4"));
        assert!(!AreaCode::is_valid("3510152004"));
    }
}
