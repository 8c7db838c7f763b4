# Proyek pembangunan desa: pembangunan/<nama>.md dan terjemahannya (pembangunan/<nama>.en.md).
K1150 = nama kegiatan pembangunan kosong
    .hint = tulis namanya setelah `nama:`, misalnya `nama: Rabat beton jalan Dusun Krajan`
    .judul = Nama kegiatan pembangunan kosong
    .arti = Kolom `nama` menjadi judul halaman kegiatan pembangunan dan wajib diisi.
    .contoh = nama: ""
    .perbaikan = nama: Rabat beton jalan Dusun Krajan
K1151 = bidang { $bidang } tidak ada di APBDes; bidang belanja desa bernomor 1 sampai 5
    .hint = tulis nomor bidang APBDes, untuk pekerjaan fisik biasanya `bidang: 2` (Pelaksanaan Pembangunan Desa)
    .judul = Bidang pembangunan tidak dikenal
    .arti = Kolom `bidang` memakai nomor bidang belanja APBDes: 1 Pemerintahan, 2 Pembangunan, 3 Pembinaan Kemasyarakatan, 4 Pemberdayaan Masyarakat, 5 Penanggulangan Bencana.
    .contoh = bidang: 7
    .perbaikan = bidang: 2
K1152 = kolom `sumber_dana` kosong
    .hint = tulis kode sumber dana dari APBDes, misalnya `sumber_dana: DDS` atau `sumber_dana: [DDS, PAD]`
    .judul = Sumber dana kosong
    .arti = Setiap kegiatan pembangunan menyebut dari mana uangnya, dengan kode yang sama dengan APBDes (DDS, ADD, PBH, PBP, PAD, DLL).
    .contoh = sumber_dana: []
    .perbaikan = sumber_dana: DDS
K1153 = tanggal selesai { $selesai } lebih awal dari tanggal mulai { $mulai }
    .hint = periksa kedua tanggal; tulis dalam bentuk tahun-bulan-hari, misalnya `selesai: 2025-09-30`
    .judul = Tanggal selesai sebelum tanggal mulai
    .arti = Kegiatan tidak bisa selesai sebelum dimulai; salah satu tanggal keliru ditulis.
    .contoh =
        mulai: 2025-07-01
        selesai: 2025-03-30
    .perbaikan =
        mulai: 2025-07-01
        selesai: 2025-09-30
K1154 = { $persen } persen lebih dari 100
    .hint = tulis kemajuan sebagai angka 0 sampai 100, misalnya `persen: 60`
    .judul = Persen kemajuan lebih dari 100
    .arti = Kolom `persen` pada laporan kemajuan adalah bagian pekerjaan yang sudah jadi, dari 0 sampai 100.
    .contoh = persen: 120
    .perbaikan = persen: 100
K1155 = tanggal laporan { $tanggal } tidak sesudah laporan sebelumnya ({ $sebelumnya })
    .hint = urutkan laporan dari yang paling lama ke yang paling baru, satu laporan per tanggal
    .judul = Tanggal laporan kemajuan tidak urut
    .arti = Laporan di `progres` ditulis berurutan dari yang paling lama; setiap laporan bertanggal sesudah laporan sebelumnya.
    .contoh =
        progres:
          - tanggal: 2025-08-01
          - tanggal: 2025-07-01
    .perbaikan =
        progres:
          - tanggal: 2025-07-01
          - tanggal: 2025-08-01
K1156 = kemajuan turun dari { $sebelumnya } ke { $persen } persen
    .hint = kemajuan tidak bisa berkurang: periksa angka ini dan laporan sebelumnya, dan urutkan laporan dari yang paling lama
    .judul = Persen kemajuan turun
    .arti = Pekerjaan yang sudah jadi tidak berkurang, jadi `persen` setiap laporan sama atau lebih besar dari laporan sebelumnya.
    .contoh =
        progres:
          - persen: 60
          - persen: 40
    .perbaikan =
        progres:
          - persen: 40
          - persen: 60
K1157 = kegiatan `{ $kegiatan }` tidak ada di { $berkas }
    .hint = tulis `uraian` kegiatan persis seperti di APBDes, atau nomornya (`2.1` untuk kegiatan pertama bidang 2)
    .judul = Kegiatan tidak ada di APBDes
    .arti = Kolom `kegiatan` menyebut kegiatan APBDes tahun itu yang membiayai pembangunan ini. Bila APBDes tahun itu ada, kegiatannya harus ada di sana.
    .contoh = kegiatan: Rabat beton jalan Krajan
    .perbaikan = kegiatan: Rabat beton jalan lingkungan Dusun Krajan
K1158 = bidang { $bidang } tidak sama dengan bidang kegiatan `{ $kegiatan }` di APBDes (bidang { $bidang_apbdes })
    .hint = ganti `bidang` dengan nomor bidang kegiatan itu di APBDes
    .judul = Bidang tidak sama dengan APBDes
    .arti = Kegiatan pembangunan berada di bidang yang sama dengan kegiatan APBDes yang membiayainya.
    .contoh = bidang: 3  (padahal kegiatannya ada di bidang 2 APBDes)
    .perbaikan = bidang: 2
K1159 = anggaran { $anggaran } tidak sama dengan anggaran kegiatan `{ $kegiatan }` di { $berkas } ({ $anggaran_apbdes })
    .hint = samakan `anggaran` dengan angka di { $berkas }, atau perbaiki angkanya di sana bila APBDes yang keliru
    .judul = Anggaran tidak sama dengan APBDes
    .arti = Anggaran kegiatan pembangunan harus sama dengan anggaran kegiatan APBDes yang disebut di kolom `kegiatan`, agar warga melihat angka yang sama di kedua halaman.
    .contoh = anggaran: 200000000  (di APBDes: 214800000)
    .perbaikan = anggaran: 214800000
K1160 = kegiatan `{ $kegiatan }` dibiayai dari { $kode } menurut APBDes, tetapi { $kode } tidak ada di `sumber_dana`
    .hint = tambahkan { $kode } ke `sumber_dana`, misalnya `sumber_dana: [{ $kode }]`
    .judul = Sumber dana tidak sama dengan APBDes
    .arti = Sumber dana kegiatan pembangunan memuat sumber dana kegiatan APBDes yang membiayainya.
    .contoh = sumber_dana: PAD  (di APBDes: sumber_dana: DDS)
    .perbaikan = sumber_dana: DDS
K1161 = kolom `{ $kolom }` diterjemahkan, tetapi tidak diisi di { $berkas }
    .hint = tambahkan dulu ke { $berkas }, atau hapus di sini
    .judul = Terjemahan kolom pembangunan yang tidak ada
    .arti = Terjemahan kegiatan pembangunan hanya menerjemahkan kolom yang sudah diisi di berkas bahasa Indonesia; kolom ini belum ada di sana.
    .contoh = manfaat: Farmers reach ...  (di jalan-krajan.en.md, padahal jalan-krajan.md tidak punya `manfaat`)
    .perbaikan = manfaat: Petani bisa mengangkut hasil panen ...  (tambahkan dulu di jalan-krajan.md)
# Saran untuk berkas pembangunan tanpa bagian pembuka (front matter).
pembangunan-hint-awal =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    nama: Rabat beton jalan Dusun Krajan
    bidang: 2
    tahun: 2025
    lokasi:
      lat: -8.2191
      lon: 114.3691
    sumber_dana: DDS
    anggaran: 150000000
    ---
# Saran bila kegiatan tidak ditemukan: daftar kegiatan bidang itu.
pembangunan-hint-kegiatan = tulis salah satu kegiatan bidang ini persis seperti di APBDes: { $daftar }
# Saran bila anggaran berbeda.
pembangunan-hint-anggaran = ganti `anggaran` dengan `{ $angka }`, atau perbaiki angkanya di { $berkas } bila APBDes yang keliru
