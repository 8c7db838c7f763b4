# Statistik penduduk: statistik/<tahun>.yaml, dan pengaturan `statistik:` di site.yaml.
K1200 = ada angka 16 digit, seperti NIK atau nomor KK; berkas statistik hanya berisi jumlah, bukan data orang
    .hint = hapus angka itu: NIK dan nomor KK adalah data pribadi dan tidak boleh diterbitkan; tulis hanya jumlah orang per kelompok
    .judul = Angka seperti NIK atau nomor KK di berkas statistik
    .arti = Berkas statistik diterbitkan untuk umum dan hanya boleh berisi jumlah orang per kelompok. Angka 16 digit bisa berupa NIK atau nomor KK, data pribadi yang dilindungi UU 27/2022; berkas ini tidak diterbitkan sampai angka itu dihapus.
    .contoh = - { "{" }label: ISLAM, jumlah: 3510151234560001{ "}" }
    .perbaikan = - { "{" }label: ISLAM, jumlah: 4290{ "}" }
K1201 = kolom `{ $kolom }` berisi data pribadi; berkas statistik hanya berisi jumlah per kelompok
    .hint = hapus kolom `{ $kolom }`: nama, NIK, alamat, tanggal lahir, dan RT/RW perorangan tidak boleh ada di statistik; tulis `label` dan `jumlah` saja
    .judul = Data pribadi di berkas statistik
    .arti = Statistik desa hanya menerbitkan jumlah orang per kelompok. Kolom seperti `nama`, `nik`, `alamat` atau `tanggal_lahir` menunjuk orang tertentu; berkas ini tidak diterbitkan sampai kolom itu dihapus.
    .contoh =
        - nama: Budi Santoso
          nik: "3510150101800001"
    .perbaikan = - { "{" }label: LAKI-LAKI, jumlah: 2150{ "}" }
K1202 = kategori `{ $kategori }` tidak dikenal
    .judul = Kategori statistik tidak dikenal
    .arti = Nama kategori di bawah `kategori:` memakai nama baku OpenSID, misalnya `jenis-kelamin`, `agama`, `pekerjaan`, `pendidikan-dalam-kk`, `status-perkawinan`, `rentang-umur`. Daftar lengkapnya ada di Panduan Admin, bagian Statistik penduduk.
    .contoh = kategori: { "{" } agama-penduduk: [...] { "}" }
    .perbaikan = kategori: { "{" } agama: [...] { "}" }
K1203 = label `{ $label }` tidak ada di daftar kategori `{ $kategori }`
    .judul = Label statistik tidak ada di daftar baku
    .arti = Setiap baris memakai label dari daftar baku kategorinya (daftar kode OpenSID dan Dukcapil); huruf besar-kecil dan spasi di sekitar garis miring tidak dibedakan. Baris untuk orang yang datanya belum tercatat diberi label `BELUM MENGISI`.
    .contoh = - { "{" }label: SMA, jumlah: 812{ "}" }
    .perbaikan = - { "{" }label: SLTA / SEDERAJAT, jumlah: 812{ "}" }
K1204 = jumlah kategori `{ $kategori }` adalah { $jumlah }, tetapi jumlah_penduduk { $penduduk } (selisih { $selisih }; kategori ini { $arah ->
        [lebih] kelebihan
       *[kurang] kekurangan
    })
    .hint = jumlah semua baris sebuah kategori harus sama dengan `jumlah_penduduk`; cari baris yang salah ketik, atau tambahkan baris `BELUM MENGISI` untuk penduduk yang datanya belum tercatat
    .judul = Jumlah kategori tidak sama dengan jumlah penduduk
    .arti = Setiap penduduk masuk tepat satu baris di setiap kategori, jadi jumlah semua baris sama dengan `jumlah_penduduk`. Pesan ini menyebut kategori dan selisihnya.
    .contoh =
        jumlah_penduduk: 4321
        kategori:
          jenis-kelamin:
            - { "{" }label: LAKI-LAKI, jumlah: 2150{ "}" }
            - { "{" }label: PEREMPUAN, jumlah: 2170{ "}" }
    .perbaikan =
        jumlah_penduduk: 4321
        kategori:
          jenis-kelamin:
            - { "{" }label: LAKI-LAKI, jumlah: 2150{ "}" }
            - { "{" }label: PEREMPUAN, jumlah: 2171{ "}" }
K1205 = jumlah { $jumlah }, tetapi laki_laki + perempuan = { $laki } + { $perempuan } = { $hasil }
    .hint = betulkan salah satu dari ketiga angka itu sampai laki_laki ditambah perempuan sama dengan jumlah
    .judul = Laki-laki dan perempuan tidak sama dengan jumlahnya
    .arti = Bila sebuah baris menyebut `laki_laki` dan `perempuan`, keduanya dijumlahkan harus sama dengan `jumlah` baris itu.
    .contoh = - { "{" }label: HINDU, jumlah: 31, laki_laki: 15, perempuan: 15{ "}" }
    .perbaikan = - { "{" }label: HINDU, jumlah: 31, laki_laki: 15, perempuan: 16{ "}" }
K1206 = tanggal `per` { $per } bukan tahun { $tahun }, tahun nama berkas ini
    .hint = tulis tanggal data tahun { $tahun } di `per`, atau beri nama berkas sesuai tahun datanya
    .judul = Tanggal data tidak sesuai tahun berkas
    .arti = Berkas `statistik/2025.yaml` berisi data tahun 2025, jadi tanggal `per` juga di tahun 2025.
    .contoh = per: 2024-12-31  (di statistik/2025.yaml)
    .perbaikan = per: 2025-06-30
K1207 = label `{ $label }` sudah ada di kategori ini (ditulis `{ $pertama }`)
    .hint = gabungkan kedua baris menjadi satu, dengan jumlah keduanya
    .judul = Label statistik ditulis dua kali
    .arti = Setiap label muncul sekali dalam satu kategori; tulisan yang hanya beda huruf besar-kecil atau spasi dianggap label yang sama.
    .contoh =
        - { "{" }label: ISLAM, jumlah: 4000{ "}" }
        - { "{" }label: Islam, jumlah: 290{ "}" }
    .perbaikan = - { "{" }label: ISLAM, jumlah: 4290{ "}" }
K1208 = penduduk.{ $kolom } di desa.yaml adalah { $desa }, tetapi { $berkas } menulis { $statistik }
    .hint = samakan angkanya, atau hapus angka itu dari desa.yaml: kampung mengambilnya dari statistik tahun terakhir
    .judul = Jumlah penduduk di desa.yaml berbeda dengan statistik
    .arti = Bila desa punya berkas statistik, angka `penduduk` di desa.yaml dicocokkan dengan statistik tahun yang disebut `penduduk.tahun` (atau tahun terakhir). Angka yang tidak ditulis di desa.yaml diambil dari statistik.
    .contoh =
        penduduk:
          jumlah: 4300
    .perbaikan =
        penduduk:
          jumlah: 4321
K1209 = ambang { $ambang } terlalu kecil; angka kecil baru aman disembunyikan dengan ambang paling sedikit 3
    .hint = tulis `ambang: 5` (yang biasa dipakai), atau paling kecil `ambang: 3`
    .judul = Ambang statistik kurang dari 3
    .arti = Di statistik, jumlah yang lebih kecil dari ambang ditampilkan sebagai "<5" agar tetangga tidak bisa menebak siapa orangnya. Ambang di bawah 3 tidak melindungi siapa pun.
    .contoh =
        statistik:
          ambang: 2
    .perbaikan =
        statistik:
          ambang: 5
K1210 = `{ $kategori }` bukan kategori khusus
    .hint = `kategori_khusus` hanya berisi kategori data pribadi spesifik: golongan-darah, penyandang-cacat, penyakit-menahun, akseptor-kb, status-kehamilan, status-covid, akta-kelahiran, kepemilikan-kia, asuransi-kesehatan, bpjs-ketenagakerjaan
    .judul = Kategori khusus tidak dikenal
    .arti = `statistik.kategori_khusus` di site.yaml menyebut kategori data pribadi spesifik yang boleh diterbitkan. Kategori lain selalu diterbitkan, jadi tidak perlu ditulis di sini.
    .contoh =
        statistik:
          kategori_khusus: [agama]
    .perbaikan =
        statistik:
          kategori_khusus: [golongan-darah]
K1211 = kategori `{ $kategori }` berisi data pribadi spesifik (kesehatan, anak, atau keuangan) dan tidak diterbitkan
    .hint = angkanya tetap diperiksa; untuk menerbitkannya, tulis `kategori_khusus: [{ $kategori }]` di bawah `statistik:` di content/site.yaml
    .judul = Kategori khusus tidak diterbitkan
    .arti = UU 27/2022 menggolongkan data kesehatan, data anak, dan data keuangan sebagai data pribadi spesifik. Kategori seperti ini hanya diterbitkan bila site.yaml memintanya; tanpa itu angkanya diperiksa tetapi tidak muncul di halaman, CSV, JSON, maupun portal.
    .contoh = kategori: { "{" } golongan-darah: [...] { "}" }  (tanpa kategori_khusus di site.yaml)
    .perbaikan =
        statistik:
          kategori_khusus: [golongan-darah]
K1212 = `{ $ada }` ditulis tanpa `{ $tidak }`
    .hint = tulis keduanya, `laki_laki` dan `perempuan`, atau tidak sama sekali
    .judul = Hanya laki-laki atau hanya perempuan
    .arti = Sebuah baris statistik menyebut jumlah laki-laki dan perempuan bersama-sama, atau tidak menyebut keduanya.
    .contoh = - { "{" }label: ISLAM, jumlah: 4290, laki_laki: 2135{ "}" }
    .perbaikan = - { "{" }label: ISLAM, jumlah: 4290, laki_laki: 2135, perempuan: 2155{ "}" }
K1213 = berkas statistik diberi nama tahunnya, misalnya `statistik/2025.yaml`
    .hint = ganti nama berkas menjadi tahun datanya dengan akhiran .yaml; berkas ini tidak dibaca
    .judul = Nama berkas statistik bukan tahun
    .arti = Setiap tahun data statistik ada di berkasnya sendiri yang diberi nama tahun itu, misalnya `statistik/2025.yaml`.
    .contoh = statistik/data-2025.yaml
    .perbaikan = statistik/2025.yaml
K1214 = label kosong
    .hint = tulis label dari daftar baku kategori ini, misalnya `label: ISLAM`
    .judul = Label statistik kosong
    .arti = Setiap baris statistik punya label yang menyebut kelompoknya.
    .contoh = - { "{" }label: "", jumlah: 31{ "}" }
    .perbaikan = - { "{" }label: HINDU, jumlah: 31{ "}" }
# Saran untuk nama yang mirip.
statistik-hint-mirip = maksud Anda `{ $nama }`?
# Saran untuk kategori yang tidak dikenal dan tidak mirip apa pun.
statistik-hint-kategori = tulis nama kategori baku, misalnya `{ $contoh }`; daftarnya ada di Panduan Admin
# Saran untuk label yang mirip.
statistik-hint-label = maksud Anda `{ $label }`?
# Saran untuk label yang tidak mirip apa pun.
statistik-hint-daftar = label kategori `{ $kategori }`: { $daftar }
