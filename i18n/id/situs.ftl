# Pengaturan situs (content/site.yaml), pemuatan folder content/, profil desa
# (desa.yaml) dan isian yang memeriksa dirinya sendiri (tanggal, kode, uang, koordinat).

## content/site.yaml
K0201 = judul portal kosong
    .hint = tulis nama portal, misalnya `judul: Portal Desa Kabupaten Banyuwangi`
    .judul = Judul portal kosong
    .arti = Kolom judul di content/site.yaml wajib diisi: judul itu tampil di setiap halaman portal.
    .contoh = judul:
    .perbaikan = judul: Portal Desa Kabupaten Banyuwangi
K0202 = `{ $url }` bukan alamat web http(s)
    .hint = tulis alamat lengkapnya, misalnya `base_url: https://desa.banyuwangikab.go.id`
    .judul = Alamat situs tidak lengkap
    .arti = Kolom base_url harus berisi alamat web lengkap yang diawali https:// atau http://.
    .contoh = base_url: desa.banyuwangikab.go.id
    .perbaikan = base_url: https://desa.banyuwangikab.go.id
K0203 = daftar bahasa kosong
    .hint = tulis setidaknya bahasa utama, misalnya `bahasa: [id]`
    .judul = Daftar bahasa kosong
    .arti = Kolom bahasa di content/site.yaml berisi daftar bahasa situs; bahasa pertama adalah bahasa utama.
    .contoh = bahasa: []
    .perbaikan = bahasa: [id, en]
K0204 = `{ $kode }` bukan kode bahasa
    .hint = pakai kode dua atau tiga huruf kecil, misalnya `id`, `en` atau `jv`
    .judul = Kode bahasa tidak dikenal
    .arti = Setiap bahasa ditulis dengan kodenya: dua atau tiga huruf kecil.
    .contoh = bahasa: [Indonesia, English]
    .perbaikan = bahasa: [id, en]
K0205 = bahasa `{ $kode }` tertulis dua kali
    .hint = hapus salah satunya
    .judul = Bahasa tertulis dua kali
    .arti = Setiap bahasa cukup ditulis sekali dalam daftar bahasa.
    .contoh = bahasa: [id, en, id]
    .perbaikan = bahasa: [id, en]
K0206 = `{ $tema }` bukan nama folder tema
    .hint = nama tema hanya memakai a-z, 0-9 dan -, misalnya `default`
    .judul = Nama tema tidak sah
    .arti = Kolom tema menyebut nama folder tema; nama itu hanya boleh berisi huruf kecil, angka dan tanda -.
    .contoh = tema: Tema Desa
    .perbaikan = tema: tema-desa

## desa.yaml
K0210 = `{ $nomor }` bukan nomor telepon
    .hint = tulis nomor beserta kode wilayahnya, misalnya `0333-555111` atau `+62 333 555111`
    .judul = Nomor telepon tidak sah
    .arti = Nomor telepon harus bisa ditelepon langsung dari halaman situs: angka dengan kode wilayah.
    .contoh = telepon: kantor desa
    .perbaikan = telepon: "0333-555111"
K0211 = `{ $nomor }` bukan nomor ponsel
    .hint = tulis nomor WhatsApp seperti `0812-3456-7890` atau `+62 812 3456 7890`
    .judul = Nomor WhatsApp tidak sah
    .arti = Nomor WhatsApp harus nomor ponsel Indonesia (diawali 08 atau +62 8).
    .contoh = whatsapp: "0333-555111"
    .perbaikan = whatsapp: "0812-3456-7890"
K0212 = kolom `{ $kolom }` kosong
    .hint = isi kolom itu, misalnya `nama: Kemiren` atau `kecamatan: Glagah`
    .judul = Kolom wajib kosong
    .arti = Kolom nama dan kecamatan di desa.yaml wajib diisi.
    .contoh = kecamatan:
    .perbaikan = kecamatan: Glagah
K0213 = `{ $email }` bukan alamat email
    .hint = tulis seperti `pemdes@kemiren.desa.id`
    .judul = Alamat email tidak sah
    .arti = Alamat email berisi nama, tanda @, lalu nama domain dengan titik, tanpa spasi.
    .contoh = email: pemdes kemiren
    .perbaikan = email: pemdes@kemiren.desa.id
K0214 = jumlah { $jumlah }, tetapi laki_laki + perempuan = { $laki } + { $perempuan } = { $hasil }
    .hint = betulkan salah satu dari ketiga angka itu sampai jumlahnya cocok
    .judul = Jumlah penduduk tidak cocok
    .arti = Kolom jumlah di penduduk harus sama dengan laki_laki ditambah perempuan.
    .contoh =
        penduduk:
          jumlah: 2500
          laki_laki: 1200
          perempuan: 1200
    .perbaikan =
        penduduk:
          jumlah: 2400
          laki_laki: 1200
          perempuan: 1200
K0215 = luas { $luas } harus lebih dari 0
    .hint = tulis luas wilayah desa dalam km², dengan titik untuk desimal, misalnya `luas_km2: 1.77`
    .judul = Luas wilayah tidak sah
    .arti = Kolom luas_km2 berisi luas desa dalam kilometer persegi, dan harus lebih dari nol.
    .contoh = luas_km2: 0
    .perbaikan = luas_km2: 1.77
K0216 = `{ $kolom }` diterjemahkan, tetapi tidak ada di { $berkas }
    .hint = tambahkan `{ $kolom }` ke { $berkas } dulu, atau hapus dari terjemahan ini
    .judul = Terjemahan tanpa aslinya
    .arti = Berkas terjemahan hanya boleh menerjemahkan kolom yang sudah ada di berkas bahasa utama.
    .contoh = slogan: Harmony (di desa.en.yaml, padahal desa.yaml tidak punya slogan)
    .perbaikan = slogan: Rukun (tambahkan dulu di desa.yaml)

## Membaca folder content/
K0220 = berkas ini berisi data biner, bukan teks
    .hint = di tempat ini kampung membutuhkan berkas teks yang disimpan dari penyunting teks biasa (Notepad)
    .judul = Berkas bukan teks
    .arti = Berkas .yaml dan .md harus berupa teks biasa; berkas ini berisi data lain (misalnya disimpan dari Word).
    .contoh = desa.yaml disimpan dari Word sebagai .docx lalu diganti namanya
    .perbaikan = Buka desa.yaml di Notepad, tulis isinya, lalu simpan sebagai teks.
K0221 = berkas ini bukan teks UTF-8
    .hint = buka berkas di penyunting teks, lalu simpan dengan pengodean UTF-8 (di Notepad: Simpan Sebagai › Pengodean: UTF-8)
    .judul = Berkas bukan UTF-8
    .arti = kampung membaca teks dalam pengodean UTF-8; berkas ini disimpan dengan pengodean lain, sehingga huruf tertentu tidak terbaca.
    .contoh = desa.yaml disimpan dengan pengodean ANSI
    .perbaikan = Simpan ulang desa.yaml dengan pengodean UTF-8.
K0222 = tidak ada folder desa content/{ $desa }/
    .hint = periksa ejaan nama desa setelah --only
    .judul = Folder desa tidak ada
    .arti = Pilihan --only menyebut desa yang foldernya tidak ada di content/.
    .contoh = kampung build --only kemirin
    .perbaikan = kampung build --only kemiren
situs-hint-villages = folder desa yang ada: { $daftar }
K0223 = desa ini punya { $n } kesalahan, jadi tidak diperbarui: halamannya yang sudah terbit tetap seperti semula
    .hint = jalankan `kampung check` untuk melihat kesalahannya; `--only` tetap memperbarui desa yang disebut walaupun desa lain masih ada kesalahan
    .judul = Desa tidak diperbarui
    .arti = Saat build dengan --only, desa lain yang masih ada kesalahan dibiarkan seperti hasil terakhir.
    .contoh = kampung build --only kemiren (desa olehsari masih ada kesalahan)
    .perbaikan = Perbaiki kesalahan desa olehsari, lalu jalankan lagi kampung build.
K0224 = `{ $nama }` bukan nama folder desa yang sah
    .hint = nama folder menjadi alamat web: pakai huruf kecil a-z, angka 0-9 dan -, misalnya `{ $saran }`
    .judul = Nama folder desa tidak sah
    .arti = Nama folder desa menjadi bagian alamat situs, jadi hanya boleh berisi huruf kecil, angka dan tanda -.
    .contoh = content/Desa_Kemiren/
    .perbaikan = content/desa-kemiren/
K0225 = `{ $nama }` sudah dipakai untuk halaman portal atau bahasa, jadi tidak bisa menjadi folder desa
    .hint = ganti nama folder, misalnya dengan nama lengkap desa
    .judul = Nama folder desa sudah terpakai
    .arti = Beberapa nama (misalnya layanan, en) sudah menjadi alamat halaman portal.
    .contoh = content/layanan/
    .perbaikan = content/desa-layanan/
K0226 = `{ $bahasa }` adalah bahasa utama, jadi teksnya ditulis di berkas tanpa `.{ $bahasa }`
    .hint = gabungkan isi berkas ini ke berkas yang tanpa kode bahasa
    .judul = Berkas bahasa utama memakai kode bahasa
    .arti = Teks dalam bahasa utama ditulis di berkas biasa (desa.yaml); hanya terjemahan yang memakai kode bahasa (desa.en.yaml).
    .contoh = desa.id.yaml
    .perbaikan = desa.yaml
K0227 = ini terjemahan ke bahasa `{ $bahasa }`, yang tidak ada di daftar `bahasa` di site.yaml; berkas ini diabaikan
    .hint = tambahkan `{ $bahasa }` ke `bahasa` di content/site.yaml agar terjemahan ini terbit
    .judul = Terjemahan ke bahasa yang tidak dipakai
    .arti = Terjemahan hanya terbit untuk bahasa yang tercantum di kolom bahasa di content/site.yaml.
    .contoh = desa.jv.yaml, padahal site.yaml berisi bahasa: [id, en]
    .perbaikan = bahasa: [id, en, jv]
K0228 = kampung tidak mengenal berkas ini; berkas ini diabaikan
    .hint = lihat docs/admin-guide.md untuk berkas yang boleh ada di situs
    .judul = Berkas tidak dikenal
    .arti = Berkas ini tidak dipakai kampung, jadi tidak terbit.
    .contoh = content/catatan.docx
    .perbaikan = Pindahkan catatan.docx ke luar folder content/.
K0230 = tautan simbolik (symlink) tidak diikuti; yang ini diabaikan
    .hint = salin berkasnya ke folder desa
    .judul = Tautan simbolik diabaikan
    .arti = kampung tidak membaca tautan simbolik (pintasan) di folder desa.
    .contoh = berkas/formulir.pdf adalah pintasan ke D:\dokumen\formulir.pdf
    .perbaikan = Salin formulir.pdf ke folder berkas/.
K0231 = berkas anggaran tidak diterjemahkan; berkas ini diabaikan
    .hint = nama-nama resmi anggaran ditampilkan dalam bahasa Indonesia dengan penjelasan di halaman setiap bahasa
    .judul = Terjemahan berkas anggaran
    .arti = Berkas APBDes hanya satu untuk semua bahasa.
    .contoh = apbdes/2024.en.yaml
    .perbaikan = Hapus apbdes/2024.en.yaml; apbdes/2024.yaml sudah cukup.
K0232 = berkas anggaran diberi nama tahunnya, misalnya `apbdes/2024.yaml`; berkas ini diabaikan
    .hint = ganti nama berkas dengan tahun anggaran yang dimuatnya
    .judul = Nama berkas anggaran tidak sah
    .arti = Setiap berkas di folder apbdes/ berisi satu tahun anggaran dan diberi nama tahun itu.
    .contoh = apbdes/apbdes-2024.yaml
    .perbaikan = apbdes/2024.yaml
K0233 = `{ $nama }` bukan nama halaman yang sah
    .hint = nama berkas menjadi alamat web: pakai huruf kecil a-z, angka 0-9 dan -, misalnya `{ $saran }.md`
    .judul = Nama halaman tidak sah
    .arti = Nama berkas halaman, berita dan wisata menjadi bagian alamat web, jadi hanya boleh berisi huruf kecil, angka dan tanda -.
    .contoh = halaman/Sejarah Desa.md
    .perbaikan = halaman/sejarah-desa.md
K0234 = hanya berkas Markdown (.md) yang boleh ada di { $bagian }/; berkas ini diabaikan
    .hint = pindahkan gambar dan dokumen ke berkas/
    .judul = Berkas bukan Markdown
    .arti = Folder halaman/, berita/ dan wisata/ hanya berisi tulisan (.md); foto dan dokumen disimpan di berkas/.
    .contoh = halaman/foto-balai.jpg
    .perbaikan = berkas/foto-balai.jpg
K0235 = kampung tidak mengenal { $jenis ->
        [folder] folder
       *[berkas] berkas
    } ini; { $jenis ->
        [folder] folder
       *[berkas] berkas
    } ini diabaikan
    .hint = folder desa berisi desa.yaml, index.md, layanan.yaml, halaman/, berita/, wisata/, apbdes/, pembangunan/ dan berkas/
    .judul = Isi folder desa tidak dikenal
    .arti = Berkas atau folder ini tidak dipakai kampung, jadi tidak terbit.
    .contoh = content/kemiren/foto/
    .perbaikan = content/kemiren/berkas/foto/
K0236 = folder desa ini tidak punya desa.yaml
    .hint = tambahkan desa.yaml yang berisi setidaknya `nama:` dan `kecamatan:` (lihat docs/admin-guide.md)
    .judul = desa.yaml tidak ada
    .arti = Setiap folder desa membutuhkan desa.yaml, profil desa.
    .contoh = content/kemiren/ hanya berisi index.md
    .perbaikan =
        nama: Kemiren
        kecamatan: Glagah
K0237 = `{ $nama }` adalah alamat salah satu bagian situs desa
    .hint = ganti nama berkas, misalnya menjadi `{ $nama }-desa.md`
    .judul = Nama halaman sudah terpakai
    .arti = Beberapa nama halaman sudah menjadi alamat bagian situs desa (misalnya layanan atau wisata).
    .contoh = halaman/layanan.md
    .perbaikan = halaman/layanan-desa.md
K0238 = ini terjemahan dari { $berkas }, yang tidak ada
    .hint = buat dulu berkas dalam bahasa utama, atau periksa apakah kedua namanya sama
    .judul = Terjemahan tanpa berkas asli
    .arti = Sebuah terjemahan (misalnya sejarah.en.md) membutuhkan berkas bahasa utama dengan nama yang sama (sejarah.md).
    .contoh = halaman/sejarah.en.md tanpa halaman/sejarah.md
    .perbaikan = Buat halaman/sejarah.md, atau ganti nama terjemahannya agar sama.

## Isian yang memeriksa dirinya sendiri
situs-expecting-value = satu nilai (angka atau teks)
K0250 = `{ $teks }` bukan tanggal yang sah
    .hint = tulis tanggal sebagai tahun-bulan-hari, misalnya `2026-10-14`
    .judul = Tanggal tidak sah
    .arti = Tanggal ditulis tahun-bulan-hari dengan angka, dan harus ada di kalender.
    .contoh = tanggal: 14-10-2026
    .perbaikan = tanggal: 2026-10-14
K0251 = `{ $teks }` bukan kode desa Kemendagri
    .hint = tulis kode Kemendagri 10 angka di antara tanda kutip, misalnya `kode: "35.10.15.2004"`
    .judul = Kode desa tidak sah
    .arti = Kode desa dari Kemendagri berbentuk NN.NN.NN.NNNN (2, 2, 2 dan 4 angka dipisah titik).
    .contoh = kode: 35.10.15
    .perbaikan = kode: "35.10.15.2004"
K0252 = biaya { $teks } bernilai negatif
    .hint = tulis jumlah Rupiah dengan angka saja, tanpa titik, dan 0 kalau gratis: `biaya: 10000`
    .judul = Biaya negatif
    .arti = Biaya layanan dan harga tiket tidak boleh di bawah nol.
    .contoh = biaya: -5000
    .perbaikan = biaya: 5000
K0253 = biaya { $teks } bukan angka Rupiah yang bulat
    .hint = tulis jumlah Rupiah dengan angka saja, tanpa titik dan tanpa sen, dan 0 kalau gratis: `biaya: 10000`
    .judul = Biaya memakai sen
    .arti = Biaya layanan dan harga tiket ditulis dalam Rupiah bulat, tanpa sen.
    .contoh = harga: 7500.50
    .perbaikan = harga: 7500
K0254 = biaya `{ $teks }` bukan angka
    .hint = tulis jumlah Rupiah dengan angka saja, tanpa titik, dan 0 kalau gratis: `biaya: 10000`
    .judul = Biaya bukan angka
    .arti = Biaya layanan dan harga tiket ditulis dengan angka saja; kata seperti "gratis" ditulis 0.
    .contoh = biaya: gratis
    .perbaikan = biaya: 0
K0255 = `{ $teks }` terbaca seperti { $angka } yang ditulis dengan pemisah ribuan: tulis { $angka } tanpa { $pemisah ->
        [koma] koma
       *[titik] titik
    }
    .hint = di kampung, titik dalam angka memisahkan Rupiah dan sen (`1250000.50`), jadi titik ribuan membuat angka salah terbaca; tulis semua angka tanpa pemisah ribuan
    .judul = Angka dengan titik ribuan
    .arti = Di kampung, titik dalam angka memisahkan Rupiah dan sen (1250000.50), jadi titik ribuan membuat angka salah terbaca: 2.500 menjadi dua Rupiah lima puluh sen.
    .contoh = anggaran: 1.250.000
    .perbaikan = anggaran: 1250000
K0256 = jumlah { $teks } bernilai negatif
    .hint = jumlah uang tidak boleh negatif; tulis 0 kalau tidak ada
    .judul = Jumlah uang negatif
    .arti = Anggaran dan realisasi tidak boleh di bawah nol; hanya surplus_defisit, pembiayaan_netto dan silpa yang boleh negatif.
    .contoh = anggaran: -900000000
    .perbaikan = anggaran: 900000000
K0257 = `{ $teks }` bukan jumlah uang
    .hint = tulis jumlah Rupiah dengan titik sebelum sen dan tanpa pemisah ribuan, misalnya `1220937619.09`
    .judul = Jumlah uang tidak terbaca
    .arti = Jumlah uang ditulis dengan angka saja; sen ditulis setelah titik.
    .contoh = anggaran: Rp 870 juta
    .perbaikan = anggaran: 870000000
K0258 = `{ $teks }` punya lebih dari 2 angka desimal; jumlah uang ditulis dalam Rupiah dan sen
    .hint = tulis jumlah Rupiah dengan titik sebelum sen dan tanpa pemisah ribuan, misalnya `1220937619.09`
    .judul = Terlalu banyak angka desimal
    .arti = Setelah titik hanya ada sen: paling banyak dua angka.
    .contoh = anggaran: 1220937619.095
    .perbaikan = anggaran: 1220937619.09
K0259 = jumlah uang belum ditulis
    .hint = tulis jumlahnya dengan angka, misalnya `10000` (0 kalau gratis atau tidak ada)
    .judul = Jumlah uang kosong
    .arti = Kolom uang (biaya, harga, anggaran) ada, tetapi angkanya belum ditulis.
    .contoh = biaya:
    .perbaikan = biaya: 0
K0260 = { $teks } berada di luar { $dari }..{ $sampai }
    .hint = { $sumbu ->
        [lat] lintang (lat) berada di antara -90 dan 90; desa di Jawa sekitar -8.2 (di selatan khatulistiwa)
       *[lon] bujur (lon) berada di antara -180 dan 180; Banyuwangi sekitar 114.3
    }
    .judul = Koordinat di luar batas
    .arti = Lintang (lat) hanya dari -90 sampai 90 dan bujur (lon) hanya dari -180 sampai 180.
    .contoh = lon: 214.3302
    .perbaikan = lon: 114.3302
K0261 = `{ $teks }` bukan angka derajat
    .hint = tulis koordinat dengan angka dan titik untuk desimal, misalnya `{ $sumbu ->
        [lat] lat: -8.2149
       *[lon] lon: 114.3443
    }`
    .judul = Koordinat bukan angka
    .arti = Koordinat ditulis sebagai angka derajat dengan titik untuk desimal, seperti yang tampil di Google Maps.
    .contoh = lat: -8,2149
    .perbaikan = lat: -8.2149
K0263 = lintang { $teks } sebenarnya bujur: lat dan lon tampaknya tertukar
    .hint = tukar kedua angkanya: lat kira-kira -11 sampai 6, lon kira-kira 95 sampai 141 (misalnya `lat: -8.2149` dan `lon: 114.3443`)
    .judul = Lintang dan bujur tertukar
    .arti = Angka lat berisi bujur Indonesia (95 sampai 141); biasanya lat dan lon tertukar saat disalin.
    .contoh =
        lat: 114.3443
        lon: -8.2149
    .perbaikan =
        lat: -8.2149
        lon: 114.3443
K0262 = lat { $lat } berada di utara khatulistiwa, di luar Indonesia; mungkin maksudnya { $benar }
    .hint = tulis `lat: { $benar }`: tempat di selatan khatulistiwa (Jawa, Bali, Nusa Tenggara) ditulis dengan tanda minus
    .judul = Tanda minus lintang hilang
    .arti = Desa di Jawa, Bali dan Nusa Tenggara berada di selatan khatulistiwa, jadi lintangnya (lat) negatif. Tanpa minus, petanya menunjuk ke laut di utara Kalimantan.
    .contoh = lat: 8.2149
    .perbaikan = lat: -8.2149
K0264 = lon { $lon } berada di luar Indonesia; mungkin maksudnya { $benar }
    .hint = tulis `lon: { $benar }`: bujur Indonesia kira-kira 95 sampai 141
    .judul = Angka bujur kurang satu
    .arti = Bujur (lon) Indonesia berada di antara 95 dan 141; angka pertama tampaknya terhapus.
    .contoh = lon: 14.3443
    .perbaikan = lon: 114.3443
K0265 = koordinat lat { $lat }, lon { $lon } berada di luar Indonesia
    .hint = salin koordinatnya dari Google Maps (klik kanan pada tempatnya): di Indonesia lat kira-kira -11 sampai 6 dan lon 95 sampai 141
    .judul = Koordinat di luar Indonesia
    .arti = Titik peta ini tidak berada di Indonesia, jadi mungkin ada angka yang salah tulis.
    .contoh =
        lat: 48.8584
        lon: 2.2945
    .perbaikan =
        lat: -8.2149
        lon: 114.3443
K0270 = `portal: false` diabaikan: situs ini punya { $n } desa, dan halaman depan situs dengan beberapa desa selalu portal
    .hint = hapus baris `portal: false`, atau simpan hanya satu folder desa di content/
    .judul = `portal: false` dengan beberapa desa
    .arti = `portal: false` membuat halaman depan situs menjadi beranda satu desa. Itu hanya bisa bila content/ berisi satu folder desa; dengan beberapa desa, halaman depan tetap portal.
    .contoh = portal: false
    .perbaikan = # baris portal dihapus
K0280 = logo `{ $berkas }` bukan gambar PNG, JPEG, WebP atau SVG
    .hint = simpan lambang itu sebagai gambar PNG (atau SVG) di folder berkas/, lalu tulis `logo: berkas/lambang.png`
    .judul = Logo bukan gambar
    .arti = Kolom `logo` di desa.yaml (atau di site.yaml untuk kabupaten) menyebut lambang yang tampil di samping nama desa atau portal. Lambang itu harus berupa gambar PNG, JPEG, WebP atau SVG di folder berkas/.
    .contoh = logo: berkas/lambang.pdf
    .perbaikan = logo: berkas/lambang.png
K0281 = logo `{ $berkas }` berupa SVG yang dimampatkan (.svgz), yang tidak bisa dibaca
    .hint = simpan lambang itu sebagai SVG biasa (.svg) atau PNG, lalu tulis `logo: berkas/lambang.svg`
    .judul = Logo berupa .svgz
    .arti = Berkas .svgz adalah SVG yang dimampatkan. kampung hanya membaca SVG biasa (.svg), yang lalu digambar menjadi PNG.
    .contoh = logo: berkas/lambang.svgz
    .perbaikan = logo: berkas/lambang.svg
K0282 = logo SVG ini tidak bisa dibaca: { $sebab }
    .hint = buka lambang itu di program gambar (misalnya Inkscape), simpan lagi sebagai "Plain SVG", atau simpan sebagai PNG dan tulis `logo: berkas/lambang.png`
    .judul = Logo SVG rusak
    .arti = Logo SVG digambar menjadi PNG sebelum diterbitkan. Berkas ini tidak bisa dibaca sebagai gambar SVG, misalnya karena terpotong atau bukan SVG.
    .contoh = <svg xmlns="http://www.w3.org/2000/svg"><path
    .perbaikan = <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120"><path d="M5 5h90v60q0 40-45 50q-45-10-45-50z"/></svg>
K0283 = logo SVG ini { $ukuran }, lebih besar dari batas { $batas }
    .hint = sederhanakan gambarnya (di Inkscape: Path > Simplify, lalu simpan sebagai "Optimized SVG"), atau simpan sebagai PNG dan tulis `logo: berkas/lambang.png`
    .judul = Logo SVG terlalu besar
    .arti = Lambang yang tampil setinggi 40 piksel tidak perlu berkas sebesar ini; berkas SVG sebesar itu biasanya berisi gambar foto di dalamnya atau garis yang sangat rinci.
    .contoh = berkas/lambang.svg (3 MiB)
    .perbaikan = berkas/lambang.svg (40 KiB)
K0284 = logo SVG ini berukuran { $lebar }×{ $tinggi }: kosong, atau lebih dari 4 kali lebih lebar daripada tingginya (atau sebaliknya)
    .hint = beri gambarnya ukuran dengan `viewBox` (misalnya `viewBox="0 0 100 120"`) dan potong bagian kosong di sekitar lambang
    .judul = Ukuran logo SVG tidak cocok
    .arti = Lambang tampil setinggi 40 piksel di samping nama desa. Gambar tanpa ukuran, atau yang jauh lebih lebar daripada tingginya, tidak bisa tampil di sana.
    .contoh = <svg xmlns="http://www.w3.org/2000/svg" width="500" height="10">
    .perbaikan = <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120">
K0285 = logo SVG ini berisi unsur <{ $unsur }>, yang tidak bisa digambar dengan sama di setiap komputer
    .hint = di Inkscape, pilih semua lalu Path > Object to Path (tulisan menjadi garis), simpan lagi; atau simpan lambang itu sebagai PNG dan tulis `logo: berkas/lambang.png`
    .judul = Logo SVG berisi tulisan atau gambar lain
    .arti = Tulisan di SVG digambar dengan huruf yang ada di komputer, dan gambar di dalamnya bisa menunjuk ke berkas lain, jadi hasilnya tidak pasti. Ubah tulisannya menjadi garis (path) atau pakai PNG.
    .contoh = <text x="10" y="20">DESA</text>
    .perbaikan = <path d="M10 20h5v-10h-5z"/>
K0286 = logo SVG ini berisi { $jumlah } unsur (bersama salinan `<use>`-nya), lebih dari batas { $batas }
    .hint = sederhanakan gambarnya, atau simpan sebagai PNG dan tulis `logo: berkas/lambang.png`
    .judul = Logo SVG terlalu rumit
    .arti = Gambar yang menyalin bagian-bagiannya berkali-kali (`<use>`) bisa menjadi jutaan unsur dan membuat pembuatan situs macet, jadi jumlahnya dibatasi.
    .contoh = <use href="#lapisan-6"/>
    .perbaikan = <path d="M5 5h90v60z"/>
K0287 = logo `{ $berkas }` tidak ada di folder content/berkas/
    .hint = taruh lambang kabupaten di folder content/berkas/ (di samping site.yaml), lalu tulis `logo: berkas/{ $nama }`
    .judul = Logo kabupaten tidak ditemukan
    .arti = Kolom `logo` di site.yaml menyebut lambang kabupaten yang tampil di kepala portal. Berkasnya disimpan di folder content/berkas/, di samping site.yaml.
    .contoh = logo: lambang-kabupaten.png
    .perbaikan = logo: berkas/lambang-kabupaten.png
K0288 = berkas ini tidak diterbitkan: folder content/berkas/ hanya untuk lambang kabupaten yang disebut `logo` di site.yaml
    .hint = berkas sebuah desa disimpan di folder berkas/ desa itu (content/<desa>/berkas/)
    .judul = Berkas lain di content/berkas/
    .arti = Folder content/berkas/ menyimpan lambang kabupaten saja. Dokumen dan foto desa disimpan di folder berkas/ milik desa masing-masing.
    .contoh = content/berkas/foto-balai.jpg
    .perbaikan = content/kemiren/berkas/foto-balai.jpg

K0289 = `formulir.github` harus menyebut repositori GitHub sebagai akun/repositori, bukan `{ $isi }`
    .hint = salin dari alamat repositori: https://github.com/desa-kluncing/situs-desa ditulis `github: desa-kluncing/situs-desa`
    .judul = Repositori formulir tidak dikenali
    .arti = Formulir di /admin/ menyimpan perubahan ke repositori GitHub tempat situs disimpan. Namanya ditulis akun/repositori, tanpa https://github.com/.
    .contoh = github: https://github.com/desa-kluncing/situs-desa
    .perbaikan = github: desa-kluncing/situs-desa

K0290 = `formulir.cabang` harus nama cabang tanpa spasi, bukan `{ $isi }`
    .hint = biasanya `main`; lihat nama cabang di halaman repositori GitHub, di kiri atas daftar berkas
    .judul = Nama cabang formulir
    .arti = Cabang adalah versi repositori yang diterbitkan GitHub Pages; formulir menyimpan perubahan ke sana.
    .contoh = cabang: cabang utama
    .perbaikan = cabang: main
