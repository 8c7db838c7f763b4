# Summary and progress lines of build, check, serve and build --watch.
ringkasan-what = { $desa ->
        [one] 1 village
       *[other] { $desa } villages
    }, { $halaman ->
        [one] 1 page
       *[other] { $halaman } pages
    }, { $berkas ->
        [one] 1 file
       *[other] { $berkas } files
    }{ $foto }
ringkasan-photos = ({ $n ->
        [one] 1 photo
       *[other] { $n } photos
    }: { $diproses } processed, { $cache } from cache)
ringkasan-warnings = ({ $n ->
        [one] 1 warning
       *[other] { $n } warnings
    })
ringkasan-mb = { $jumlah } MB
ringkasan-kb = { $jumlah } KB
ringkasan-seconds = { $jumlah } s
ringkasan-built = Built { $isi }, { $ukuran } in { $waktu } -> { $path }{ $peringatan }
ringkasan-checked = Checked { $isi } in { $waktu }: no errors{ $peringatan }
ringkasan-errors-found = { $n ->
        [one] 1 error
       *[other] { $n } errors
    } found; nothing was written and the previous output is unchanged.
ringkasan-watching = Watching { $path } for changes (press Ctrl+C to stop)
ringkasan-updated = Updated { $path } in { $ms } ms: { $ditulis } written, { $dihapus } removed
ringkasan-output-kept = The output was left as it was; fix the errors above and save again.
ringkasan-serve-built = Built { $n ->
        [one] 1 file
       *[other] { $n } files
    } in { $ms } ms
ringkasan-serving = Serving { $url } (press Ctrl+C to stop)
ringkasan-rebuilt = Rebuilt in { $ms } ms: { $halaman } pages rendered, { $berubah } changed, { $dihapus } removed
ringkasan-serve-has-errors = The site has errors; fix them and it will be served.
ringkasan-still-served = The last good site is still being served.
