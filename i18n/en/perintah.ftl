# The kampung command and its options.
K0001 = unknown language `{ $bahasa }`
    .hint = choose `--bahasa id` (Bahasa Indonesia) or `--bahasa en` (English); KAMPUNG_LANG also takes id or en
