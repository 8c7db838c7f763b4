# The kampung command and its options.
K0001 = unknown language `{ $bahasa }`
    .hint = choose `--bahasa id` (Bahasa Indonesia) or `--bahasa en` (English); KAMPUNG_LANG also takes id or en
K0002 = `--only` cannot be combined with `--watch`
    .hint = a watched build already updates only the village whose files changed
K0003 = `--base-url`: { $sebab }
    .hint = write the whole address the site is published at, like `--base-url https://desa.banyuwangikab.go.id/`
K0004 = `--only` updates villages in the last good site, and there is none in { $path } yet
    .hint = build the whole site once with `kampung build` (every village without errors), then use `--only` for single villages
K0005 = there is no content/ folder in { $path }
    .hint = run kampung in the site's folder, or name it with `--root`, like `kampung build --root D:\situs-desa`
