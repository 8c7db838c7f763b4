# Halaman, berita, kata sambutan (index.md) dan hal yang sama untuk semua berkas isi.
K0601 = kolom `{ $kolom }` tidak boleh ada di terjemahan: isinya sama untuk semua bahasa dan hanya ditulis di { $berkas }
    .hint = hapus baris ini; ubah `{ $kolom }` di { $berkas } saja
    .judul = Terjemahan mengubah data tetap
    .arti = Terjemahan (berkas .en) hanya berisi teks. Angka, tanggal, harga, koordinat dan berkas berlaku untuk semua bahasa, jadi hanya ditulis di berkas bahasa Indonesia.
    .contoh = tanggal: 2026-10-14  (di berita/kerja-bakti.en.md)
    .perbaikan = Hapus baris `tanggal:` dari berita/kerja-bakti.en.md; tanggalnya tetap diambil dari berita/kerja-bakti.md.
K0602 = bagian pembuka (front matter) tidak ditutup
    .hint = akhiri bagian pembuka dengan satu baris yang hanya berisi `---`
    .judul = Bagian pembuka tidak ditutup
    .arti = Bagian pembuka (front matter) di awal berkas dimulai dengan baris `---` dan harus diakhiri dengan baris `---` juga, sebelum isi tulisan.
    .contoh =
        ---
        judul: Sejarah Desa
        ## Asal-usul
    .perbaikan =
        ---
        judul: Sejarah Desa
        ---
        ## Asal-usul
K0603 = berkas ini kosong
    .hint = tulis bagian pembuka (front matter) di antara dua baris `---` di awal berkas, lalu isinya
    .judul = Berkas kosong
    .arti = Halaman, berita dan tempat wisata wajib punya bagian pembuka dengan judul atau nama; berkas ini tidak berisi apa pun.
    .contoh = (berkas halaman/sejarah.md tanpa isi)
    .perbaikan =
        ---
        judul: Sejarah Desa
        ---
        Desa Kemiren berdiri sejak ...
K0604 = berkas ini tidak punya bagian pembuka (front matter) di antara dua baris `---`
    .hint = awali berkas dengan bagian pembuka di antara dua baris `---`
    .judul = Bagian pembuka tidak ada
    .arti = Halaman, berita dan tempat wisata wajib diawali bagian pembuka (front matter) di antara dua baris `---`, berisi judul dan kolom lainnya.
    .contoh = # Sejarah Desa
    .perbaikan =
        ---
        judul: Sejarah Desa
        ---
K0605 = judul kosong
    .hint = tulis judulnya setelah `judul:`, misalnya `judul: Sejarah Desa`
    .judul = Judul kosong
    .arti = Halaman dan berita wajib punya judul; kolom `judul` ada, tetapi tidak ada isinya.
    .contoh = judul: ""
    .perbaikan = judul: Kerja bakti bersih desa
K0606 = `{ $berkas }` bukan berkas di dalam folder berkas/
    .hint = simpan berkas itu di folder berkas/ desa ini, lalu tulis `berkas/<nama berkas>`
    .judul = Berkas di luar folder berkas/
    .arti = Foto, gambar dan formulir harus disimpan di folder berkas/ desa itu dan ditulis dengan awalan `berkas/`.
    .contoh = gambar: D:\Foto\kerja-bakti.jpg
    .perbaikan = gambar: berkas/kerja-bakti.jpg
K0607 = berkas `{ $berkas }` tidak ada
    .hint = periksa ejaannya (huruf besar dan kecil dibedakan), atau tambahkan berkas itu ke folder berkas/
    .judul = Berkas yang disebut tidak ada
    .arti = Foto, gambar atau formulir yang disebut tidak ditemukan di folder berkas/ desa itu. Nama harus ditulis persis sama, termasuk huruf besar-kecil, spasi dan tanda hubung.
    .contoh = foto: [berkas/Kawah Ijen.JPG]  (padahal berkasnya bernama kawah-ijen.jpg)
    .perbaikan = foto: [berkas/kawah-ijen.jpg]
K0608 = gambar `{ $berkas }` belum punya keterangan (`keterangan_gambar`)
    .hint =
        tulis apa isi gambar itu, untuk pembaca yang tidak bisa melihatnya:
          gambar: { $berkas }
          keterangan_gambar: Warga membersihkan saluran air di Dusun Krajan
    .judul = Gambar berita tanpa keterangan
    .arti = Keterangan gambar dibacakan untuk pembaca tunanetra dan tampil bila gambar tidak bisa dimuat. Ini peringatan: situs tetap dibuat.
    .contoh = gambar: berkas/kerja-bakti.jpg
    .perbaikan =
        gambar: berkas/kerja-bakti.jpg
        keterangan_gambar: Warga membersihkan saluran air di Dusun Krajan
# Saran bila nama berkas hampir sama dengan berkas yang ada.
halaman-hint-mirip = maksud Anda `{ $nama }`? Nama berkas harus ditulis persis sama, termasuk huruf besar-kecil, spasi dan tanda hubung
# Saran untuk halaman dan berita tanpa bagian pembuka (front matter).
halaman-hint-awal-halaman =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    judul: Sejarah Desa
    urutan: 1
    ---
halaman-hint-awal-berita =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    judul: Kerja bakti bersih desa
    tanggal: 2026-10-14
    ---
