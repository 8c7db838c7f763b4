# Produk desa: produk/<nama>.md dan terjemahannya (produk/<nama>.en.md).
K1250 = nama produk kosong
    .hint = tulis namanya setelah `nama:`, misalnya `nama: Kopi bubuk robusta`
    .judul = Nama produk kosong
    .arti = Kolom `nama` menjadi judul halaman produk dan isi pesan WhatsApp pembeli, jadi wajib diisi.
    .contoh = nama: ""
    .perbaikan = nama: Kopi bubuk robusta
K1251 = `harga` dan `harga_mulai` diisi dua-duanya
    .hint = pakai salah satu: `harga` untuk harga pasti, `harga_mulai` bila harganya mulai dari angka itu (menurut ukuran atau model)
    .judul = Harga ditulis dua kali
    .arti = Satu produk punya satu harga: harga pasti (`harga`) atau harga terendah (`harga_mulai`), tidak keduanya.
    .contoh =
        harga: 150000
        harga_mulai: 150000
    .perbaikan = harga_mulai: 150000
K1252 = produk belum punya harga
    .hint = tambahkan `harga: 25000` (Rupiah, tanpa titik), atau `harga_mulai: 150000` bila harganya mulai dari angka itu
    .judul = Harga produk belum ditulis
    .arti = Pembeli perlu tahu harganya sebelum memesan; harga juga masuk ke pesan WhatsApp.
    .contoh =
        nama: Kopi bubuk robusta
        satuan: 250 g
    .perbaikan =
        nama: Kopi bubuk robusta
        harga: 25000
        satuan: 250 g
K1253 = `{ $kolom }` bernilai 0
    .hint = tulis harga dalam Rupiah, misalnya `{ $kolom }: 25000`; produk yang belum bisa dijual bisa ditandai `tersedia: false`
    .judul = Harga produk nol
    .arti = Harga 0 tampil sebagai Rp0 dan membingungkan pembeli; biasanya angkanya terlupa.
    .contoh = harga: 0
    .perbaikan = harga: 25000
K1254 = `{ $kategori }` bukan kategori produk
    .hint = pakai salah satu kategori yang ada
    .judul = Kategori produk tidak dikenal
    .arti = Kategori mengelompokkan produk semua desa di portal, jadi hanya kategori dari daftar tetap yang dipakai: makanan-minuman, kerajinan, pertanian, perkebunan, peternakan-perikanan, pakaian-batik, jasa, oleh-oleh, lainnya.
    .contoh = kategori: makanan
    .perbaikan = kategori: makanan-minuman
K1255 = `{ $nomor }` bukan nomor WhatsApp yang bisa dibaca
    .hint = tulis nomor HP yang dipakai WhatsApp, misalnya `0812-3456-7890` atau `+62 812-3456-7890`
    .judul = Nomor WhatsApp tidak bisa dibaca
    .arti = Tombol pesan membuka WhatsApp ke nomor ini, jadi nomornya harus lengkap: angka saja (boleh dengan spasi, tanda hubung atau +62), 10 sampai 13 angka bila diawali 08.
    .contoh = whatsapp: hubungi Bu Sulastri
    .perbaikan = whatsapp: 0812-3456-7890
K1256 = `{ $nomor }` bukan nomor HP Indonesia, jadi tidak bisa dipakai untuk WhatsApp
    .hint = tulis nomor HP penjual yang diawali 08 atau +62 8, misalnya `0812-3456-7890`; nomor telepon rumah atau kantor tidak bisa menerima WhatsApp
    .judul = Nomor WhatsApp bukan nomor HP Indonesia
    .arti = Tombol pesan membuka WhatsApp ke nomor HP Indonesia (diawali 08 atau +62 8). Nomor telepon rumah atau kantor (misalnya 0333-...) dan nomor luar negeri tidak dipakai.
    .contoh = whatsapp: 0333-555111
    .perbaikan = whatsapp: 0812-3456-7890
K1257 = ada { $jumlah } foto; satu produk paling banyak { $batas } foto
    .hint = pilih { $batas } foto terbaik dan hapus sisanya dari `foto`
    .judul = Foto produk terlalu banyak
    .arti = Halaman produk menampilkan paling banyak 3 foto (seperti lapak OpenSID), agar halaman tetap ringan dibuka dari HP.
    .contoh =
        foto:
          - berkas/kopi-1.jpg
          - berkas/kopi-2.jpg
          - berkas/kopi-3.jpg
          - berkas/kopi-4.jpg
    .perbaikan =
        foto:
          - berkas/kopi-1.jpg
          - berkas/kopi-2.jpg
          - berkas/kopi-3.jpg
K1258 = nama penjual kosong
    .hint = tulis nama orang yang bisa dihubungi pembeli setelah `nama:` di bawah `pelapak:`, misalnya `nama: Bu Sulastri`
    .judul = Nama penjual kosong
    .arti = Pembeli perlu tahu kepada siapa ia memesan; nama penjual tampil di halaman produk.
    .contoh =
        pelapak:
          nama: ""
    .perbaikan =
        pelapak:
          nama: Bu Sulastri
          usaha: Kopi Jaran Goyang
          jenis: umkm
K1259 = foto `{ $berkas }` belum punya keterangan; nama produk dipakai sebagai gantinya
    .hint =
        tulis apa isi foto itu, untuk pembaca yang tidak bisa melihatnya:
          - berkas: { $berkas }
            keterangan: Bungkus kopi bubuk 250 gram
    .judul = Foto produk tanpa keterangan
    .arti = Keterangan foto dibacakan untuk pembaca tunanetra dan tampil bila foto tidak bisa dimuat. Ini peringatan: situs tetap dibuat.
    .contoh =
        foto:
          - berkas/kopi-1.jpg
    .perbaikan =
        foto:
          - berkas: berkas/kopi-1.jpg
            keterangan: Bungkus kopi bubuk 250 gram
K1260 = kolom `{ $kolom }` diterjemahkan, tetapi tidak diisi di { $berkas }
    .hint = tambahkan dulu ke { $berkas }, atau hapus di sini
    .judul = Terjemahan kolom produk yang tidak ada
    .arti = Terjemahan produk hanya menerjemahkan kolom yang sudah diisi di berkas bahasa Indonesia; kolom ini belum ada di sana.
    .contoh = satuan: 250 g pack  (di kopi.en.md, padahal kopi.md tidak punya `satuan`)
    .perbaikan = satuan: 250 g  (tambahkan dulu di kopi.md)
# Saran untuk berkas produk tanpa bagian pembuka (front matter).
produk-hint-awal =
    awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, misalnya:
    ---
    nama: Kopi bubuk robusta
    harga: 25000
    satuan: 250 g
    pelapak:
      nama: Bu Sulastri
    whatsapp: 0812-3456-7890
    ---
# Saran untuk kategori yang tidak dikenal.
produk-hint-kategori = kategori yang boleh: { $daftar }
produk-hint-kategori-mirip = maksud Anda `{ $saran }`? (kategori yang boleh: { $daftar })
