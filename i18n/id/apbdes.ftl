# Anggaran desa: apbdes/<tahun>.yaml. Angka uang ditulis seperti di situs (Rp1.220.937.619,09).
K0501 = `tahun` berisi { $tahun }, tetapi nama berkasnya { $nama }.yaml
    .hint = ganti nama berkas menjadi apbdes/{ $tahun }.yaml, atau betulkan `tahun`
    .judul = Tahun tidak sama dengan nama berkas
    .arti = Setiap berkas APBDes berisi satu tahun anggaran, dan namanya harus tahun itu.
    .contoh = tahun: 2025  (di apbdes/2024.yaml)
    .perbaikan = tahun: 2024
K0502 = `{ $kode }` bukan kode { $bagian ->
        [pendapatan] pendapatan
        [penerimaan] penerimaan pembiayaan
       *[pengeluaran] pengeluaran pembiayaan
    } menurut Permendagri 20/2018
    .hint = pakai salah satu kode ini: { $daftar }; tulis dalam tanda kutip, misalnya `kode: "{ $pertama }"`
    .judul = Kode rekening tidak dikenal
    .arti = Kode rekening APBDes mengikuti Permendagri 20/2018 (sama dengan Siskeudes); kode ini tidak ada di bagian tersebut.
    .contoh = - kode: "4.2.7"
    .perbaikan = - kode: "4.2.1"
K0503 = kode { $kode } tertulis dua kali (pertama kali di baris { $baris })
    .hint = tulis setiap kode sekali saja; jumlahkan angkanya
    .judul = Kode rekening tertulis dua kali
    .arti = Setiap kode rekening hanya boleh muncul sekali dalam satu bagian, agar jumlahnya tidak terhitung dua kali.
    .contoh = - kode: "4.2.1"  (dua kali, dengan anggaran 500000000 dan 370764000)
    .perbaikan = - kode: "4.2.1"  (sekali, dengan anggaran 870764000)
K0504 = `realisasi` belum diisi, padahal statusnya `realisasi`
    .hint = tambahkan `realisasi:` berisi jumlah yang benar-benar diterima atau dibelanjakan (0 jika tidak ada)
    .judul = Realisasi belum diisi
    .arti = APBDes dengan `status: realisasi` adalah laporan realisasi, jadi setiap baris wajib punya angka `realisasi`.
    .contoh = - { "{" } kode: "4.2.1", anggaran: 870764000 { "}" }
    .perbaikan = - { "{" } kode: "4.2.1", anggaran: 870764000, realisasi: 870764000 { "}" }
K0505 = bidang { $bidang } tidak ada; bidang belanja hanya lima, 1 sampai 5
    .hint = 1 Pemerintahan, 2 Pembangunan, 3 Pembinaan Kemasyarakatan, 4 Pemberdayaan Masyarakat, 5 Bencana/Darurat
    .judul = Bidang belanja tidak ada
    .arti = Belanja desa dibagi menjadi lima bidang menurut Permendagri 20/2018, bernomor 1 sampai 5.
    .contoh = - bidang: 7
    .perbaikan = - bidang: 5
K0506 = bidang { $bidang } tertulis dua kali (pertama kali di baris { $baris })
    .hint = tulis setiap bidang sekali saja, dengan semua kegiatannya
    .judul = Bidang belanja tertulis dua kali
    .arti = Setiap bidang hanya boleh muncul sekali di `belanja`; semua kegiatan bidang itu ditulis di bawahnya.
    .contoh = - bidang: 2  (dua kali)
    .perbaikan = - bidang: 2  (sekali, dengan semua kegiatannya di `kegiatan:`)
K0507 = { $kolom } bidang { $bidang } tertulis { $tertulis }, tetapi jumlah { $kolom } kegiatannya { $dihitung } (selisih { $selisih }; angka bidang { $arah ->
        [lebih] lebih besar
       *[kurang] lebih kecil
    })
    .hint = jumlah { $kolom } semua kegiatan sebuah bidang harus sama persis dengan { $kolom } bidang itu, sampai sen; betulkan angka bidang, atau cari kegiatan yang salah ketik
    .judul = Kegiatan tidak sama dengan angka bidangnya
    .arti = Bila sebuah bidang dirinci per kegiatan, jumlah angka kegiatannya harus sama persis dengan angka bidang itu, sampai sen. Pesan ini menyebut kedua angka dan selisihnya.
    .contoh = bidang 1 dengan anggaran 900000000, kegiatannya 500000000 dan 399999999.99
    .perbaikan = bidang 1 dengan anggaran 899999999.99, atau kegiatan kedua 400000000
K0508 = jumlah.{ $kolom } tertulis { $tertulis }, tetapi hasil hitungan dari baris-barisnya { $dihitung } (selisih { $selisih }; angka yang tertulis { $arah ->
        [lebih] lebih besar
       *[kurang] lebih kecil
    })
    .hint = betulkan angka di `jumlah`, atau cari baris yang salah ketik
    .judul = Jumlah tidak sama dengan hasil hitungan
    .arti = Angka di bagian `jumlah` (biasanya disalin dari Perdes APBDes) dicocokkan dengan hasil penjumlahan baris-barisnya. Pesan ini menyebut kedua angka dan selisihnya.
    .contoh = jumlah: { "{" } pendapatan: 900000001 { "}" }  (baris pendapatan berjumlah 900000000)
    .perbaikan = jumlah: { "{" } pendapatan: 900000000 { "}" }
K0509 = APBDes { $status } ini tidak seimbang: SiLPA { $silpa }, seharusnya { $nol }
    .hint = APBDes yang ditetapkan biasanya seimbang: pendapatan − belanja + penerimaan pembiayaan − pengeluaran pembiayaan = 0
    .judul = APBDes tidak seimbang
    .arti = APBDes penetapan atau perubahan biasanya seimbang (SiLPA 0). Ini peringatan: situs tetap dibuat, tetapi periksa angkanya.
    .contoh = pendapatan 900000000, belanja 900000000, penerimaan pembiayaan 0.47
    .perbaikan = pendapatan 900000000, belanja 900000000.47, penerimaan pembiayaan 0.47
# Uang seperti tampil di situs: lambang mata uang dan pemisah angka.
apbdes-rupiah = Rp{ $angka }
apbdes-pemisah-ribuan = {"."}
apbdes-pemisah-desimal = {","}
