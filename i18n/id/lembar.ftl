# Lembar kerja (spreadsheet): apbdes/<tahun>.xlsx, .ods atau .csv sebagai ganti berkas YAML.
K1300 = lembar kerja ini tidak dapat dibaca ({ $sebab })
    .hint = buka berkasnya di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (Excel Workbook), .ods, atau .csv
    .judul = Lembar kerja tidak dapat dibaca
    .arti = Berkas .xlsx atau .ods rusak, terkunci sandi, atau bukan lembar kerja (misalnya berkas .xls lama yang diganti namanya).
    .contoh = apbdes/2026.xlsx yang sebenarnya berkas .xls dari Excel 2003
    .perbaikan = Di Excel: File > Save As > Excel Workbook (*.xlsx).
K1301 = lembar `{ $lembar }` tidak ada di berkas ini (lembar yang ada: { $ada })
    .hint = beri nama lembar (tab di bawah) persis `{ $lembar }`; susunan lembarnya ada di panduan, bagian Anggaran desa dari lembar kerja
    .judul = Lembar wajib tidak ada
    .arti = Berkas APBDes dari lembar kerja harus punya lembar `APBDes` berisi tahun dan status; lembar `Pendapatan`, `Belanja` dan `Pembiayaan` memuat angkanya.
    .contoh = lembar bernama Sheet1, Sheet2
    .perbaikan = Ganti nama Sheet1 menjadi APBDes (klik kanan tab > Rename).
K1302 = lembar `{ $lembar }` tidak punya baris judul kolom dengan kolom `{ $kolom }`
    .hint = tulis judul kolom di satu baris di atas angka-angkanya, misalnya `Kode | Uraian | Anggaran | Realisasi`
    .judul = Judul kolom tidak ditemukan
    .arti = kampung mencari kolom menurut judulnya, jadi urutan kolom bebas, tetapi judulnya harus ada.
    .contoh = lembar Pendapatan tanpa baris judul
    .perbaikan = Sisipkan baris judul: Kode, Uraian, Anggaran, Realisasi.
K1303 = tahun { $tahun } ditulis dua kali: di `{ $pertama }` dan di `{ $kedua }`
    .hint = simpan satu berkas saja untuk satu tahun anggaran: hapus atau pindahkan yang lain keluar dari folder apbdes/
    .judul = Satu tahun anggaran dalam dua berkas
    .arti = Satu tahun APBDes boleh ditulis sebagai YAML atau lembar kerja, tetapi tidak keduanya: kampung tidak tahu mana yang benar.
    .contoh = apbdes/2026.yaml dan apbdes/2026.xlsx
    .perbaikan = Hapus apbdes/2026.yaml bila angka terbaru ada di 2026.xlsx.
K1304 = sel ini berisi galat rumus `{ $galat }`
    .hint = perbaiki rumusnya di Excel atau LibreOffice (rumus menunjuk sel yang terhapus atau membagi dengan nol), simpan, lalu bangun ulang
    .judul = Galat rumus di lembar kerja
    .arti = Nilai sel adalah hasil rumus yang gagal dihitung, jadi angkanya tidak diketahui.
    .contoh = =SUM(#REF!)
    .perbaikan = =SUM(C3:C9)
K1305 = ada kegiatan di lembar `{ $lembar }` sebelum baris bidangnya
    .hint = di atas kegiatan pertama, tulis baris bidang: nomor bidang di kolom Bidang, kolom Kegiatan kosong, dan jumlah anggaran bidang itu
    .judul = Kegiatan tanpa bidang
    .arti = Di lembar Belanja, baris yang kolom Kegiatannya kosong adalah baris bidang; kegiatan di bawahnya termasuk bidang itu.
    .contoh = baris pertama: | | Penghasilan tetap | 372000000 | ADD
    .perbaikan = sisipkan di atasnya: | 1 | | 558200000 |
