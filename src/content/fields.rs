//! Field types that check themselves while being read, so that a bad value is
//! reported at its exact line and column by the YAML reader.
//!
//! A message may carry a hint after [`crate::diagnostic::HINT_SEPARATOR`].

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::fmt;

use crate::diagnostic::HINT_SEPARATOR as HINT;

fn err<E: de::Error>(message: impl fmt::Display, hint: &str) -> E {
    E::custom(format!("{message}{HINT}{hint}"))
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
        struct V;
        const HINT_DATE: &str = "write the date as year-month-day, like `2026-10-14`";
        impl Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date like 2026-10-14")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| err(format!("`{v}` is not a valid date"), HINT_DATE))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Date, E> {
                Err(err(format!("`{v}` is not a valid date"), HINT_DATE))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Date, E> {
                Err(err(format!("`{v}` is not a valid date"), HINT_DATE))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Date, E> {
                Err(err(format!("`{v}` is not a valid date"), HINT_DATE))
            }
        }
        deserializer.deserialize_any(V)
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
        struct V;
        const HINT_CODE: &str =
            "write the 10-digit Kemendagri code in quotes, like `kode: \"35.10.15.2004\"`";
        impl Visitor<'_> for V {
            type Value = AreaCode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Kemendagri code like \"35.10.15.2004\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AreaCode, E> {
                if AreaCode::is_valid(v.trim()) {
                    Ok(AreaCode(v.trim().to_string()))
                } else {
                    Err(err(
                        format!("`{v}` is not a Kemendagri village code"),
                        HINT_CODE,
                    ))
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<AreaCode, E> {
                Err(err(
                    format!("`{v}` is not a Kemendagri village code"),
                    HINT_CODE,
                ))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<AreaCode, E> {
                Err(err(
                    format!("`{v}` is not a Kemendagri village code"),
                    HINT_CODE,
                ))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<AreaCode, E> {
                Err(err(
                    format!("`{v}` is not a Kemendagri village code"),
                    HINT_CODE,
                ))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A whole, non-negative amount of Rupiah (`biaya: 10000`, 0 = free).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rupiah(pub u64);

impl<'de> Deserialize<'de> for Rupiah {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        const HINT_FEE: &str = "write the amount in Rupiah as digits only, without dots or quotes, and 0 if it is free: `biaya: 10000`";
        impl Visitor<'_> for V {
            type Value = Rupiah;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number of Rupiah")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rupiah, E> {
                Ok(Rupiah(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rupiah, E> {
                u64::try_from(v)
                    .map(Rupiah)
                    .map_err(|_| err(format!("the fee {v} is negative"), HINT_FEE))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rupiah, E> {
                Err(err(
                    format!("the fee {v} is not a whole number of Rupiah"),
                    HINT_FEE,
                ))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rupiah, E> {
                Err(err(format!("the fee `{v}` is not a number"), HINT_FEE))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Rupiah, E> {
                Err(err(format!("the fee `{v}` is not a number"), HINT_FEE))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Parses a plain decimal (`1220937619.09`, `-5`, at most 2 decimals) into sen.
fn decimal_to_sen(text: &str) -> Result<i128, String> {
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
        return Err(format!("`{text}` is not an amount"));
    }
    if frac.len() > 2 {
        return Err(format!(
            "`{text}` has more than 2 decimals; amounts are in Rupiah and sen"
        ));
    }
    let whole: i128 = whole
        .parse()
        .map_err(|_| format!("`{text}` is not an amount"))?;
    let frac: i128 = format!("{frac:0<2}").parse().unwrap_or(0);
    let sen = whole * 100 + frac;
    Ok(if negative { -sen } else { sen })
}

const HINT_AMOUNT: &str = "write the amount in Rupiah with a dot before the sen and no thousand separators, like `1220937619.09`";

/// Reads an amount of money exactly, as sen; `allow_negative` for declared
/// totals that may be a deficit.
fn deserialize_sen<'de, D: Deserializer<'de>>(
    deserializer: D,
    allow_negative: bool,
) -> Result<i128, D::Error> {
    struct V(bool);
    impl Visitor<'_> for V {
        type Value = i128;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an amount of Rupiah")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i128, E> {
            Ok(i128::from(v) * 100)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i128, E> {
            if v < 0 && !self.0 {
                return Err(err(
                    format!("the amount {v} is negative"),
                    "amounts cannot be negative; write 0 for nothing",
                ));
            }
            Ok(i128::from(v) * 100)
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<i128, E> {
            if !v.is_finite() || v.abs() >= 1e13 {
                return Err(err(
                    format!("the amount {v} is too large to be read exactly"),
                    "write amounts of 10 trillion Rupiah or more in quotes, like `\"12000000000000.50\"`",
                ));
            }
            if v < 0.0 && !self.0 {
                return Err(err(
                    format!("the amount {v} is negative"),
                    "amounts cannot be negative; write 0 for nothing",
                ));
            }
            // The shortest text that reads back as `v` is the decimal that was written.
            decimal_to_sen(&v.to_string()).map_err(|m| err(m, HINT_AMOUNT))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<i128, E> {
            let sen = decimal_to_sen(v.trim()).map_err(|m| err(m, HINT_AMOUNT))?;
            if sen < 0 && !self.0 {
                return Err(err(
                    format!("the amount {v} is negative"),
                    "amounts cannot be negative; write 0 for nothing",
                ));
            }
            Ok(sen)
        }
    }
    deserializer.deserialize_any(V(allow_negative))
}

/// A non-negative amount of money in sen (1/100 Rupiah), read exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sen(pub i128);

impl<'de> Deserialize<'de> for Sen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_sen(deserializer, false).map(Sen)
    }
}

/// An amount of money in sen that may be negative (a deficit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SignedSen(pub i128);

impl<'de> Deserialize<'de> for SignedSen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_sen(deserializer, true).map(SignedSen)
    }
}

/// A number within a closed range, checked when read; `LO`/`HI` in whole degrees.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Degrees<const LO: i32, const HI: i32>(pub f64);

/// Latitude, -90..=90.
pub type Latitude = Degrees<-90, 90>;
/// Longitude, -180..=180.
pub type Longitude = Degrees<-180, 180>;

impl<'de, const LO: i32, const HI: i32> Deserialize<'de> for Degrees<LO, HI> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let hint = if HI == 90 {
            "latitude is between -90 and 90; villages in Java are around -8.2 (south of the equator)"
        } else {
            "longitude is between -180 and 180; Banyuwangi is around 114.3"
        };
        let value = f64::deserialize(deserializer)?;
        if value.is_finite() && value >= f64::from(LO) && value <= f64::from(HI) {
            Ok(Degrees(value))
        } else {
            Err(err(format!("{value} is outside {LO}..{HI}"), hint))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn area_codes() {
        assert!(AreaCode::is_valid("35.10.15.2004"));
        assert!(!AreaCode::is_valid("35.10.15"));
        assert!(!AreaCode::is_valid("35.10.15.20a4"));
        assert!(!AreaCode::is_valid("3510152004"));
    }
}
