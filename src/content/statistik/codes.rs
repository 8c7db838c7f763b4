//! The statistics categories and their code lists, as OpenSID publishes them
//! (reference village-content.md §4.1 and §4.2: OpenSID `StatistikPendudukEnum`
//! and `Data_awal_seeder`), with the categories UU 27/2022 counts as specific
//! personal data marked sensitive (§4.4).
//!
//! A code list entry is its official label, then the other spellings admins
//! meet in exports, separated by `|` (`TNI|TENTARA NASIONAL INDONESIA (TNI)`).
//! A category without a list (`suku-etnis`) takes any label. Every category
//! also takes `BELUM MENGISI`, the row OpenSID closes its tables with, so that
//! a category's rows can add up to the whole population.

/// One category of `kategori:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryDef {
    /// The key in the file (`agama`).
    pub slug: &'static str,
    /// Its name in Indonesian.
    pub label: &'static str,
    /// Its name in English.
    pub label_en: &'static str,
    /// Specific personal data (health, children, finances): published only
    /// when site.yaml opts in.
    pub sensitive: bool,
    /// The labels a row may have; empty: any label.
    pub codes: &'static [&'static str],
}

/// The row every category accepts for people whose answer is not recorded.
pub const NOT_FILLED: &str = "BELUM MENGISI";

const fn cat(
    slug: &'static str,
    label: &'static str,
    label_en: &'static str,
    sensitive: bool,
    codes: &'static [&'static str],
) -> CategoryDef {
    CategoryDef {
        slug,
        label,
        label_en,
        sensitive,
        codes,
    }
}

const AGAMA: &[&str] = &[
    "ISLAM",
    "KRISTEN",
    "KATHOLIK|KATOLIK",
    "HINDU",
    "BUDHA|BUDDHA",
    "KHONGHUCU|KONGHUCU",
    "KEPERCAYAAN TERHADAP TUHAN YME / LAINNYA|KEPERCAYAAN TERHADAP TUHAN YME|LAINNYA",
];
const JENIS_KELAMIN: &[&str] = &["LAKI-LAKI", "PEREMPUAN"];
const WARGA_NEGARA: &[&str] = &["WNI", "WNA", "DUA KEWARGANEGARAAN"];
const STATUS_PENDUDUK: &[&str] = &["TETAP", "TIDAK TETAP"];
const PENDIDIKAN_KK: &[&str] = &[
    "TIDAK / BELUM SEKOLAH",
    "BELUM TAMAT SD/SEDERAJAT",
    "TAMAT SD / SEDERAJAT",
    "SLTP/SEDERAJAT",
    "SLTA / SEDERAJAT",
    "DIPLOMA I / II",
    "AKADEMI/ DIPLOMA III/S. MUDA",
    "DIPLOMA IV/ STRATA I",
    "STRATA II",
    "STRATA III",
];
const PENDIDIKAN_TEMPUH: &[&str] = &[
    "BELUM MASUK TK/KELOMPOK BERMAIN",
    "SEDANG TK/KELOMPOK BERMAIN",
    "TIDAK PERNAH SEKOLAH",
    "SEDANG SD/SEDERAJAT",
    "TIDAK TAMAT SD/SEDERAJAT",
    "SEDANG SLTP/SEDERAJAT",
    "SEDANG SLTA/SEDERAJAT",
    "SEDANG D-1/SEDERAJAT",
    "SEDANG D-2/SEDERAJAT",
    "SEDANG D-3/SEDERAJAT",
    "SEDANG S-1/SEDERAJAT",
    "SEDANG S-2/SEDERAJAT",
    "SEDANG S-3/SEDERAJAT",
    "SEDANG SLB A/SEDERAJAT",
    "SEDANG SLB B/SEDERAJAT",
    "SEDANG SLB C/SEDERAJAT",
    "TIDAK DAPAT MEMBACA DAN MENULIS HURUF LATIN/ARAB",
    "TIDAK SEDANG SEKOLAH",
];
const STATUS_KAWIN: &[&str] = &["BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI"];
const HUBUNGAN_KK: &[&str] = &[
    "KEPALA KELUARGA",
    "SUAMI",
    "ISTRI",
    "ANAK",
    "MENANTU",
    "CUCU",
    "ORANGTUA",
    "MERTUA",
    "FAMILI LAIN",
    "PEMBANTU",
    "LAINNYA",
];
const PEKERJAAN: &[&str] = &[
    "BELUM/TIDAK BEKERJA",
    "MENGURUS RUMAH TANGGA",
    "PELAJAR/MAHASISWA",
    "PENSIUNAN",
    "PEGAWAI NEGERI SIPIL (PNS)|PEGAWAI NEGERI SIPIL|PNS",
    "TNI|TENTARA NASIONAL INDONESIA (TNI)|TENTARA NASIONAL INDONESIA",
    "POLRI|KEPOLISIAN RI (POLRI)|KEPOLISIAN RI",
    "PERDAGANGAN",
    "PETANI/PEKEBUN",
    "PETERNAK",
    "NELAYAN/PERIKANAN",
    "INDUSTRI",
    "KONSTRUKSI",
    "TRANSPORTASI",
    "KARYAWAN SWASTA",
    "KARYAWAN BUMN",
    "KARYAWAN BUMD",
    "KARYAWAN HONORER",
    "BURUH HARIAN LEPAS",
    "BURUH TANI/PERKEBUNAN",
    "BURUH NELAYAN/PERIKANAN",
    "BURUH PETERNAKAN",
    "PEMBANTU RUMAH TANGGA",
    "TUKANG CUKUR",
    "TUKANG LISTRIK",
    "TUKANG BATU",
    "TUKANG KAYU",
    "TUKANG SOL SEPATU",
    "TUKANG LAS/PANDAI BESI",
    "TUKANG JAHIT",
    "TUKANG GIGI",
    "PENATA RIAS",
    "PENATA BUSANA",
    "PENATA RAMBUT",
    "MEKANIK",
    "SENIMAN",
    "TABIB",
    "PARAJI",
    "PERANCANG BUSANA",
    "PENTERJEMAH|PENERJEMAH",
    "IMAM MASJID|IMAM MESJID",
    "PENDETA",
    "PASTOR",
    "WARTAWAN",
    "USTADZ/MUBALIGH",
    "JURU MASAK",
    "PROMOTOR ACARA",
    "ANGGOTA DPR-RI",
    "ANGGOTA DPD",
    "ANGGOTA BPK",
    "PRESIDEN",
    "WAKIL PRESIDEN",
    "ANGGOTA MAHKAMAH KONSTITUSI",
    "ANGGOTA KABINET/KEMENTERIAN",
    "DUTA BESAR",
    "GUBERNUR",
    "WAKIL GUBERNUR",
    "BUPATI",
    "WAKIL BUPATI",
    "WALIKOTA",
    "WAKIL WALIKOTA",
    "ANGGOTA DPRD PROVINSI",
    "ANGGOTA DPRD KABUPATEN/KOTA",
    "DOSEN",
    "GURU",
    "PILOT",
    "PENGACARA",
    "NOTARIS",
    "ARSITEK",
    "AKUNTAN",
    "KONSULTAN",
    "DOKTER",
    "BIDAN",
    "PERAWAT",
    "APOTEKER",
    "PSIKIATER/PSIKOLOG",
    "PENYIAR TELEVISI",
    "PENYIAR RADIO",
    "PELAUT",
    "PENELITI",
    "SOPIR",
    "PIALANG",
    "PARANORMAL",
    "PEDAGANG",
    "PERANGKAT DESA",
    "KEPALA DESA",
    "BIARAWATI",
    "WIRASWASTA",
    "LAINNYA",
];
const GOLONGAN_DARAH: &[&str] = &[
    "A",
    "B",
    "AB",
    "O",
    "A+",
    "A-",
    "B+",
    "B-",
    "AB+",
    "AB-",
    "O+",
    "O-",
    "TIDAK TAHU",
];
const CACAT: &[&str] = &[
    "CACAT FISIK",
    "CACAT NETRA/BUTA",
    "CACAT RUNGU/WICARA",
    "CACAT MENTAL/JIWA",
    "CACAT FISIK DAN MENTAL",
    "CACAT LAINNYA",
    "TIDAK CACAT",
];
const PENYAKIT: &[&str] = &[
    "JANTUNG",
    "LEVER",
    "PARU-PARU",
    "KANKER",
    "STROKE",
    "DIABETES MELITUS",
    "GINJAL",
    "MALARIA",
    "LEPRA/KUSTA",
    "HIV/AIDS",
    "GILA/STRESS",
    "TBC",
    "ASTHMA",
    "TIDAK ADA/TIDAK SAKIT",
];
const CARA_KB: &[&str] = &[
    "PIL",
    "IUD",
    "SUNTIK",
    "KONDOM",
    "SUSUK KB",
    "STERILISASI WANITA",
    "STERILISASI PRIA",
    "LAINNYA",
];
const ASURANSI: &[&str] = &[
    "TIDAK/BELUM PUNYA",
    "BPJS PENERIMA BANTUAN IURAN",
    "BPJS NON PENERIMA BANTUAN IURAN",
    "ASURANSI LAINNYA",
];
const RENTANG_UMUR: &[&str] = &[
    "DI BAWAH 1 TAHUN",
    "2 S/D 4 TAHUN",
    "5 S/D 9 TAHUN",
    "10 S/D 14 TAHUN",
    "15 S/D 19 TAHUN",
    "20 S/D 24 TAHUN",
    "25 S/D 29 TAHUN",
    "30 S/D 34 TAHUN",
    "35 S/D 39 TAHUN",
    "40 S/D 44 TAHUN",
    "45 S/D 49 TAHUN",
    "50 S/D 54 TAHUN",
    "55 S/D 59 TAHUN",
    "60 S/D 64 TAHUN",
    "65 S/D 69 TAHUN",
    "70 S/D 74 TAHUN",
    "DI ATAS 75 TAHUN",
];
const KATEGORI_UMUR: &[&str] = &["BALITA", "ANAK-ANAK", "DEWASA", "TUA"];
const ADA_TIDAK: &[&str] = &["ADA|PUNYA|MEMILIKI", "TIDAK ADA|BELUM PUNYA|TIDAK MEMILIKI"];
const STATUS_KEHAMILAN: &[&str] = &["HAMIL", "TIDAK HAMIL"];
const KEPEMILIKAN_KTP: &[&str] = &["KTP-EL|KTP ELEKTRONIK", "KTP NON ELEKTRONIK", "BELUM PUNYA"];
const BPJS_TK: &[&str] = &["PESERTA|TERDAFTAR", "BUKAN PESERTA|TIDAK TERDAFTAR"];

/// Every category, in the order pages list them (OpenSID's public order).
pub static CATEGORIES: &[CategoryDef] = &[
    cat(
        "jenis-kelamin",
        "Jenis Kelamin",
        "Sex",
        false,
        JENIS_KELAMIN,
    ),
    cat(
        "rentang-umur",
        "Rentang Umur",
        "Age range",
        false,
        RENTANG_UMUR,
    ),
    cat(
        "kategori-umur",
        "Kategori Umur",
        "Age group",
        false,
        KATEGORI_UMUR,
    ),
    cat(
        "pendidikan-dalam-kk",
        "Pendidikan Dalam KK",
        "Education (family card)",
        false,
        PENDIDIKAN_KK,
    ),
    cat(
        "pendidikan-sedang-ditempuh",
        "Pendidikan Sedang Ditempuh",
        "Education under way",
        false,
        PENDIDIKAN_TEMPUH,
    ),
    cat("pekerjaan", "Pekerjaan", "Occupation", false, PEKERJAAN),
    cat(
        "status-perkawinan",
        "Status Perkawinan",
        "Marital status",
        false,
        STATUS_KAWIN,
    ),
    cat("agama", "Agama", "Religion", false, AGAMA),
    cat(
        "hubungan-dalam-kk",
        "Hubungan Dalam KK",
        "Relation to the head of family",
        false,
        HUBUNGAN_KK,
    ),
    cat(
        "warga-negara",
        "Warga Negara",
        "Citizenship",
        false,
        WARGA_NEGARA,
    ),
    cat(
        "status-penduduk",
        "Status Penduduk",
        "Residence status",
        false,
        STATUS_PENDUDUK,
    ),
    cat("suku-etnis", "Suku / Etnis", "Ethnic group", false, &[]),
    cat(
        "kepemilikan-ktp",
        "Kepemilikan KTP",
        "Identity card",
        false,
        KEPEMILIKAN_KTP,
    ),
    cat(
        "kepemilikan-akta-kematian",
        "Kepemilikan Akta Kematian",
        "Death certificates",
        false,
        ADA_TIDAK,
    ),
    cat(
        "golongan-darah",
        "Golongan Darah",
        "Blood type",
        true,
        GOLONGAN_DARAH,
    ),
    cat(
        "penyandang-cacat",
        "Penyandang Cacat",
        "Disability",
        true,
        CACAT,
    ),
    cat(
        "penyakit-menahun",
        "Penyakit Menahun",
        "Chronic illness",
        true,
        PENYAKIT,
    ),
    cat("akseptor-kb", "Akseptor KB", "Contraception", true, CARA_KB),
    cat(
        "status-kehamilan",
        "Status Kehamilan",
        "Pregnancy",
        true,
        STATUS_KEHAMILAN,
    ),
    cat("status-covid", "Status Covid", "Covid status", true, &[]),
    cat(
        "akta-kelahiran",
        "Akta Kelahiran",
        "Birth certificates",
        true,
        ADA_TIDAK,
    ),
    cat(
        "kepemilikan-kia",
        "Kepemilikan KIA",
        "Child identity card (KIA)",
        true,
        ADA_TIDAK,
    ),
    cat(
        "asuransi-kesehatan",
        "Asuransi Kesehatan",
        "Health insurance",
        true,
        ASURANSI,
    ),
    cat(
        "bpjs-ketenagakerjaan",
        "BPJS Ketenagakerjaan",
        "Employment insurance (BPJS)",
        true,
        BPJS_TK,
    ),
];

/// The category `slug`, if there is one.
pub fn category(slug: &str) -> Option<&'static CategoryDef> {
    CATEGORIES.iter().find(|c| c.slug == slug)
}

/// A label as it is compared: upper case, spaces around `/` and runs of
/// spaces removed (`Tamat SD / Sederajat` and `TAMAT SD/SEDERAJAT` are one).
pub fn normalize(label: &str) -> String {
    let upper = label.trim().to_uppercase();
    let words: Vec<&str> = upper.split_whitespace().collect();
    words.join(" ").replace(" /", "/").replace("/ ", "/")
}

impl CategoryDef {
    /// The official labels, in code order, then [`NOT_FILLED`].
    pub fn labels(&self) -> impl Iterator<Item = &'static str> {
        self.codes
            .iter()
            .map(|c| c.split('|').next().unwrap_or(c))
            .chain([NOT_FILLED])
    }

    /// The official label and code-order index of `label`, matched ignoring
    /// case and spaces around `/`; `None` when the category has a list and
    /// `label` is not on it. A category without a list keeps `label` as written.
    pub fn find(&self, label: &str) -> Option<(String, usize)> {
        let wanted = normalize(label);
        if wanted == NOT_FILLED {
            return Some((NOT_FILLED.to_string(), usize::MAX));
        }
        if self.codes.is_empty() {
            return Some((label.trim().to_string(), usize::MAX - 1));
        }
        self.codes.iter().enumerate().find_map(|(i, entry)| {
            entry
                .split('|')
                .any(|spelling| normalize(spelling) == wanted)
                .then(|| (entry.split('|').next().unwrap_or(entry).to_string(), i))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_ignoring_case_and_spaces_around_slashes() {
        let kk = category("pendidikan-dalam-kk").unwrap();
        assert_eq!(
            kk.find("tamat sd/sederajat"),
            Some(("TAMAT SD / SEDERAJAT".to_string(), 2))
        );
        assert_eq!(kk.find("Strata  II").map(|f| f.1), Some(8));
        assert_eq!(kk.find("belum mengisi").map(|f| f.1), Some(usize::MAX));
        assert!(kk.find("SMA").is_none());
        let job = category("pekerjaan").unwrap();
        assert_eq!(
            job.find("Tentara Nasional Indonesia (TNI)").map(|f| f.0),
            Some("TNI".to_string())
        );
        let suku = category("suku-etnis").unwrap();
        assert_eq!(suku.find(" Osing ").map(|f| f.0), Some("Osing".to_string()));
    }

    #[test]
    fn the_table_is_consistent() {
        assert_eq!(category("pekerjaan").unwrap().codes.len(), 89);
        for (i, c) in CATEGORIES.iter().enumerate() {
            assert!(crate::content::is_slug(c.slug), "{}", c.slug);
            assert!(
                CATEGORIES[..i].iter().all(|d| d.slug != c.slug),
                "{}",
                c.slug
            );
        }
        let sensitive: Vec<_> = CATEGORIES
            .iter()
            .filter(|c| c.sensitive)
            .map(|c| c.slug)
            .collect();
        assert_eq!(sensitive.len(), 10, "{sensitive:?}");
    }
}
