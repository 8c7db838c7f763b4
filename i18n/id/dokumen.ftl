# Dokumen desa: dokumen/<nama>.md (informasi publik dan produk hukum) dan terjemahannya.
K1100 = judul dokumen kosong
    .hint = tulis judulnya setelah `judul:`, misalnya `judul: APBDes Tahun 2025`
    .judul = Judul dokumen kosong
    .arti = Kolom `judul` menjadi judul halaman dokumen dan isi kolom "Ringkasan Isi Informasi" di Daftar Informasi Publik. Kolom ini wajib diisi.
    .contoh = judul: ""
    .perbaikan = judul: APBDes Tahun 2025
K1101 = informasi yang dikecualikan tidak boleh dilampiri berkas
    .hint = hapus baris `berkas:`; informasi yang dikecualikan hanya dicantumkan judul dan alasannya
    .judul = Informasi dikecualikan dilampiri berkas
    .arti = Informasi yang dikecualikan (UU 14/2008 Pasal 17) tidak boleh dibuka untuk umum. Di situs hanya tampil judul dan alasan hukumnya, jadi berkasnya tidak boleh ikut terbit.
    .contoh =
        kategori: dikecualikan
        berkas: berkas/data-penerima-bantuan.pdf
    .perbaikan =
        kategori: dikecualikan
        alasan: UU 14/2008 Pasal 17 huruf h (data pribadi)
K1102 = informasi yang dikecualikan belum menyebut alasan hukumnya
    .hint = tulis dasar hukumnya setelah `alasan:`, misalnya `alasan: UU 14/2008 Pasal 17 huruf h (data pribadi)`
    .judul = Alasan pengecualian belum ditulis
    .arti = Daftar Informasi Publik harus menyebut mengapa suatu informasi dikecualikan, agar warga tahu dasar hukumnya dan bisa mengajukan keberatan.
    .contoh = kategori: dikecualikan
    .perbaikan =
        kategori: dikecualikan
        alasan: UU 14/2008 Pasal 17 huruf h (data pribadi)
K1103 = pengumuman serta-merta belum punya tanggal `berlaku_sampai`
    .hint = tulis sampai kapan pengumuman berlaku, misalnya `berlaku_sampai: 2026-06-30`
    .judul = Pengumuman serta-merta tanpa batas waktu
    .arti = Pengumuman serta-merta (bencana, wabah, gangguan listrik atau air) tampil sebagai tanda di beranda desa selama masih berlaku. Tanggal `berlaku_sampai` menentukan kapan tanda itu hilang.
    .contoh = kategori: serta-merta
    .perbaikan =
        kategori: serta-merta
        berlaku_sampai: 2026-06-30
K1104 = `berlaku_sampai` hanya untuk pengumuman serta-merta, bukan untuk kategori `{ $kategori }`
    .hint = hapus baris `berlaku_sampai:`, atau ganti kategori dengan `kategori: serta-merta`
    .judul = Batas waktu pada informasi yang bukan serta-merta
    .arti = Hanya pengumuman serta-merta yang tampil sementara di beranda desa; informasi kategori lain tetap tercantum di Daftar Informasi Publik.
    .contoh =
        kategori: berkala
        berlaku_sampai: 2026-06-30
    .perbaikan = kategori: berkala
K1105 = dokumen berjenis `{ $jenis }` wajib mengisi kolom `{ $kolom }`
    .hint = tambahkan kolom `{ $kolom }`; contoh lengkap ada di panduan, bagian "Informasi publik dan produk hukum"
    .judul = Kolom wajib dokumen belum diisi
    .arti = Peraturan dan keputusan perlu `nomor`, `tahun` dan tanggal `ditetapkan`; informasi publik lain perlu `kategori` dan `tanggal`. Tanpa kolom itu dokumen tidak bisa dicantumkan dengan benar.
    .contoh =
        jenis: peraturan-desa
        tahun: 2025
    .perbaikan =
        jenis: peraturan-desa
        nomor: 2
        tahun: 2025
        ditetapkan: 2025-01-10
K1106 = `{ $kolom }` hanya untuk peraturan dan keputusan, bukan untuk informasi publik biasa
    .hint = hapus baris `{ $kolom }:`, atau ganti jenisnya, misalnya `jenis: peraturan-desa`
    .judul = Rantai perubahan pada informasi publik
    .arti = Hanya peraturan dan keputusan yang bisa mengubah atau mencabut dokumen lain.
    .contoh =
        jenis: informasi-publik
        mencabut: perdes-2019-04
    .perbaikan =
        jenis: peraturan-desa
        mencabut: perdes-2019-04
K1107 = tidak ada dokumen `{ $nama }` di folder dokumen/ desa ini
    .hint = tulis nama berkasnya tanpa `.md`, persis seperti di folder dokumen/, misalnya `perdes-2025-01`
    .judul = Dokumen yang dirujuk tidak ada
    .arti = Kolom `mengubah`, `mencabut`, `diubah_oleh`, `dicabut_oleh` (di dokumen) dan `perdes` (di APBDes) menyebut dokumen lain dengan nama berkasnya di folder dokumen/, tanpa `.md`.
    .contoh = dicabut_oleh: perdes 2025 nomor 1
    .perbaikan = dicabut_oleh: perdes-2025-01
K1108 = dokumen `{ $nama }` tidak menulis balik `{ $kolom }: { $balik }`
    .hint = tambahkan `{ $kolom }: { $balik }` di { $berkas }
    .judul = Rantai perubahan hanya ditulis di satu sisi
    .arti = Perubahan dan pencabutan dicatat di kedua peraturan: yang dicabut menulis `dicabut_oleh`, yang mencabut menulis `mencabut`; begitu pula `diubah_oleh` dan `mengubah`. Dengan begitu kedua halaman saling menunjuk dan salah ketik ketahuan.
    .contoh = dicabut_oleh: perdes-2025-01  (di perdes-2019-04.md, tetapi perdes-2025-01.md tidak menulis `mencabut`)
    .perbaikan = mencabut: perdes-2019-04  (tambahkan di perdes-2025-01.md)
K1109 = status `{ $status }`, tetapi kolom `{ $kolom }` tidak menyebut peraturan penggantinya
    .hint = tulis nama dokumen penggantinya, misalnya `{ $kolom }: perdes-2025-01`, atau hapus baris `status:`
    .judul = Status peraturan tanpa rantai perubahan
    .arti = Peraturan yang dicabut atau diubah harus menyebut peraturan yang mencabut atau mengubahnya, agar pembaca bisa menemukan aturan yang berlaku sekarang.
    .contoh = status: dicabut
    .perbaikan =
        status: dicabut
        dicabut_oleh: perdes-2025-01
K1110 = kolom `{ $kolom }` sudah diisi, jadi statusnya `{ $status }`
    .hint = ganti dengan `status: { $status }`, atau hapus baris `status:` (status dihitung dari rantai perubahan)
    .judul = Status peraturan tidak cocok dengan rantai perubahan
    .arti = Status peraturan mengikuti rantai perubahannya: ada `dicabut_oleh` berarti dicabut, ada `diubah_oleh` berarti diubah.
    .contoh =
        status: berlaku
        dicabut_oleh: perdes-2025-01
    .perbaikan = dicabut_oleh: perdes-2025-01
K1111 = `berlaku_sampai` ({ $sampai }) lebih awal dari `tanggal` ({ $tanggal })
    .hint = periksa kedua tanggal; `berlaku_sampai` adalah hari terakhir pengumuman berlaku
    .judul = Pengumuman berakhir sebelum dimulai
    .arti = Tanggal `berlaku_sampai` harus sama dengan atau sesudah `tanggal` pengumuman dibuat.
    .contoh =
        tanggal: 2026-05-20
        berlaku_sampai: 2026-05-02
    .perbaikan =
        tanggal: 2026-05-20
        berlaku_sampai: 2026-06-02
K1112 = `{ $nama }` adalah dokumen berjenis `{ $jenis }`, bukan Peraturan Desa
    .hint = tulis nama berkas Perdes APBDes-nya di folder dokumen/, yang berjenis `jenis: peraturan-desa`
    .judul = APBDes merujuk dokumen yang bukan Perdes
    .arti = Kolom `perdes` di berkas APBDes menyebut Peraturan Desa yang menetapkan APBDes tahun itu.
    .contoh = perdes: sk-tim-pelaksana-2025
    .perbaikan = perdes: perdes-2025-01
# Saran untuk berkas dokumen tanpa bagian pembuka (front matter).
dokumen-hint-awal =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    judul: APBDes Tahun 2025
    jenis: informasi-publik
    kategori: berkala
    tanggal: 2025-01-15
    ---
# Saran bila nama dokumen mirip nama yang ada.
dokumen-hint-mirip = maksud Anda `{ $nama }`?
# Saran untuk rantai perubahan yang hanya ditulis di satu sisi.
dokumen-hint-balik = tambahkan `{ $kolom }: { $balik }` di { $berkas }
# Apa yang diharapkan di kolom nomor dan lembaran.
dokumen-expecting-nomor = nomor, misalnya `3` atau `3/2025`
# Apa yang diharapkan di kolom rantai perubahan.
dokumen-expecting-slugs = nama dokumen, misalnya `perdes-2025-01`, atau daftar nama dokumen
