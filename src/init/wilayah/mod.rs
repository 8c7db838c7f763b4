//! The official list of Indonesian villages (Kemendagri codes and names),
//! embedded in the binary and looked up by code or by name.
//!
//! The list (`data/wilayah/wilayah.tsv.br`, MIT, © Cahya DSN; see
//! `data/wilayah/SOURCE.md`) is stored compactly: each province, regency and
//! district name once, then the villages of each district by their last four
//! digits, all brotli-compressed. It is decompressed the first time `init` asks
//! for it, never on `build`.
//!
//! The text, one line each, sorted by code:
//! `P<tab>35<tab>Jawa Timur`, `R<tab>10<tab>Kabupaten Banyuwangi`,
//! `D<tab>24<tab>Licin`, then `2007<tab>Kluncing` for every village of that district.

use crate::diagnostic::Failure;
use crate::msg;
use std::sync::LazyLock;

/// The compressed list, as built from the official CSV (see the tests below).
const EMBEDDED: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/wilayah/wilayah.tsv.br"
));

/// Desa, kelurahan or desa adat: the first digit of a village's own four digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VillageKind {
    /// `2xxx`: a desa, led by a kepala desa.
    Desa,
    /// `1xxx`: a kelurahan, led by a lurah.
    Kelurahan,
    /// `3xxx`: a desa adat (customary village); kampung treats it as a desa.
    DesaAdat,
}

/// One area of the list: a province, regency, district or village.
#[derive(Debug, Clone)]
struct Area {
    /// The full dotted code (`35.10.24.2007`).
    code: String,
    name: String,
    /// Index of the area one level up (unused for provinces).
    parent: usize,
}

/// A village with the names of the areas it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Village<'a> {
    /// Kemendagri code, dotted (`35.10.24.2007`).
    pub code: &'a str,
    /// Name as the list writes it (`Kluncing`).
    pub name: &'a str,
    /// Desa, kelurahan or desa adat.
    pub kind: VillageKind,
    /// Kecamatan name, without the word "Kecamatan" (`Licin`).
    pub district: &'a str,
    /// Regency name with its "Kabupaten "/"Kota " prefix (`Kabupaten Banyuwangi`).
    pub regency: &'a str,
    /// Province name (`Jawa Timur`).
    pub province: &'a str,
}

/// A regency (kabupaten or kota) with its province.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regency<'a> {
    /// Dotted code (`35.10`).
    pub code: &'a str,
    /// Name with its "Kabupaten "/"Kota " prefix.
    pub name: &'a str,
    /// Province name.
    pub province: &'a str,
    index: usize,
}

impl Regency<'_> {
    /// The name as `site.yaml` and the footer use it: "Kabupaten " dropped
    /// (`Banyuwangi`), "Kota " kept (`Kota Surabaya`).
    pub fn short_name(&self) -> &str {
        self.name.strip_prefix("Kabupaten ").unwrap_or(self.name)
    }
}

/// The whole list, decompressed.
#[derive(Debug)]
pub struct Wilayah {
    provinces: Vec<Area>,
    regencies: Vec<Area>,
    districts: Vec<Area>,
    villages: Vec<Area>,
}

/// How many candidates a message lists at most.
const MAX_LISTED: usize = 100;

static LIST: LazyLock<Wilayah> = LazyLock::new(|| {
    let text = decompress(EMBEDDED).unwrap_or_default();
    // The embedded data is kampung's own, checked by the tests below.
    Wilayah::parse(&text)
});

/// Brotli-decompresses `bytes` into text.
fn decompress(bytes: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(1 << 21);
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).ok()?;
    String::from_utf8(out).ok()
}

impl Wilayah {
    /// The embedded list, decompressed on first use.
    pub fn get() -> &'static Wilayah {
        &LIST
    }

    /// Reads the compact text form (see the module docs). Lines it does not
    /// understand are skipped.
    pub fn parse(text: &str) -> Wilayah {
        let mut list = Wilayah {
            provinces: Vec::new(),
            regencies: Vec::new(),
            districts: Vec::new(),
            villages: Vec::new(),
        };
        for line in text.lines() {
            let mut parts = line.splitn(3, '\t');
            let (Some(first), Some(second)) = (parts.next(), parts.next()) else {
                continue;
            };
            let third = parts.next();
            let (level, parent_code, parent): (&mut Vec<Area>, _, _) = match (first, third) {
                ("P", Some(_)) => (&mut list.provinces, None, 0),
                ("R", Some(_)) => {
                    let Some(p) = list.provinces.len().checked_sub(1) else {
                        continue;
                    };
                    (&mut list.regencies, Some(list.provinces[p].code.clone()), p)
                }
                ("D", Some(_)) => {
                    let Some(p) = list.regencies.len().checked_sub(1) else {
                        continue;
                    };
                    (&mut list.districts, Some(list.regencies[p].code.clone()), p)
                }
                (own, None) => {
                    let Some(p) = list.districts.len().checked_sub(1) else {
                        continue;
                    };
                    let code = format!("{}.{own}", list.districts[p].code);
                    list.villages.push(Area {
                        code,
                        name: second.to_string(),
                        parent: p,
                    });
                    continue;
                }
                _ => continue,
            };
            let (own, name) = (second, third.unwrap_or_default());
            let code = match parent_code {
                Some(up) => format!("{up}.{own}"),
                None => own.to_string(),
            };
            level.push(Area {
                code,
                name: name.to_string(),
                parent,
            });
        }
        list
    }

    /// Number of villages in the list.
    pub fn village_count(&self) -> usize {
        self.villages.len()
    }

    fn village(&self, index: usize) -> Village<'_> {
        let v = &self.villages[index];
        let district = &self.districts[v.parent];
        let regency = &self.regencies[district.parent];
        let province = &self.provinces[regency.parent];
        let kind = match v.code.rsplit('.').next().and_then(|own| own.chars().next()) {
            Some('1') => VillageKind::Kelurahan,
            Some('3') => VillageKind::DesaAdat,
            _ => VillageKind::Desa,
        };
        Village {
            code: &v.code,
            name: &v.name,
            kind,
            district: &district.name,
            regency: &regency.name,
            province: &province.name,
        }
    }

    fn regency(&self, index: usize) -> Regency<'_> {
        let r = &self.regencies[index];
        Regency {
            code: &r.code,
            name: &r.name,
            province: &self.provinces[r.parent].name,
            index,
        }
    }

    /// The village with this exact dotted code.
    pub fn village_by_code(&self, code: &str) -> Option<Village<'_>> {
        index_of(&self.villages, code).map(|i| self.village(i))
    }

    /// Every village whose name is `name`, ignoring case and spaces, in code order.
    pub fn villages_named(&self, name: &str) -> Vec<Village<'_>> {
        let key = name_key(name);
        (0..self.villages.len())
            .filter(|&i| name_key(&self.villages[i].name) == key)
            .map(|i| self.village(i))
            .collect()
    }

    /// The villages whose names are nearest to `name`, nearest first, at most `n`.
    pub fn nearest_villages(&self, name: &str, n: usize) -> Vec<Village<'_>> {
        nearest(&self.villages, name, n, |area| area)
            .into_iter()
            .map(|i| self.village(i))
            .collect()
    }

    /// The regency with this exact dotted code.
    pub fn regency_by_code(&self, code: &str) -> Option<Regency<'_>> {
        index_of(&self.regencies, code).map(|i| self.regency(i))
    }

    /// Every regency whose name, with or without "Kabupaten "/"Kota ", is `name`
    /// ignoring case and spaces (`Bandung` gives both Kabupaten and Kota Bandung).
    pub fn regencies_named(&self, name: &str) -> Vec<Regency<'_>> {
        let key = name_key(name);
        (0..self.regencies.len())
            .filter(|&i| {
                let full = &self.regencies[i].name;
                name_key(full) == key || name_key(regency_bare(full)) == key
            })
            .map(|i| self.regency(i))
            .collect()
    }

    /// The regencies whose names are nearest to `name`, nearest first, at most `n`.
    pub fn nearest_regencies(&self, name: &str, n: usize) -> Vec<Regency<'_>> {
        nearest(&self.regencies, name, n, regency_bare)
            .into_iter()
            .map(|i| self.regency(i))
            .collect()
    }

    /// Every village of `regency`, in code order.
    pub fn villages_of(&self, regency: &Regency<'_>) -> Vec<Village<'_>> {
        let prefix = format!("{}.", regency.code);
        let start = self.villages.partition_point(|v| v.code < prefix);
        (start..self.villages.len())
            .take_while(|&i| self.villages[i].code.starts_with(&prefix))
            .filter(|&i| self.districts[self.villages[i].parent].parent == regency.index)
            .map(|i| self.village(i))
            .collect()
    }

    /// Finds the one village `query` names: a code (`35.10.24.2007` or
    /// `3510242007`) or a name. A name that several villages share, or none,
    /// is a failure listing the candidates.
    pub fn find_village(&self, query: &str) -> Result<Village<'_>, Failure> {
        let query = query.trim();
        if let Some(code) = as_code(query, 4) {
            return self
                .village_by_code(&code)
                .ok_or_else(|| Failure::new(msg!("K1003", kode = code)));
        }
        if looks_like_code(query) {
            return Err(Failure::new(msg!("K1004", kode = query)));
        }
        // `Sumberagung, Pesanggaran`: the name, then its kecamatan or regency.
        let (name, place) = match query.split_once(',') {
            Some((name, place)) => (name.trim(), Some(name_key(place))),
            None => (query, None),
        };
        let mut found = self.villages_named(name);
        if found.is_empty() {
            if let Some(rest) = strip_word(name, &["desa", "kelurahan", "kel."]) {
                found = self.villages_named(rest);
            }
        }
        if let Some(place) = place {
            found.retain(|v| {
                name_key(v.district) == place
                    || name_key(v.regency) == place
                    || name_key(regency_bare(v.regency)) == place
            });
        }
        match found.len() {
            1 => Ok(found[0]),
            0 => {
                let nearest = self.nearest_villages(name, 5);
                Err(Failure::new(msg!("K1002", nama = query)).hint(msg!(
                    "mulai-hint-nearest",
                    daftar = village_lines(&nearest, nearest.len())
                )))
            }
            n => Err(Failure::new(msg!("K1001", nama = query, n = n)).hint(msg!(
                "mulai-hint-candidates",
                daftar = village_lines(&found, n),
                kode = found[0].code,
                nama = name,
                kecamatan = found[0].district
            ))),
        }
    }

    /// Finds the one regency `query` names: a code (`35.10` or `3510`) or a name.
    pub fn find_regency(&self, query: &str) -> Result<Regency<'_>, Failure> {
        let query = query.trim();
        if let Some(code) = as_code(query, 1) {
            return self
                .regency_by_code(&code)
                .ok_or_else(|| Failure::new(msg!("K1006", kode = code)));
        }
        if looks_like_code(query) {
            return Err(Failure::new(msg!("K1007", kode = query)));
        }
        let found = self.regencies_named(query);
        match found.len() {
            1 => Ok(found[0]),
            0 => {
                let nearest = self.nearest_regencies(query, 5);
                Err(Failure::new(msg!("K1005", nama = query)).hint(msg!(
                    "mulai-hint-nearest-regency",
                    daftar = regency_lines(&nearest)
                )))
            }
            n => Err(Failure::new(msg!("K1008", nama = query, n = n)).hint(msg!(
                "mulai-hint-regency-candidates",
                daftar = regency_lines(&found),
                kode = found[0].code
            ))),
        }
    }
}

/// The index of the area with this exact code in `areas` (sorted by code).
fn index_of(areas: &[Area], code: &str) -> Option<usize> {
    areas.binary_search_by(|a| a.code.as_str().cmp(code)).ok()
}

/// Indices of the `n` areas whose names (as `shown` gives them) are nearest to
/// `name` ignoring case and spaces, nearest first.
fn nearest(areas: &[Area], name: &str, n: usize, shown: fn(&str) -> &str) -> Vec<usize> {
    let key = name_key(name);
    let mut scored: Vec<(f64, usize)> = areas
        .iter()
        .enumerate()
        .map(|(i, a)| (strsim::jaro_winkler(&key, &name_key(shown(&a.name))), i))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(n).map(|(_, i)| i).collect()
}

/// `name` lowercased with every space removed: how names are compared.
fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A regency name without its "Kabupaten "/"Kota " prefix.
fn regency_bare(name: &str) -> &str {
    strip_word(name, &["kabupaten", "kota", "kab."]).unwrap_or(name)
}

/// `text` without a leading word of `words` (ignoring case) and the spaces after it.
fn strip_word<'t>(text: &'t str, words: &[&str]) -> Option<&'t str> {
    words.iter().find_map(|w| {
        let head = text.get(..w.len())?;
        let rest = text.get(w.len()..)?;
        (head.eq_ignore_ascii_case(w) && rest.starts_with(' ')).then(|| rest.trim_start())
    })
}

/// True if `text` is made of digits, dots and spaces only: meant as a code.
fn looks_like_code(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ' ')
}

/// `text` as a dotted code of a regency (`tail` 1: `35.10`) or village (`tail`
/// 4: `35.10.24.2007`), written with or without dots; `None` if it is not one.
fn as_code(text: &str, tail: usize) -> Option<String> {
    let widths: &[usize] = if tail == 1 { &[2, 2] } else { &[2, 2, 2, 4] };
    if text.contains('.') {
        let parts: Vec<&str> = text.split('.').collect();
        let ok = parts.len() == widths.len()
            && parts
                .iter()
                .zip(widths)
                .all(|(p, w)| p.len() == *w && p.bytes().all(|b| b.is_ascii_digit()));
        return ok.then(|| text.to_string());
    }
    let total: usize = widths.iter().sum();
    if text.len() != total || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for w in widths {
        parts.push(&text[at..at + w]);
        at += w;
    }
    Some(parts.join("."))
}

/// The villages as message lines, one each, at most [`MAX_LISTED`] and a
/// line telling how many more there are out of `total`.
fn village_lines(villages: &[Village<'_>], total: usize) -> String {
    let mut lines: Vec<String> = villages
        .iter()
        .take(MAX_LISTED)
        .map(|v| {
            msg!(
                "mulai-candidate",
                nama = v.name,
                kecamatan = v.district,
                kabupaten = v.regency,
                provinsi = v.province,
                kode = v.code
            )
            .text()
        })
        .collect();
    if total > MAX_LISTED {
        lines.push(msg!("mulai-more", n = total - MAX_LISTED).text());
    }
    lines
        .iter()
        .map(|l| ["\n    - ", l].concat())
        .collect::<String>()
}

/// The regencies as message lines, one each.
fn regency_lines(regencies: &[Regency<'_>]) -> String {
    regencies
        .iter()
        .map(|r| {
            let line = msg!(
                "mulai-candidate-regency",
                nama = r.name,
                provinsi = r.province,
                kode = r.code
            );
            ["\n    - ".to_string(), line.text()].concat()
        })
        .collect()
}

#[cfg(test)]
mod tests;
