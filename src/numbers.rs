//! Writing numbers and money with a language's separators, for the site's
//! pages (`render::format`, separators from the theme) and for messages
//! (`content::budget`, separators from the catalogue): one rule for both, so a
//! figure in a message reads exactly as the page shows it.

/// `1234567` -> `1.234.567` with `thousands` = `"."`.
pub fn integer(value: i128, thousands: &str) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(thousands);
        }
        out.push(c);
    }
    out
}

/// An amount in sen (1/100 Rupiah), sen shown only when not zero:
/// `123456750` -> `1.234.567,50`; the sign stays in front.
pub fn amount(sen: i128, thousands: &str, decimal: &str) -> String {
    let whole = integer(sen / 100, thousands);
    if sen % 100 == 0 {
        return whole;
    }
    let sign = if sen < 0 && sen / 100 == 0 { "-" } else { "" };
    format!("{sign}{whole}{decimal}{:02}", (sen % 100).unsigned_abs())
}

/// [`amount`] inside a currency `pattern` (`Rp{}`, `IDR {}`), the minus sign
/// before it: `-Rp0,47`.
pub fn money(sen: i128, thousands: &str, decimal: &str, pattern: &str) -> String {
    let amount = amount(sen, thousands, decimal);
    match amount.strip_prefix('-') {
        Some(positive) => format!("-{}", pattern.replace("{}", positive)),
        None => pattern.replace("{}", &amount),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_with_sen_only_when_not_zero() {
        assert_eq!(
            money(122_093_761_909, ".", ",", "Rp{}"),
            "Rp1.220.937.619,09"
        );
        assert_eq!(money(90_000_000_000, ",", ".", "IDR {}"), "IDR 900,000,000");
        assert_eq!(money(-47, ".", ",", "Rp{}"), "-Rp0,47");
        assert_eq!(money(-12_345, ".", ",", "Rp{}"), "-Rp123,45");
        assert_eq!(amount(0, ".", ","), "0");
    }
}
