# Baris ringkasan dan kemajuan dari build, check, serve, dan build --watch.
ringkasan-what = { $desa } desa, { $halaman } halaman, { $berkas } berkas{ $foto }
ringkasan-photos = ({ $n } foto: { $diproses } diolah, { $cache } dari cache)
ringkasan-warnings = ({ $n } peringatan)
ringkasan-mb = { $jumlah } MB
ringkasan-kb = { $jumlah } KB
ringkasan-seconds = { $jumlah } detik
ringkasan-built = Selesai membangun { $isi }, { $ukuran } dalam { $waktu } -> { $path }{ $peringatan }
ringkasan-checked = Selesai memeriksa { $isi } dalam { $waktu }: tidak ada kesalahan{ $peringatan }
ringkasan-errors-found = Ada { $n } kesalahan; tidak ada yang ditulis dan hasil sebelumnya tidak berubah.
ringkasan-watching = Memantau perubahan di { $path } (tekan Ctrl+C untuk berhenti)
ringkasan-updated = { $path } diperbarui dalam { $ms } ms: { $ditulis } ditulis, { $dihapus } dihapus
ringkasan-output-kept = Folder hasil dibiarkan seperti semula; perbaiki kesalahan di atas, lalu simpan lagi.
ringkasan-serve-built = Selesai membangun { $n } berkas dalam { $ms } ms
ringkasan-serving = Menyajikan { $url } (tekan Ctrl+C untuk berhenti)
ringkasan-rebuilt = Dibangun ulang dalam { $ms } ms: { $halaman } halaman dibuat, { $berubah } berubah, { $dihapus } dihapus
ringkasan-serve-has-errors = Situs ada kesalahan; perbaiki, dan situs langsung disajikan.
ringkasan-still-served = Versi baik terakhir situs tetap disajikan.
