//! The usual mistakes of an admin editing in Notepad or pasting from Word, made
//! in a copy of the sample: each is named outright, at its own line and column,
//! in Indonesian by default and in English with `--bahasa en`, with its code,
//! and nothing is published.

use crate::common::{Site, run_in};

/// One mistake: the line of `content/kemiren/desa.yaml` it replaces, what the
/// line becomes, and what both languages must say.
struct Mistake {
    line: &'static str,
    becomes: &'static str,
    at: &'static str,
    code: &'static str,
    id: &'static [&'static str],
    en: &'static [&'static str],
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        line: "  nama: \"Sugeng Hariyanto\"",
        becomes: "\tnama: \"Sugeng Hariyanto\"",
        at: "content/kemiren/desa.yaml:9:1:",
        code: "[K0114]",
        id: &["baris 9 memakai karakter Tab", "ganti dengan spasi"],
        en: &[
            "line 9 is indented with a Tab character",
            "use spaces instead",
        ],
    },
    Mistake {
        line: "slogan: \"Desa Adat Osing: suguh, gupuh, lungguh\"",
        becomes: "slogan: “Desa Adat Osing: suguh, gupuh, lungguh”",
        at: "content/kemiren/desa.yaml:6:9:",
        code: "[K0115]",
        id: &[
            "tanda kutip melengkung",
            "seperti ini: slogan: \"Desa Adat Osing: suguh, gupuh, lungguh\"",
        ],
        en: &[
            "curly quotes",
            "like this: slogan: \"Desa Adat Osing: suguh, gupuh, lungguh\"",
        ],
    },
    Mistake {
        line: "  - jabatan: Kepala Dusun Krajan",
        becomes: "  - jabatan: Kepala Dusun Krajan (Ketua: Pak Slamet)",
        at: "content/kemiren/desa.yaml:19:40:",
        code: "[K0116]",
        id: &[
            "ada tanda `:` di dalam teks tanpa tanda kutip",
            "seperti ini: - jabatan: \"Kepala Dusun Krajan (Ketua: Pak Slamet)\"",
        ],
        en: &[
            "a `:` inside text that has no quotes",
            "like this: - jabatan: \"Kepala Dusun Krajan (Ketua: Pak Slamet)\"",
        ],
    },
    Mistake {
        line: "kecamatan: Glagah",
        becomes: "kecamatan Glagah",
        at: "content/kemiren/desa.yaml:5:10:",
        code: "[K0117]",
        id: &[
            "tanda `:` sesudah nama kolom `kecamatan` tidak ada",
            "kecamatan: Glagah",
        ],
        en: &[
            "the `:` after the field name `kecamatan` is missing",
            "kecamatan: Glagah",
        ],
    },
];

#[test]
fn usual_yaml_mistakes_are_named_in_indonesian_and_english_and_nothing_is_published() {
    let site = Site::sample();
    site.build();
    let before = site.snapshot("public");
    let desa = site.read("content/kemiren/desa.yaml");
    for m in MISTAKES {
        assert!(desa.contains(m.line), "the sample changed: {}", m.line);
        let broken = desa.replacen(m.line, m.becomes, 1);
        site.write("content/kemiren/desa.yaml", &broken);
        for (lang, words, label) in [("id", m.id, "kesalahan: "), ("en", m.en, "error: ")] {
            let run = site.run_in(lang, &["build"]);
            assert_eq!(run.code, 1, "{lang} {}:\n{}", m.code, run.stderr);
            let first = run
                .stderr
                .lines()
                .find(|l| l.contains(m.code))
                .unwrap_or_else(|| panic!("no {} in:\n{}", m.code, run.stderr));
            assert!(
                first.starts_with(&format!("{label}{}", m.at)),
                "{lang}: {first}\n{}",
                run.stderr
            );
            assert!(first.ends_with(m.code), "the code ends the line: {first}");
            for word in words {
                assert!(
                    run.stderr.contains(word),
                    "{lang} lacks {word:?}:\n{}",
                    run.stderr
                );
            }
        }
        assert_eq!(
            site.read("content/kemiren/desa.yaml"),
            broken,
            "content/ changed"
        );
        assert!(
            site.snapshot("public") == before,
            "{}: the output changed",
            m.code
        );
    }
}

#[test]
fn an_unknown_language_is_refused_with_both_choices_named() {
    let run = run_in("jawa", &["check"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("[K0001]"), "{}", run.stderr);
    assert!(run.stderr.contains("`--bahasa id`"), "{}", run.stderr);
}
