# Layanan publik: layanan.yaml dan terjemahannya (layanan.en.yaml).
K0301 = `{ $id }` tidak bisa dipakai sebagai id layanan
    .hint = id menjadi alamat halaman layanan: pakai huruf kecil a-z, angka 0-9 dan tanda hubung -, misalnya `{ $contoh }`
    .judul = id layanan tidak sah
    .arti = id layanan menjadi bagian alamat halamannya (/kemiren/layanan/sktm/), jadi hanya boleh berisi huruf kecil, angka dan tanda hubung, tanpa spasi.
    .contoh = - id: Surat Keterangan Tidak Mampu
    .perbaikan = - id: sktm
K0302 = id layanan `{ $id }` sudah dipakai (pertama kali di baris { $baris })
    .hint = beri setiap layanan id sendiri yang berbeda
    .judul = id layanan dipakai dua kali
    .arti = Dua layanan di layanan.yaml memakai id yang sama, padahal id menjadi alamat halaman dan harus unik di desa ini.
    .contoh = - id: ktp  (untuk KTP baru, lalu sekali lagi - id: ktp untuk KTP hilang)
    .perbaikan = - id: ktp  (untuk KTP baru) dan - id: ktp-hilang
K0303 = kolom `{ $kolom }` kosong
    .hint = tulis isinya setelah `{ $kolom }:`, misalnya { $kolom ->
        [nama] `nama: Surat Keterangan Tidak Mampu`
       *[other] `waktu: 1 hari kerja`
    }
    .judul = Kolom wajib layanan kosong
    .arti = Kolom `nama` dan `waktu` wajib diisi untuk setiap layanan; kolomnya ada, tetapi tidak ada isinya.
    .contoh = waktu: ""
    .perbaikan = waktu: Paling lama 1 hari kerja
K0304 = kolom `{ $kolom }` berisi daftar kosong
    .hint = tulis paling sedikit satu butir, satu butir per baris diawali `- `
    .judul = Daftar layanan kosong
    .arti = `persyaratan` dan `prosedur` adalah daftar yang wajib berisi paling sedikit satu butir.
    .contoh = persyaratan: []
    .perbaikan =
        persyaratan:
          - Fotokopi KTP-el pemohon
K0305 = `{ $alamat }` bukan alamat web yang diawali https:// atau http://
    .hint = tulis alamat lengkap layanan daring, misalnya `https://spm.banyuwangikab.go.id`
    .judul = Alamat layanan daring tidak lengkap
    .arti = Kolom `daring` harus berisi alamat web lengkap agar warga bisa membukanya dari halaman layanan.
    .contoh = daring: www.dukcapil.example
    .perbaikan = daring: https://www.dukcapil.example
K0306 = tidak ada layanan `{ $id }` di { $berkas }
    .hint = pakai id yang sama persis seperti di berkas layanan bahasa utama
    .judul = Terjemahan untuk layanan yang tidak ada
    .arti = Setiap butir di layanan.en.yaml dicocokkan dengan layanan di layanan.yaml lewat `id`; id ini tidak ditemukan di sana.
    .contoh = - id: pasport  (di layanan.en.yaml, padahal di layanan.yaml tertulis - id: paspor)
    .perbaikan = - id: paspor
K0307 = kolom `{ $kolom }` diterjemahkan, tetapi layanan `{ $id }` di { $berkas } tidak punya kolom itu
    .hint = tambahkan dulu `{ $kolom }` pada layanan itu di { $berkas }, atau hapus baris ini di terjemahan
    .judul = Terjemahan kolom yang tidak ada
    .arti = Terjemahan hanya menerjemahkan kolom yang sudah diisi di layanan.yaml; kolom ini belum ada di sana.
    .contoh = produk: Certificate  (di layanan.en.yaml, padahal layanan itu di layanan.yaml tidak punya `produk`)
    .perbaikan = produk: Surat Keterangan  (tambahkan dulu di layanan.yaml)
