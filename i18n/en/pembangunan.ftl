# Development projects: pembangunan/<name>.md and its translation (pembangunan/<name>.en.md).
K1150 = the project's name is empty
    .hint = write the name after `nama:`, like `nama: Rabat beton jalan Dusun Krajan`
K1151 = bidang { $bidang } is not in the APBDes; the village budget's spending areas are numbered 1 to 5
    .hint = write the number of the APBDes bidang, for building works usually `bidang: 2` (Pelaksanaan Pembangunan Desa)
K1152 = `sumber_dana` is empty
    .hint = write the budget's code of the source of funds, like `sumber_dana: DDS` or `sumber_dana: [DDS, PAD]`
K1153 = the end date { $selesai } is before the start date { $mulai }
    .hint = check both dates; write them as year-month-day, like `selesai: 2025-09-30`
K1154 = { $persen } percent is more than 100
    .hint = write the progress as a number from 0 to 100, like `persen: 60`
K1155 = the report's date { $tanggal } is not after the report before it ({ $sebelumnya })
    .hint = list the reports from the oldest to the newest, one report per date
K1156 = the progress falls from { $sebelumnya } to { $persen } percent
    .hint = progress cannot go down: check this number and the report before it, and list the reports from the oldest
K1157 = the kegiatan `{ $kegiatan }` is not in { $berkas }
    .hint = write the kegiatan's `uraian` exactly as in the APBDes, or its number (`2.1` for the first kegiatan of bidang 2)
K1158 = bidang { $bidang } is not the bidang of the kegiatan `{ $kegiatan }` in the APBDes (bidang { $bidang_apbdes })
    .hint = change `bidang` to the number of that kegiatan's bidang in the APBDes
K1159 = the budget { $anggaran } is not the budget of the kegiatan `{ $kegiatan }` in { $berkas } ({ $anggaran_apbdes })
    .hint = make `anggaran` the amount in { $berkas }, or correct the amount there if the APBDes is wrong
K1160 = the APBDes pays for the kegiatan `{ $kegiatan }` from { $kode }, but { $kode } is not in `sumber_dana`
    .hint = add { $kode } to `sumber_dana`, like `sumber_dana: [{ $kode }]`
K1161 = `{ $kolom }` is translated but is not set in { $berkas }
    .hint = add it to { $berkas } first, or remove it here
# The hint for a project file without its top part.
pembangunan-hint-awal =
    start the file with its top part between two `---` lines, like:
    ---
    nama: Rabat beton jalan Dusun Krajan
    bidang: 2
    tahun: 2025
    lokasi:
      lat: -8.2191
      lon: 114.3691
    sumber_dana: DDS
    anggaran: 150000000
    ---
# The hint when the kegiatan is not found: the kegiatan of that bidang.
pembangunan-hint-kegiatan = write one of this bidang's kegiatan exactly as in the APBDes: { $daftar }
# The hint when the amounts differ.
pembangunan-hint-anggaran = change `anggaran` to `{ $angka }`, or correct the amount in { $berkas } if the APBDes is wrong
