//! The code tree of Permendagri 20/2018 that a budget file's lines use: revenue
//! codes and groups, spending sectors, financing codes, with official names.

/// Level-3 revenue codes and their official names.
pub const REVENUE_CODES: &[(&str, &str)] = &[
    ("4.1.1", "Hasil Usaha Desa"),
    ("4.1.2", "Hasil Aset Desa"),
    ("4.1.3", "Swadaya, Partisipasi dan Gotong Royong"),
    ("4.1.4", "Lain-lain Pendapatan Asli Desa"),
    ("4.2.1", "Dana Desa"),
    ("4.2.2", "Bagi Hasil Pajak dan Retribusi"),
    ("4.2.3", "Alokasi Dana Desa"),
    ("4.2.4", "Bantuan Keuangan Provinsi"),
    ("4.2.5", "Bantuan Keuangan Kabupaten/Kota"),
    ("4.3.1", "Kerjasama antar Desa"),
    ("4.3.2", "Kerjasama Pihak Ketiga"),
    ("4.3.3", "Bantuan Perusahaan yang Berlokasi di Desa"),
    ("4.3.4", "Hibah/Sumbangan Pihak Ketiga"),
    (
        "4.3.5",
        "Koreksi Kesalahan Belanja Tahun Anggaran Sebelumnya",
    ),
    ("4.3.6", "Bunga Bank"),
    ("4.3.9", "Lain-lain Pendapatan Desa yang Sah"),
];

/// Revenue groups (level 2) and their official names.
pub const REVENUE_GROUPS: &[(&str, &str)] = &[
    ("4.1", "Pendapatan Asli Desa"),
    ("4.2", "Pendapatan Transfer"),
    ("4.3", "Pendapatan Lain-lain"),
];

/// The five spending sectors (bidang) and their official names.
pub const SECTORS: &[(u8, &str)] = &[
    (1, "Penyelenggaraan Pemerintahan Desa"),
    (2, "Pelaksanaan Pembangunan Desa"),
    (3, "Pembinaan Kemasyarakatan"),
    (4, "Pemberdayaan Masyarakat"),
    (5, "Penanggulangan Bencana, Darurat dan Mendesak Desa"),
];

/// Financing receipts (6.1.x).
pub const FINANCING_IN_CODES: &[(&str, &str)] = &[
    ("6.1.1", "SiLPA Tahun Sebelumnya"),
    ("6.1.2", "Pencairan Dana Cadangan"),
    ("6.1.3", "Hasil Penjualan Kekayaan Desa yang Dipisahkan"),
    ("6.1.9", "Penerimaan Pembiayaan Lainnya"),
];

/// Financing expenditures (6.2.x).
pub const FINANCING_OUT_CODES: &[(&str, &str)] = &[
    ("6.2.1", "Pembentukan Dana Cadangan"),
    ("6.2.2", "Penyertaan Modal Desa"),
    ("6.2.9", "Pengeluaran Pembiayaan Lainnya"),
];

/// The official name of a code in `table`.
pub fn official_name<'a>(table: &[(&str, &'a str)], code: &str) -> Option<&'a str> {
    table.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}
