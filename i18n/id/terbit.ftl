# Menerbitkan situs: alamat situs (base_url) dan tempat situs diterbitkan.
K1050 = alamat situs { $url } berada di dalam folder { $folder }, jadi mesin pencari tidak membaca robots.txt situs ini (mereka hanya membaca { $robots })
    .hint = peta situs tetap dibuat: daftarkan { $sitemap } di Google Search Console, atau terbitkan situs di alamat tanpa folder, misalnya https://desa-kluncing.github.io/ atau domain sendiri
    .judul = Alamat situs di dalam folder
    .arti = Mesin pencari hanya membaca robots.txt di akar alamat (https://nama.github.io/robots.txt), bukan di dalam folder. Situs tetap dibangun dan bisa dibuka; hanya petunjuk untuk mesin pencari yang tidak terbaca.
    .contoh = base_url: https://desa-kluncing.github.io/kluncing/
    .perbaikan = base_url: https://desa-kluncing.github.io/
