# Tema, templat, Markdown dan tautan (K0800-K0899).
K0801 = tema `{ $nama }` tidak ditemukan: tidak ada folder { $folder }
    .hint = hapus baris `tema:` untuk memakai tema bawaan, atau buat folder tema itu
    .judul = Tema tidak ditemukan
    .arti = site.yaml menyebut tema yang foldernya tidak ada di themes/.
    .contoh = tema: hijau
    .perbaikan = Hapus baris `tema: hijau`, atau buat folder themes/hijau berisi tema itu.
K0802 = templat ini tidak disimpan sebagai teks UTF-8
    .hint = buka templat itu, lalu simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai, Pengodean: UTF-8)
    .judul = Templat bukan teks UTF-8
    .arti = Berkas templat berisi huruf yang tidak bisa dibaca sebagai teks UTF-8, biasanya karena disimpan dengan pengodean lama.
    .contoh = templates/page.html disimpan sebagai ANSI
    .perbaikan = Simpan ulang templates/page.html sebagai UTF-8.
K0803 = bahasa `{ $bahasa }` belum punya teks tampilan: berkas { $berkas } tidak ada
    .hint = salin i18n/en.yaml milik tema menjadi i18n/{ $bahasa }.yaml, lalu terjemahkan isinya
    .judul = Teks tampilan untuk sebuah bahasa tidak ada
    .arti = site.yaml menyebut sebuah bahasa, tetapi tema tidak punya berkas teks tombol dan label untuk bahasa itu.
    .contoh = bahasa: [id, jv]
    .perbaikan = Salin themes/default/i18n/en.yaml menjadi themes/default/i18n/jv.yaml dan terjemahkan isinya.
K0804 = berkas teks tampilan ini tidak disimpan sebagai teks UTF-8
    .hint = buka berkas itu, lalu simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai, Pengodean: UTF-8)
    .judul = Berkas teks tampilan bukan UTF-8
    .arti = Berkas i18n tema berisi huruf yang tidak bisa dibaca sebagai teks UTF-8.
    .contoh = i18n/jv.yaml disimpan sebagai ANSI
    .perbaikan = Simpan ulang i18n/jv.yaml sebagai UTF-8.
K0805 = ada { $n } nama bulan, seharusnya 12
    .hint = tulis 12 nama bulan di bawah `format.bulan`, dari Januari sampai Desember
    .judul = Jumlah nama bulan salah
    .arti = Daftar `bulan` di berkas teks tampilan harus berisi tepat 12 nama bulan.
    .contoh = bulan: [Januari, Februari, Maret]
    .perbaikan = bulan: [Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember]
K0806 = teks tampilan `{ $kunci }` tidak ada
    .hint = tambahkan di bawah `teks:`, diterjemahkan ke bahasa berkas ini
    .judul = Teks tampilan kurang
    .arti = Bahasa lain punya teks tampilan ini, tetapi berkas ini belum. Setiap bahasa harus punya semua teks yang sama.
    .contoh = teks: (tanpa semua_berita)
    .perbaikan = teks: semua_berita: All news
K0810 = templat `{ $templat }` tidak bisa diisi: { $sebab }
    .hint = perbaiki templat itu (lihat https://keats.github.io/tera/), atau hapus salinan Anda di templates/ agar templat tema yang dipakai
    .judul = Templat gagal diisi
    .arti = Saat membuat halaman, templat memakai sesuatu yang tidak ada atau salah. Keterangan sesudah titik dua berasal dari Tera, pengisi templat, dalam bahasa Inggris.
    .contoh = {"{{"} halaman.judul {"}}"} (nilai `halaman` tidak ada)
    .perbaikan = {"{{"} doc.title.text {"}}"}
K0811 = templat ini salah tulis: { $sebab }
    .hint = perbaiki penulisan templat pada baris dan kolom yang disebut; lihat https://keats.github.io/tera/
    .judul = Penulisan templat salah
    .arti = Templat tidak bisa dibaca karena ada tanda yang salah atau kurang, misalnya {"{%"} tanpa {"%}"}. Keterangan sesudah titik dua berasal dari Tera dalam bahasa Inggris.
    .contoh = {"{%"} if doc
    .perbaikan = {"{%"} if doc {"%}"}
K0820 = gambar `{ $gambar }` tidak punya keterangan
    .hint = tulis apa isi gambar itu di antara kurung siku, untuk warga yang tidak bisa melihatnya: ![Balai desa dari depan](berkas/balai.jpg)
    .judul = Gambar tanpa keterangan
    .arti = Pembaca layar (untuk tunanetra) dan pembaca yang fotonya gagal dimuat hanya mendapat keterangan gambar. Ini peringatan: situs tetap dibuat.
    .contoh = ![](berkas/balai.jpg)
    .perbaikan = ![Balai desa dari depan](berkas/balai.jpg)
K0821 = { $jenis ->
        [gambar] gambar
       *[tautan] tautan
    } `{ $alamat }` tidak diizinkan: alamat `{ $skema }:` tidak boleh dipakai; yang boleh adalah { $boleh }, atau jalur ke halaman atau berkas desa
    .hint = tautkan halaman web dengan `https://...`, berkas dengan `berkas/nama-berkas.pdf`, atau halaman dengan `halaman/nama.md`; gambar dan berkas disimpan di folder berkas/ desa
    .judul = Alamat tautan tidak diizinkan
    .arti = Demi keamanan semua desa di portal, tautan dan gambar hanya boleh menuju alamat web, surel, telepon, titik peta, atau halaman dan berkas desa sendiri.
    .contoh = [Klik di sini](javascript:alert(1))
    .perbaikan = [Situs kabupaten](https://banyuwangikab.go.id)
K0822 = { $jenis ->
        [gambar] gambar
       *[berkas] berkas
    } `{ $berkas }` tidak ada
    .hint = periksa ejaannya (huruf besar dan kecil dibedakan), atau masukkan berkas itu ke folder berkas/ desa
    .judul = Berkas yang ditautkan tidak ada
    .arti = Tautan atau gambar menunjuk sebuah berkas di berkas/ yang tidak ada di folder desa.
    .contoh = [Formulir](berkas/Formulir-KTP.pdf)
    .perbaikan = [Formulir](berkas/formulir-ktp.pdf)
K0823 = tautan menunjuk `{ $berkas }`, yang masih draf dan tidak diterbitkan
    .hint = terbitkan halaman itu (hapus `draf: true`), atau hapus tautannya
    .judul = Tautan ke draf
    .arti = Halaman yang masih draf tidak ikut diterbitkan, jadi tautan ke sana akan rusak.
    .contoh = [Rencana](berita/rencana.md) (berita/rencana.md berisi draf: true)
    .perbaikan = Hapus `draf: true` di berita/rencana.md, atau hapus tautannya.
K0824 = tautan menunjuk `{ $berkas }`, yang bukan halaman desa ini
    .hint = tautkan halaman dengan nama berkasnya, relatif terhadap folder desa, seperti `halaman/sejarah.md`
    .judul = Tautan ke halaman yang tidak ada
    .arti = Tautan menyebut berkas Markdown yang tidak ada di folder desa.
    .contoh = [Visi](halaman/visi.md)
    .perbaikan = [Visi](halaman/visi-misi.md)
K0825 = tautan `{ $tautan }` menuju alamat yang tidak ada di situs ({ $alamat })
    .hint = tautkan halaman desa dengan nama berkasnya (`halaman/sejarah.md`) dan berkas dengan awalan `berkas/` (`berkas/formulir.pdf`)
    .judul = Tautan rusak
    .arti = Tautan tanpa awalan `https://` dibaca relatif terhadap halaman tempatnya ditulis, dan di situs tidak ada halaman atau berkas di alamat itu.
    .contoh = [SKTM](layanan/sktm/) di halaman/info.md
    .perbaikan = [SKTM](../layanan/sktm/)
K0826 = { $jenis ->
        [gambar] gambar
       *[tautan] tautan
    } `{ $tautan }` memuat spasi, sehingga tidak dibaca sebagai { $jenis ->
        [gambar] gambar
       *[tautan] tautan
    } dan tampil sebagai teks biasa
    .hint = ganti nama berkas itu agar tanpa spasi, lalu tulis alamat barunya: `{ $saran }`; atau tulis alamatnya di antara kurung sudut: `<{ $tautan }>`
    .judul = Spasi di alamat tautan
    .arti = Di Markdown, alamat tautan atau gambar tidak boleh memuat spasi; bila ada, tautan itu ditampilkan apa adanya sebagai teks.
    .contoh = ![Peta desa](berkas/peta desa.png)
    .perbaikan = ![Peta desa](berkas/peta-desa.png)

# Saran tautan, bila ada sasaran yang mirip.
tampilan-hint-did-you-mean = mungkin maksud Anda `{ $saran }`
# Saran bila berkas ada di berkas/ tetapi awalannya lupa ditulis.
tampilan-hint-berkas-prefix = berkas itu ada di folder berkas/: tulis `{ $saran }`
