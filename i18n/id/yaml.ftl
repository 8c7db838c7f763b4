# Penulisan berkas YAML (.yaml, dan bagian atas berkas .md di antara dua baris ---).

K0101 = kolom `{ $nama }` tidak dikenal di sini
    .hint = periksa ejaan nama kolom
    .judul = Nama kolom tidak dikenal
    .arti = Ada kolom yang namanya tidak dikenal kampung di tempat itu, biasanya karena salah ketik atau letak (indentasi) yang bergeser.
    .contoh = kecamtan: Glagah
    .perbaikan = kecamatan: Glagah
yaml-known-fields = kolom yang dikenal di sini: { $daftar }
yaml-known-fields-close = maksud Anda `{ $saran }`? (kolom yang dikenal di sini: { $daftar })
yaml-no-fields = di tempat ini tidak ada kolom; hapus baris ini atau geser ke kiri

K0102 = kolom wajib `{ $nama }` belum diisi
    .hint = tambahkan baris `{ $nama }: ...` di tempat ini
    .judul = Kolom wajib belum ada
    .arti = Kolom ini harus ada agar halaman bisa dibuat.
    .contoh = kode: 35.10.06.2003   (tanpa baris nama)
    .perbaikan = nama: Kemiren
yaml-empty-file = berkas ini kosong; isi paling sedikit baris `{ $nama }: ...`

K0103 = kolom `{ $nama }` ditulis dua kali
    .hint = simpan satu baris `{ $nama }:` dan hapus yang lain
    .judul = Kolom ditulis dua kali
    .arti = Satu kolom hanya boleh muncul sekali di tempat yang sama.
    .contoh = nama: Kemiren  … lalu di bawahnya lagi  nama: Desa Kemiren
    .perbaikan = nama: Desa Kemiren   (satu baris saja)

K0104 = di sini seharusnya { $diharapkan }, tetapi tertulis { $ditemukan }
    .judul = Jenis isian tidak sesuai
    .arti = Kolom ini meminta jenis isian tertentu (angka, daftar, teks, true/false), tetapi yang tertulis jenis lain.
    .contoh = penduduk: banyak
    .perbaikan = penduduk: 2545
yaml-kind-list = sebuah daftar
yaml-kind-fields = beberapa kolom di bawahnya
yaml-kind-whole-number = angka bulat
yaml-kind-decimal = angka (boleh pakai titik desimal)
yaml-kind-yes-no = `true` atau `false`
yaml-kind-text = teks
yaml-kind-other = { $jenis }
yaml-found-text = teks "{ $nilai }"
yaml-found-number = angka { $nilai }
yaml-found-decimal = angka desimal { $nilai }
yaml-found-yes-no = `{ $nilai }`
yaml-found-list = sebuah daftar
yaml-found-fields = beberapa kolom
yaml-found-empty = isian kosong
yaml-found-other = { $nilai }
yaml-hint-list = tulis sebuah daftar, satu butir per baris diawali `- `
yaml-hint-fields = tulis kolom-kolomnya di bawah baris ini, menjorok dengan spasi, satu `nama: isi` per baris
yaml-hint-whole-number = tulis angka bulat tanpa titik, koma, atau tanda kutip, misalnya `1250`
yaml-hint-decimal = tulis angka dengan titik sebagai tanda desimal, misalnya `-8.2149`
yaml-hint-yes-no = tulis `true` (ya) atau `false` (tidak)
yaml-hint-text = beri tanda kutip lurus di kedua ujung teks, misalnya "08.00"

K0105 = `{ $nilai }` bukan pilihan yang boleh di sini
    .judul = Pilihan tidak dikenal
    .arti = Kolom ini hanya menerima beberapa pilihan tetap.
    .contoh = kategori: pantai-pasir
    .perbaikan = kategori: alam
yaml-allowed = pilihan yang boleh: { $daftar }
yaml-allowed-close = maksud Anda `{ $saran }`? (pilihan yang boleh: { $daftar })

K0106 = di sini mulai dokumen YAML kedua
    .hint = satu berkas hanya berisi satu dokumen: hapus baris `---` atau `...` ini (hanya berkas .md yang memakai baris `---`, di sekitar bagian atasnya)
    .judul = Dokumen kedua dalam satu berkas
    .arti = Baris `---` di tengah berkas .yaml memulai dokumen baru, dan isinya tidak terbaca.
    .contoh = nama: Kemiren  /  ---  /  kode: 35.10.06.2003
    .perbaikan = nama: Kemiren  /  kode: 35.10.06.2003   (tanpa baris ---)

K0107 = baris pertama diawali { $n } spasi, tetapi baris di bawahnya tidak
    .hint = hapus spasi sebelum `{ $kunci }:` di baris { $baris }: kolom paling atas dimulai di tepi kiri
    .judul = Baris pertama menjorok
    .arti = Kolom-kolom paling atas harus dimulai di tepi kiri, tanpa spasi di depannya.
    .contoh = "  nama: Kemiren" (dua spasi di depan)
    .perbaikan = "nama: Kemiren" (tanpa spasi di depan)

K0108 = teks masih berlanjut setelah dokumen YAML berakhir
    .hint = periksa letak (indentasi): kolom yang setingkat dimulai di kolom huruf yang sama
    .judul = Teks sesudah akhir dokumen
    .arti = Ada baris yang letaknya tidak cocok dengan baris-baris di atasnya, sehingga tidak termasuk bagian mana pun.
    .contoh = kantor:  /  ··alamat: Jl. Raya  / ·telepon: 0333   (telepon bergeser satu spasi)
    .perbaikan = kantor:  /  ··alamat: Jl. Raya  /  ··telepon: 0333

K0109 = berkas berakhir padahal isian belum ditulis
    .hint = tulis isiannya sesudah tanda `:`, atau hapus baris yang belum selesai
    .judul = Berkas berakhir di tengah isian
    .arti = Baris terakhir belum selesai: ada tanda kutip atau kurung yang belum ditutup, atau isian kosong.
    .contoh = nama: "Kemiren
    .perbaikan = nama: "Kemiren"

K0110 = tanda `&` (anchor) tidak boleh dipakai di berkas isi
    .hint = tulis nilainya lengkap, atau beri tanda kutip pada teks yang diawali `&`, misalnya "& lainnya"
    .judul = Anchor (&) tidak boleh
    .arti = YAML punya cara menyalin isian dengan `&` dan `*`; kampung menolaknya agar satu berkas tidak bisa membengkak menjadi sangat besar.
    .contoh = telepon: &tel 0333-123
    .perbaikan = telepon: 0333-123

K0111 = tanda `*` (alias) tidak boleh dipakai di berkas isi
    .hint = tulis nilainya lengkap, atau beri tanda kutip pada teks yang diawali `*`, misalnya "*baru*"
    .judul = Alias (*) tidak boleh
    .arti = `*nama` menyalin isian yang ditandai `&nama`; kampung menolaknya. Teks yang diawali bintang perlu tanda kutip.
    .contoh = judul: *Baru* Festival Kopi
    .perbaikan = judul: "*Baru* Festival Kopi"

K0112 = daftar dan kolom bertumpuk lebih dari { $batas } tingkat di sini
    .hint = cari tanda `[` atau `{"{"}` yang tidak pernah ditutup; isi desa hanya perlu beberapa tingkat
    .judul = Terlalu banyak tingkat
    .arti = Ada kurung yang dibuka berulang kali tanpa ditutup, atau susunan yang terlalu dalam.
    .contoh = tags: [[[[[[alam
    .perbaikan = tags: [alam, budaya]

K0113 = susunan baris ini tidak bisa dibaca
    .hint = periksa letak (indentasi) baris ini dan baris di atasnya, dan beri tanda kutip pada teks yang berisi `:` atau `#`, misalnya judul: "Jam buka: 08.00"
    .judul = Susunan baris tidak terbaca
    .arti = Letak spasi di awal baris, tanda kutip, atau tanda `:` membuat baris ini tidak bisa dibaca.
    .contoh = judul: Jam buka: 08.00
    .perbaikan = judul: "Jam buka: 08.00"

K0114 = baris { $baris } memakai karakter Tab untuk menjorok
    .hint = hapus Tab di awal baris ini dan ganti dengan spasi (biasanya 2 spasi per tingkat); di Notepad, Tab dan spasi terlihat sama
    .judul = Tab dipakai untuk menjorok
    .arti = YAML hanya menerima spasi di awal baris. Tombol Tab membuat baris bergeser ke bagian lain atau tidak terbaca.
    .contoh = kepala:  /  [Tab]nama: Edy Saputro
    .perbaikan = kepala:  /  ··nama: Edy Saputro   (dua spasi)

K0115 = tanda kutip melengkung “ ” atau ‘ ’ dari pengolah kata tidak dipakai sebagai tanda kutip
    .hint = ganti dengan tanda kutip lurus " atau ', seperti ini: { $perbaikan }
    .judul = Tanda kutip melengkung
    .arti = Word dan WhatsApp mengubah tanda kutip menjadi melengkung (“ ”). YAML hanya mengenal tanda kutip lurus (" dan ').
    .contoh = judul: “Jam buka: 08.00”
    .perbaikan = judul: "Jam buka: 08.00"

K0116 = ada tanda `:` di dalam teks tanpa tanda kutip
    .hint = beri tanda kutip pada seluruh teks, seperti ini: { $perbaikan }
    .judul = Titik dua di dalam teks
    .arti = Tanda `:` yang diikuti spasi memisahkan nama kolom dari isinya; jika teksnya sendiri berisi `: `, teks itu perlu tanda kutip.
    .contoh = jabatan: Kepala Dusun (Ketua: Pak Slamet)
    .perbaikan = jabatan: "Kepala Dusun (Ketua: Pak Slamet)"

K0117 = tanda `:` sesudah nama kolom `{ $kunci }` tidak ada
    .hint = tulis titik dua sesudah nama kolom: { $perbaikan }
    .judul = Titik dua sesudah nama kolom hilang
    .arti = Setiap baris kolom ditulis `nama: isi`. Tanpa titik dua, baris itu tidak terbaca sebagai kolom.
    .contoh = nama Kemiren
    .perbaikan = nama: Kemiren

K0118 = { $ditemukan } tidak bisa dipakai di sini: seharusnya { $diharapkan }
    .judul = Isian tidak bisa dipakai
    .arti = Jenis isiannya benar, tetapi nilainya tidak bisa dipakai, misalnya angka negatif untuk jumlah penduduk.
    .contoh = penduduk: -2545
    .perbaikan = penduduk: 2545

K0119 = isian ini tidak bisa dibaca: { $sebab }
    .hint = periksa baris ini; bandingkan dengan contoh di panduan admin
    .judul = Isian tidak terbaca
    .arti = Pembaca YAML menolak isian ini karena alasan lain yang disebut di pesan.
    .contoh = (berbagai kesalahan lain)
    .perbaikan = Bandingkan baris itu dengan contoh di panduan, lalu simpan lagi.

K0120 = baris ini menjorok { $n } spasi, padahal kolom `{ $kunci }` di atasnya { $atas } spasi
    .hint = kolom yang setingkat dimulai di kolom huruf yang sama: buat baris ini menjorok { $atas } spasi, sama seperti `{ $kunci }:`
    .judul = Menjorok tidak rata
    .arti = Kolom-kolom yang setingkat harus dimulai tepat di bawah satu sama lain. Satu spasi lebih atau kurang membuat baris tidak terbaca.
    .contoh = kantor:  /  ··alamat: Jl. Raya  /  ···telepon: 0333-555101
    .perbaikan = kantor:  /  ··alamat: Jl. Raya  /  ··telepon: 0333-555101
