//! Indonesian titles and descriptions of every field, and the closed lists
//! only the loader knows by the field's place (the budget's codes).
//!
//! A field's text is looked up as `kind:path` (`apbdes:jumlah`), then as its
//! path (`kantor.telepon`), then as its name (`ringkasan`); a unit test checks
//! that every field of every schema has one.

use crate::content::{FINANCING_IN_CODES, FINANCING_OUT_CODES, REVENUE_CODES};
use serde_json::{Map, Value};

/// (key, title, description).
type Text = (&'static str, &'static str, &'static str);

/// Fields whose text depends on the kind or the place.
#[rustfmt::skip]
const BY_PLACE: &[Text] = &[
    // site.yaml
    ("site:judul", "Judul portal", "Nama situs, tampil di judul setiap halaman, misalnya \"Desa-desa Kabupaten Banyuwangi\"."),
    ("site:deskripsi", "Deskripsi portal", "Satu atau dua kalimat tentang situs, untuk mesin pencari dan pratinjau tautan."),
    ("site:logo", "Lambang kabupaten", "Gambar lambang di content/berkas/, ditulis berkas/<nama>, misalnya berkas/lambang.png."),
    ("site:base_url", "Alamat situs", "Alamat lengkap situs setelah terbit, diawali https://, misalnya https://desa.banyuwangikab.go.id."),
    ("site:formulir", "Formulir di situs terbit", "Formulir /admin/ yang menyimpan perubahan ke repositori GitHub situs; lihat docs/formulir-daring.md."),
    ("site:formulir.github", "Repositori GitHub", "Repositori tempat situs disimpan, ditulis akun/repositori, misalnya desa-kluncing/situs-desa."),
    ("site:formulir.cabang", "Cabang", "Cabang yang diterbitkan GitHub Pages; biasanya main."),
    ("site:formulir.alamat_masuk", "Alamat layanan masuk", "Perantara masuk dengan GitHub; tanpa isian dipakai Netlify (https://api.netlify.com)."),
    ("site:formulir.situs_masuk", "Situs layanan masuk", "Nama situs Netlify yang memasang penyedia GitHub, misalnya formulir-kluncing.netlify.app."),
    ("site:statistik", "Pengaturan statistik", "Cara statistik penduduk diterbitkan: ambang angka kecil dan kategori khusus."),
    ("site-terjemahan:judul", "Judul portal (terjemahan)", "Judul situs dalam bahasa ini."),
    ("site-terjemahan:deskripsi", "Deskripsi portal (terjemahan)", "Deskripsi situs dalam bahasa ini."),
    // desa.yaml
    ("desa:nama", "Nama desa", "Nama desa atau kelurahan tanpa kata \"Desa\", misalnya Kemiren."),
    ("desa:kode", "Kode wilayah", "Kode Kemendagri desa, empat bagian dipisah titik: 35.10.24.2007."),
    ("desa:jenis", "Jenis", "desa (dipimpin kepala desa) atau kelurahan (dipimpin lurah)."),
    ("desa:logo", "Logo desa", "Gambar logo di berkas/ desa, misalnya berkas/logo.png (PNG, JPEG, WebP atau SVG)."),
    ("desa:base_url", "Alamat situs desa", "Alamat situs desa sendiri, bila desa punya domain, diawali https://."),
    ("kepala", "Kepala desa", "Kepala desa atau lurah: jabatan dan nama."),
    ("kepala.nama", "Nama", "Nama lengkap kepala desa atau lurah."),
    ("kepala.jabatan", "Jabatan", "Misalnya Kepala Desa, Lurah, atau Pj. Kepala Desa."),
    ("perangkat", "Perangkat desa", "Daftar perangkat desa, satu butir per orang: jabatan dan nama."),
    ("perangkat.nama", "Nama", "Nama lengkap perangkat desa."),
    ("perangkat.jabatan", "Jabatan", "Misalnya Sekretaris Desa atau Kepala Urusan Keuangan."),
    ("kantor", "Kantor desa", "Alamat, jam layanan dan kontak kantor desa."),
    ("kantor.alamat", "Alamat kantor", "Alamat lengkap kantor desa."),
    ("ppid", "PPID desa", "Pejabat Pengelola Informasi dan Dokumentasi: siapa yang melayani permohonan informasi publik."),
    ("ppid.nama", "Nama PPID", "Nama pejabat yang menjadi PPID desa."),
    ("ppid.jabatan", "Jabatan PPID", "Jabatannya, biasanya Sekretaris Desa."),
    ("ppid.telepon", "Telepon PPID", "Nomor telepon untuk permohonan informasi, misalnya 0333-555111."),
    ("ppid.email", "Email PPID", "Alamat email untuk permohonan informasi."),
    ("penduduk", "Penduduk", "Jumlah penduduk menurut data desa."),
    ("penduduk.jumlah", "Jumlah penduduk", "Jumlah seluruh penduduk (jiwa)."),
    ("penduduk.tahun", "Tahun data", "Tahun data penduduk itu, misalnya 2025."),
    ("desa:lokasi", "Lokasi kantor desa", "Titik kantor desa di peta: lintang (lat) dan bujur (lon)."),
    ("desa-terjemahan:slogan", "Slogan (terjemahan)", "Slogan desa dalam bahasa ini."),
    ("desa-terjemahan:kepala", "Kepala desa (terjemahan)", "Jabatan kepala desa dalam bahasa ini."),
    ("desa-terjemahan:perangkat", "Perangkat desa (terjemahan)", "Jabatan perangkat desa dalam bahasa ini, urutannya sama dengan desa.yaml."),
    ("desa-terjemahan:kantor", "Kantor desa (terjemahan)", "Alamat dan jam layanan dalam bahasa ini."),
    // layanan.yaml
    ("layanan:nama", "Nama layanan", "Nama layanan, misalnya Surat Keterangan Domisili."),
    ("layanan:kategori", "Kelompok layanan", "Kelompok di katalog, misalnya Surat Keterangan; bebas ditulis."),
    ("layanan:produk", "Hasil layanan", "Apa yang diterima warga, misalnya Surat Keterangan Domisili."),
    ("layanan:tempat", "Tempat layanan", "Di mana layanan diberikan, misalnya Kantor Desa, loket pelayanan."),
    ("layanan:catatan", "Catatan", "Catatan tambahan (boleh Markdown: **tebal**, daftar)."),
    ("layanan-terjemahan:id", "Id layanan", "Id layanan yang diterjemahkan, sama dengan id di layanan.yaml."),
    ("layanan-terjemahan:nama", "Nama layanan (terjemahan)", "Nama layanan dalam bahasa ini."),
    ("layanan-terjemahan:kategori", "Kelompok layanan (terjemahan)", "Kelompok layanan dalam bahasa ini."),
    ("layanan-terjemahan:produk", "Hasil layanan (terjemahan)", "Hasil layanan dalam bahasa ini."),
    ("layanan-terjemahan:tempat", "Tempat layanan (terjemahan)", "Tempat layanan dalam bahasa ini."),
    ("layanan-terjemahan:catatan", "Catatan (terjemahan)", "Catatan dalam bahasa ini."),
    // berita, halaman, beranda, terjemahan
    ("beranda:judul", "Judul beranda", "Judul halaman depan desa; bila kosong, nama desa."),
    ("halaman:urutan", "Urutan di menu", "Angka urutan halaman di menu desa; yang kecil tampil lebih dulu."),
    ("berita:tanggal", "Tanggal terbit", "Tanggal berita, ditulis tahun-bulan-tanggal: 2026-08-17."),
    // wisata
    ("wisata:nama", "Nama tempat wisata", "Nama tempat wisata, misalnya Pantai Boom."),
    ("wisata:kategori", "Kategori wisata", "Salah satu kategori: alam, budaya, sejarah, religi, kuliner, buatan, desa-wisata."),
    ("wisata:lokasi", "Lokasi", "Titik tempat wisata di peta (lat, lon) dan alamatnya."),
    ("wisata-terjemahan:lokasi", "Lokasi (terjemahan)", "Alamat dalam bahasa ini."),
    ("tiket", "Harga tiket", "Daftar harga tiket masuk, satu butir per jenis pengunjung."),
    ("parkir", "Tarif parkir", "Daftar tarif parkir, satu butir per jenis kendaraan."),
    ("tiket.jenis", "Jenis tiket", "Untuk siapa, misalnya Dewasa atau Anak-anak."),
    ("parkir.jenis", "Jenis kendaraan", "Misalnya Motor atau Mobil."),
    ("kontak", "Kontak pengelola", "Telepon, WhatsApp dan situs pengelola tempat wisata."),
    ("kontak.situs", "Situs web", "Alamat situs atau media sosial pengelola, diawali https://."),
    // produk
    ("produk:nama", "Nama produk", "Nama produk, misalnya Kopi Bubuk Robusta."),
    ("produk:kategori", "Kategori produk", "Salah satu kategori produk desa."),
    ("produk:whatsapp", "WhatsApp pemesanan", "Nomor WhatsApp penjual, nomor HP Indonesia: 0812-3456-7890."),
    ("pelapak", "Pelapak", "Siapa yang menjual: nama, nama usaha, dan jenisnya."),
    ("pelapak.nama", "Nama penjual", "Nama orang yang menjual."),
    ("pelapak.usaha", "Nama usaha", "Nama usaha atau merek, bila ada."),
    ("pelapak.jenis", "Jenis pelapak", "umkm (usaha warga), bumdes (badan usaha milik desa) atau kelompok (kelompok warga)."),
    // pembangunan
    ("pembangunan:nama", "Nama kegiatan", "Nama kegiatan pembangunan, misalnya Rehabilitasi Saluran Irigasi Tersier."),
    ("pembangunan:bidang", "Bidang APBDes", "Nomor bidang APBDes kegiatan ini, 1 sampai 5 (pembangunan biasanya 2)."),
    ("pembangunan:tahun", "Tahun anggaran", "Tahun anggaran kegiatan, misalnya 2026."),
    ("pembangunan:lokasi", "Lokasi", "Titik lokasi pekerjaan di peta (lat, lon) dan alamatnya."),
    ("pembangunan:anggaran", "Anggaran", "Pagu anggaran kegiatan dalam Rupiah, angka bulat tanpa titik: 150000000."),
    ("pembangunan:sumber_dana", "Sumber dana", "Satu kode atau daftar kode: DDS, ADD, PBH, PBP, PAD, DLL."),
    ("pembangunan:kegiatan", "Kegiatan APBDes", "Uraian kegiatan yang sama di APBDes tahun itu, untuk menautkannya."),
    ("pembangunan-terjemahan:lokasi", "Lokasi (terjemahan)", "Alamat dalam bahasa ini."),
    ("pembangunan-terjemahan:progres", "Progres (terjemahan)", "Keterangan laporan progres dalam bahasa ini, urutannya sama."),
    ("progres", "Laporan progres", "Daftar laporan kemajuan pekerjaan: tanggal, persen selesai, foto, keterangan."),
    ("progres.tanggal", "Tanggal laporan", "Tanggal laporan, ditulis tahun-bulan-tanggal: 2026-08-17."),
    ("progres.foto", "Foto progres", "Foto pekerjaan di berkas/ desa, misalnya berkas/irigasi-50.jpg."),
    // dokumen
    ("dokumen:jenis", "Jenis dokumen", "informasi-publik, peraturan-desa, peraturan-bersama, peraturan-kepala-desa atau keputusan-kepala-desa."),
    ("dokumen:kategori", "Kategori informasi", "Kategori informasi publik: berkala, serta-merta, setiap-saat atau dikecualikan."),
    ("dokumen:tanggal", "Tanggal dokumen", "Tanggal dokumen, ditulis tahun-bulan-tanggal."),
    ("dokumen:berkas", "Berkas dokumen", "Berkas PDF di berkas/ desa, misalnya berkas/perdes-2025-01.pdf."),
    ("dokumen:tahun", "Tahun peraturan", "Tahun peraturan atau keputusan."),
    ("dokumen:status", "Status berlaku", "berlaku, diubah atau dicabut."),
    ("dokumen:tempat", "Tempat penyimpanan", "Di mana dokumen asli disimpan, misalnya Kantor Desa, lemari arsip."),
    // apbdes
    ("apbdes:tahun", "Tahun anggaran", "Tahun APBDes, sama dengan nama berkasnya: 2026."),
    ("apbdes:status", "Tahap APBDes", "rancangan, penetapan, perubahan, atau realisasi (laporan realisasi)."),
    ("apbdes:sumber", "Sumber data", "Dari mana angka-angka ini, misalnya Perdes APBDes atau Siskeudes."),
    ("apbdes:pendapatan", "Pendapatan", "Daftar pendapatan desa, satu butir per kode rekening."),
    ("apbdes:belanja", "Belanja", "Daftar belanja desa per bidang, dengan kegiatannya."),
    ("apbdes:pembiayaan", "Pembiayaan", "Penerimaan dan pengeluaran pembiayaan."),
    ("apbdes:jumlah", "Jumlah yang tertulis", "Jumlah di dokumen APBDes, untuk dicocokkan kampung dengan rinciannya."),
    ("apbdes:belanja.bidang", "Bidang", "Nomor bidang belanja, 1 sampai 5."),
    ("apbdes:belanja.kegiatan", "Kegiatan", "Daftar kegiatan bidang ini."),
    ("apbdes:belanja.kegiatan.uraian", "Uraian kegiatan", "Nama kegiatan, misalnya Pembangunan Jalan Desa."),
    ("apbdes:belanja.kegiatan.sumber_dana", "Sumber dana", "Kode sumber dana: DDS, ADD, PBH, PBP, PAD atau DLL."),
    ("apbdes:pembiayaan.penerimaan", "Penerimaan pembiayaan", "Daftar penerimaan pembiayaan (kode 6.1.x), misalnya SiLPA tahun sebelumnya."),
    ("apbdes:pembiayaan.pengeluaran", "Pengeluaran pembiayaan", "Daftar pengeluaran pembiayaan (kode 6.2.x), misalnya penyertaan modal desa."),
    ("apbdes:jumlah.pendapatan", "Jumlah pendapatan", "Jumlah pendapatan yang tertulis."),
    ("apbdes:jumlah.belanja", "Jumlah belanja", "Jumlah belanja yang tertulis."),
    ("apbdes:jumlah.penerimaan_pembiayaan", "Jumlah penerimaan pembiayaan", "Jumlah penerimaan pembiayaan yang tertulis."),
    ("apbdes:jumlah.pengeluaran_pembiayaan", "Jumlah pengeluaran pembiayaan", "Jumlah pengeluaran pembiayaan yang tertulis."),
    ("apbdes:jumlah.surplus_defisit", "Surplus/defisit", "Pendapatan dikurangi belanja; boleh negatif (defisit)."),
    ("apbdes:jumlah.pembiayaan_netto", "Pembiayaan netto", "Penerimaan dikurangi pengeluaran pembiayaan; boleh negatif."),
    ("apbdes:jumlah.silpa", "SiLPA", "Sisa lebih pembiayaan anggaran; boleh negatif."),
    // statistik
    ("statistik:sumber", "Sumber data", "Dari mana angka-angka ini, misalnya Data kependudukan desa (SID)."),
    ("statistik:kategori", "Tabel per kategori", "Tabel penduduk per kategori (misalnya agama, pendidikan): setiap kategori berisi daftar baris."),
    ("statistik:kategori.label", "Label baris", "Label resmi baris, misalnya ISLAM atau TAMAT SD/SEDERAJAT; huruf besar atau kecil sama saja."),
    ("statistik:kategori.jumlah", "Jumlah", "Jumlah penduduk di baris ini."),
    ("statistik:kategori.laki_laki", "Laki-laki", "Jumlah laki-laki di baris ini."),
    ("statistik:kategori.perempuan", "Perempuan", "Jumlah perempuan di baris ini."),
];

/// Fields that mean the same wherever they are, by name.
#[rustfmt::skip]
const BY_NAME: &[Text] = &[
    ("judul", "Judul", "Judul halaman, tampil besar di atas isi dan di hasil pencarian."),
    ("ringkasan", "Ringkasan", "Satu atau dua kalimat, tampil di daftar dan pratinjau tautan."),
    ("draf", "Draf", "true: belum diterbitkan (hanya tampil di kampung serve --drafts)."),
    ("gambar", "Gambar utama", "Gambar di berkas/ desa, misalnya berkas/kerja-bakti.jpg."),
    ("keterangan_gambar", "Keterangan gambar", "Apa yang tampak di gambar, untuk pembaca yang tidak bisa melihatnya."),
    ("tanggal", "Tanggal", "Ditulis tahun-bulan-tanggal: 2026-08-17."),
    ("bahasa", "Bahasa", "Kode bahasa situs; yang pertama bahasa utama: [id, en]."),
    ("kabupaten", "Kabupaten/kota", "Nama kabupaten atau kota, misalnya Banyuwangi."),
    ("provinsi", "Provinsi", "Nama provinsi, misalnya Jawa Timur."),
    ("tema", "Tema tampilan", "Nama folder tema di themes/; bila kosong, default."),
    ("html_mentah", "Izinkan HTML", "true: HTML di dalam Markdown diteruskan apa adanya. Biarkan false kecuali perlu."),
    ("foto_asli", "Terbitkan foto asli", "true: berkas foto asli ikut terbit (bisa berukuran besar dan berisi lokasi GPS)."),
    ("portal", "Portal desa", "true: halaman depan situs adalah daftar desa, walau desanya satu."),
    ("batas_daftar_desa", "Batas daftar desa", "Di atas jumlah desa ini, halaman depan portal hanya mendaftar kecamatan."),
    ("ambang", "Ambang angka kecil", "Angka statistik di bawah ambang ini disamarkan, untuk melindungi warga."),
    ("kategori_khusus", "Kategori khusus", "Kategori statistik tambahan yang boleh diterbitkan situs ini."),
    ("deskripsi", "Deskripsi", "Satu atau dua kalimat tentang situs."),
    ("kecamatan", "Kecamatan", "Nama kecamatan, misalnya Glagah."),
    ("slogan", "Slogan", "Semboyan desa, tampil di beranda."),
    ("jabatan", "Jabatan", "Nama jabatan."),
    ("nama", "Nama", "Nama."),
    ("alamat", "Alamat", "Alamat lengkap."),
    ("jam_layanan", "Jam layanan", "Hari dan jam buka, misalnya Senin-Jumat 08.00-15.00."),
    ("telepon", "Telepon", "Nomor telepon, misalnya 0333-555111 atau +62 333 555111."),
    ("whatsapp", "WhatsApp", "Nomor HP Indonesia yang memakai WhatsApp, misalnya 0812-3456-7890."),
    ("email", "Email", "Alamat email, misalnya desa@example.id."),
    ("lokasi", "Lokasi", "Titik di peta: lintang (lat) dan bujur (lon)."),
    ("lat", "Lintang (lat)", "Garis lintang dalam derajat desimal; di Indonesia sekitar 6 sampai -11, misalnya -8.2193."),
    ("lon", "Bujur (lon)", "Garis bujur dalam derajat desimal; di Indonesia sekitar 95 sampai 141, misalnya 114.3691."),
    ("laki_laki", "Laki-laki", "Jumlah penduduk laki-laki."),
    ("perempuan", "Perempuan", "Jumlah penduduk perempuan."),
    ("kk", "Kepala keluarga", "Jumlah kartu keluarga (KK)."),
    ("luas_km2", "Luas wilayah (km²)", "Luas desa dalam kilometer persegi, misalnya 6.8."),
    ("id", "Id layanan", "Nama pendek layanan untuk alamat halamannya: huruf kecil, angka dan tanda -, misalnya surat-domisili."),
    ("persyaratan", "Persyaratan", "Apa yang perlu dibawa warga, satu butir per syarat."),
    ("prosedur", "Prosedur", "Langkah-langkah layanan, berurutan, satu butir per langkah."),
    ("waktu", "Waktu penyelesaian", "Berapa lama, misalnya 1 hari kerja."),
    ("biaya", "Biaya", "Biaya dalam Rupiah, angka bulat tanpa titik; 0 berarti gratis."),
    ("jam", "Jam layanan", "Jam layanan ini bila berbeda dari jam kantor."),
    ("dasar_hukum", "Dasar hukum", "Peraturan yang mendasari layanan, satu butir per peraturan."),
    ("pengaduan", "Pengaduan", "Cara menyampaikan pengaduan, bila tidak lewat kontak kantor."),
    ("formulir", "Formulir", "Formulir yang bisa diunduh, berkas di berkas/ desa: berkas/formulir-domisili.pdf."),
    ("daring", "Layanan daring", "Alamat layanan lewat internet, diawali https://."),
    ("diperbarui", "Terakhir diperbarui", "Tanggal data layanan terakhir diperiksa, tahun-bulan-tanggal."),
    ("jam_buka", "Jam buka", "Hari dan jam buka, misalnya Setiap hari 06.00-18.00."),
    ("harga", "Harga", "Harga dalam Rupiah, angka bulat tanpa titik: 10000; 0 berarti gratis."),
    ("harga_mulai", "Harga mulai", "Harga terendah dalam Rupiah bila harganya beragam: 25000."),
    ("satuan", "Satuan", "Satuan harga, misalnya per bungkus 250 gram."),
    ("tersedia", "Tersedia", "false: produk sedang tidak tersedia."),
    ("fasilitas", "Fasilitas", "Daftar fasilitas, misalnya Toilet, Musala, Warung."),
    ("pengelola", "Pengelola", "Siapa yang mengelola, misalnya Pokdarwis atau BUMDes."),
    ("foto", "Foto", "Daftar foto di berkas/ desa: berkas/<nama>.jpg, atau berkas: dan keterangan:."),
    ("berkas", "Berkas foto", "Foto di berkas/ desa, misalnya berkas/pantai-1.jpg."),
    ("keterangan", "Keterangan", "Apa yang tampak di foto, untuk pembaca yang tidak bisa melihatnya."),
    ("akses", "Akses", "Cara menuju ke sana, misalnya 15 menit dari kota dengan motor."),
    ("musim_terbaik", "Musim terbaik", "Kapan sebaiknya berkunjung."),
    ("unggulan", "Unggulan", "true: ditampilkan di beranda portal sebagai wisata unggulan."),
    ("volume", "Volume", "Ukuran pekerjaan, misalnya 350 m x 0,6 m."),
    ("pelaksana", "Pelaksana", "Siapa yang mengerjakan, misalnya TPK Desa."),
    ("mulai", "Tanggal mulai", "Tanggal pekerjaan dimulai, tahun-bulan-tanggal."),
    ("selesai", "Tanggal selesai", "Tanggal pekerjaan selesai, tahun-bulan-tanggal."),
    ("manfaat", "Manfaat", "Manfaat bagi warga."),
    ("persen", "Persen selesai", "Kemajuan pekerjaan, 0 sampai 100."),
    ("penanggung_jawab", "Penanggung jawab", "Siapa yang bertanggung jawab atas informasi ini."),
    ("pejabat", "Pejabat penanda tangan", "Pejabat yang menetapkan, misalnya Kepala Desa."),
    ("bentuk", "Bentuk", "softcopy, hardcopy, atau softcopy-dan-hardcopy."),
    ("retensi", "Jangka simpan", "Berapa lama dokumen disimpan, misalnya 5 tahun."),
    ("alasan", "Alasan dikecualikan", "Alasan informasi dikecualikan (UU 14/2008 Pasal 17)."),
    ("berlaku_sampai", "Berlaku sampai", "Tanggal akhir berlaku, tahun-bulan-tanggal."),
    ("nomor", "Nomor", "Nomor peraturan atau keputusan, misalnya 3 atau 3/2025."),
    ("ditetapkan", "Tanggal ditetapkan", "Tanggal ditetapkan, tahun-bulan-tanggal."),
    ("diundangkan", "Tanggal diundangkan", "Tanggal diundangkan, tahun-bulan-tanggal."),
    ("lembaran", "Nomor lembaran desa", "Nomor Lembaran Desa atau Berita Desa."),
    ("mengubah", "Mengubah", "Nama berkas (tanpa .md) peraturan yang diubah, satu atau daftar."),
    ("mencabut", "Mencabut", "Nama berkas (tanpa .md) peraturan yang dicabut, satu atau daftar."),
    ("diubah_oleh", "Diubah oleh", "Nama berkas (tanpa .md) peraturan yang mengubah ini."),
    ("dicabut_oleh", "Dicabut oleh", "Nama berkas (tanpa .md) peraturan yang mencabut ini."),
    ("perdes", "Nomor Perdes", "Nomor Peraturan Desa tentang APBDes ini."),
    ("kode", "Kode rekening", "Kode rekening sesuai Permendagri 20/2018, misalnya 4.2.1."),
    ("uraian", "Uraian", "Nama rekening; bila kosong, nama resminya."),
    ("anggaran", "Anggaran", "Anggaran dalam Rupiah, tanpa titik ribuan: 1250000 atau 1250000.50."),
    ("realisasi", "Realisasi", "Realisasi dalam Rupiah, tanpa titik ribuan."),
    ("sumber_dana", "Sumber dana", "Kode sumber dana: DDS, ADD, PBH, PBP, PAD atau DLL."),
    ("per", "Keadaan per tanggal", "Tanggal keadaan data, tahun-bulan-tanggal: 2025-12-31."),
    ("jumlah_penduduk", "Jumlah penduduk", "Jumlah seluruh penduduk pada tanggal itu."),
    ("jumlah", "Jumlah", "Jumlah."),
    ("tahun", "Tahun", "Tahun, misalnya 2026."),
    ("status", "Status", "Status."),
    ("jenis", "Jenis", "Jenis."),
    ("kategori", "Kategori", "Kategori."),
    ("produk", "Produk", "Hasilnya."),
    ("tempat", "Tempat", "Tempat."),
    ("sumber", "Sumber", "Sumber data."),
    ("kegiatan", "Kegiatan", "Kegiatan."),
    ("catatan", "Catatan", "Catatan."),
];

/// The title and description of the field at `path` in `kind`'s files.
pub(super) fn field(kind: &str, path: &str) -> Option<(&'static str, &'static str)> {
    let name = path.rsplit('.').next().unwrap_or(path);
    let found = |key: &str, table: &[Text]| {
        table
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, t, d)| (*t, *d))
    };
    // A translation's text is its original's, unless it has its own.
    let base = kind.strip_suffix("-terjemahan");
    found(&format!("{kind}:{path}"), BY_PLACE)
        .or_else(|| base.and_then(|b| found(&format!("{b}:{path}"), BY_PLACE)))
        .or_else(|| found(path, BY_PLACE))
        .or_else(|| found(name, BY_NAME))
}

/// Adds to the schema at `path` what its Rust type cannot say: the budget's
/// account codes, by the list the line is in.
pub(super) fn extra(kind: &str, path: &str, map: &mut Map<String, Value>) {
    if kind != "apbdes" {
        return;
    }
    let codes = match path {
        "pendapatan.kode" => REVENUE_CODES,
        "pembiayaan.penerimaan.kode" => FINANCING_IN_CODES,
        "pembiayaan.pengeluaran.kode" => FINANCING_OUT_CODES,
        _ => return,
    };
    let list: Vec<Value> = codes.iter().map(|(c, _)| Value::from(*c)).collect();
    map.insert("enum".into(), Value::Array(list));
}
