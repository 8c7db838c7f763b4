# Tempat wisata: wisata/<nama>.md dan terjemahannya (wisata/<nama>.en.md).
K0401 = nama tempat wisata kosong
    .hint = tulis namanya setelah `nama:`, misalnya `nama: Kawah Ijen`
    .judul = Nama tempat wisata kosong
    .arti = Kolom `nama` menjadi judul halaman tempat wisata dan wajib diisi.
    .contoh = nama: ""
    .perbaikan = nama: Kawah Ijen
K0402 = foto `{ $berkas }` belum punya keterangan; nama tempat wisata dipakai sebagai gantinya
    .hint =
        tulis apa isi foto itu, untuk pembaca yang tidak bisa melihatnya:
          - berkas: { $berkas }
            keterangan: Kawah dengan api biru sebelum subuh
    .judul = Foto tanpa keterangan
    .arti = Keterangan foto dibacakan untuk pembaca tunanetra dan tampil bila foto tidak bisa dimuat. Ini peringatan: situs tetap dibuat.
    .contoh =
        foto:
          - berkas/kawah-ijen-1.jpg
    .perbaikan =
        foto:
          - berkas: berkas/kawah-ijen-1.jpg
            keterangan: Danau kawah berwarna hijau toska dilihat dari bibir kawah
K0403 = `{ $alamat }` bukan alamat web yang diawali https:// atau http://
    .hint = tulis alamat lengkap, misalnya `https://tiket.bbksdajatim.org`
    .judul = Alamat situs tempat wisata tidak lengkap
    .arti = Kolom `kontak.situs` harus berisi alamat web lengkap agar pengunjung bisa membukanya.
    .contoh = situs: tiket.bbksdajatim.org
    .perbaikan = situs: https://tiket.bbksdajatim.org
K0404 = kolom `{ $kolom }` diterjemahkan, tetapi tidak diisi di { $berkas }
    .hint = tambahkan dulu ke { $berkas }, atau hapus di sini
    .judul = Terjemahan kolom yang tidak ada
    .arti = Terjemahan tempat wisata hanya menerjemahkan kolom yang sudah diisi di berkas bahasa Indonesia; kolom ini belum ada di sana.
    .contoh = akses: From Banyuwangi town ...  (di kawah-ijen.en.md, padahal kawah-ijen.md tidak punya `akses`)
    .perbaikan = akses: Dari kota Banyuwangi ke Licin ...  (tambahkan dulu di kawah-ijen.md)
# Saran untuk berkas tempat wisata tanpa bagian pembuka (front matter).
wisata-hint-awal =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    nama: Kawah Ijen
    kategori: alam
    lokasi:
      lat: -8.0296
      lon: 114.2478
    ---
