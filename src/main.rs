//! The `kampung` command: parse arguments, call the library, print problems, exit.

// The build allocates and frees many small strings on every thread; glibc's
// allocator spent about a third of a regency build in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand};
use kampung::diagnostic::{Failure, Report};
use kampung::message::{Lang, language, set_language};
use kampung::msg;
use kampung::{BuildError, BuildOptions, Summary};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build village information websites from Markdown and YAML.
#[derive(Parser)]
#[command(name = "kampung", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of kampung's messages: id (Bahasa Indonesia) or en (English).
    #[arg(
        long,
        global = true,
        env = "KAMPUNG_LANG",
        default_value = "id",
        value_name = "id|en"
    )]
    bahasa: String,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Load, check and render the site without writing anything.
    Check(SiteArgs),
    /// Build the site, serve it on this computer, and rebuild on every change.
    Serve(ServeArgs),
    /// Start a site from a village's official Kemendagri code (or name), or a
    /// regency portal; inside an existing site, add one village.
    Init(InitArgs),
    /// Write the JSON Schemas of every content file kind into <DIR>/skema/, for
    /// editors (VS Code's YAML extension) and forms.
    Schema(SchemaArgs),
}

#[derive(Args)]
struct SchemaArgs {
    /// The site's folder, holding content/.
    #[arg(default_value = ".")]
    dir: PathBuf,
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("start").required(true).args(["desa", "kabupaten"])))]
struct InitArgs {
    /// The site's folder: a new or empty one; in an existing site, adds the village.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// The village: its code (35.10.24.2007 or 3510242007) or its name (Kluncing).
    #[arg(long, value_name = "KODE|NAMA")]
    desa: Option<String>,
    /// The regency or city: its code (35.10) or name (Banyuwangi); stubs every village.
    #[arg(long, value_name = "KODE|NAMA")]
    kabupaten: Option<String>,
}

#[derive(Args)]
struct WatchArgs {
    /// Poll for changes instead of waiting for file-system events (network
    /// shares, some containers and WSL).
    #[arg(long)]
    poll: bool,
    /// Milliseconds of quiet after a change before rebuilding (a fifth of it
    /// once every file written has been closed, as an editor's save does).
    #[arg(long, default_value_t = 100, value_name = "MS")]
    debounce: u64,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Port to listen on (0: any free port).
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    /// Address to listen on; 0.0.0.0 lets other devices on the network in.
    #[arg(long, default_value = "127.0.0.1")]
    interface: String,
    /// Publish drafts (draf: true) too.
    #[arg(long)]
    drafts: bool,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// Edit the site through web forms at /admin/ (Decap CMS, built in).
    #[arg(long)]
    admin: bool,
    #[command(flatten)]
    watch: WatchArgs,
}

#[derive(Args)]
struct SiteArgs {
    /// The site's folder, holding content/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the site [default: <root>/public].
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The address the site is published at (overrides base_url in site.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Publish drafts (draf: true) too.
    #[arg(long)]
    drafts: bool,
    /// Write HTML and CSS unminified.
    #[arg(long)]
    no_minify: bool,
    /// Update only this village (repeat for more) in the last good output, keeping
    /// every other village's pages; the portal's pages too when no village has errors.
    #[arg(long, value_name = "SLUG", conflicts_with = "watch")]
    only: Vec<String>,
    /// Keep running and update the output folder whenever a source file changes.
    #[arg(long)]
    watch: bool,
    /// Write every internal link with its index.html, so the site browses from
    /// the folder itself (a USB stick, a kiosk PC) without a web server.
    #[arg(long)]
    offline: bool,
    /// Also write a .gz and a .br copy beside every text file, for hosts that
    /// serve precompressed files (nginx gzip_static, Caddy precompressed).
    #[arg(long)]
    compress: bool,
    #[command(flatten)]
    watching: WatchArgs,
}

impl WatchArgs {
    fn options(&self) -> kampung::watch::WatchOptions {
        kampung::watch::WatchOptions {
            poll: self.poll,
            debounce: std::time::Duration::from_millis(self.debounce),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match Lang::parse(&cli.bahasa) {
        Some(lang) => set_language(lang),
        None => {
            eprintln!(
                "{}",
                Failure::new(msg!("K0001", bahasa = cli.bahasa.as_str()))
            );
            return ExitCode::from(2);
        }
    }
    let result = match &cli.command {
        Command::Build(args) => {
            let options = BuildOptions {
                root: args.site.root.clone(),
                output: args.output.clone(),
                base_url: args.base_url.clone(),
                drafts: args.drafts,
                minify: !args.no_minify,
                only: args.only.clone(),
                offline: args.offline,
                compress: args.compress,
            };
            if args.watch {
                return watch_build(&options, &args.watching.options());
            }
            kampung::build(&options).map(|s| (s, Some(options.output_dir())))
        }
        Command::Serve(args) => {
            let mut build = BuildOptions::new(&args.site.root);
            build.drafts = args.drafts;
            let options = kampung::serve::ServeOptions {
                build,
                interface: args.interface.clone(),
                port: args.port,
                watch: args.watch.options(),
                open: args.open,
                admin: args.admin,
            };
            return match kampung::serve::serve(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(failure) => {
                    eprintln!("{failure}");
                    ExitCode::from(2)
                }
            };
        }
        Command::Check(args) => kampung::check(&BuildOptions::new(&args.root)).map(|s| (s, None)),
        Command::Init(args) => return init(args),
        Command::Schema(args) => return schema(args),
    };
    let mut err = std::io::stderr().lock();
    match result {
        Ok((summary, output)) => {
            print_report(&mut err, &summary.warnings);
            println!("{}", summary_line(&summary, output.as_ref()));
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(report)) => {
            print_report(&mut err, &report);
            let errors = report.sorted().iter().filter(|d| d.is_error()).count();
            let _ = writeln!(err, "\n{}", msg!("ringkasan-errors-found", n = errors));
            ExitCode::from(1)
        }
        Err(BuildError::Failure(failure)) => {
            let _ = writeln!(err, "{failure}");
            ExitCode::from(2)
        }
    }
}

/// `init`: writes the new site or village and says what to do next.
fn init(args: &InitArgs) -> ExitCode {
    let start = match (&args.desa, &args.kabupaten) {
        (Some(desa), _) => kampung::init::Start::Village(desa.clone()),
        (None, Some(kabupaten)) => kampung::init::Start::Regency(kabupaten.clone()),
        (None, None) => return ExitCode::from(2),
    };
    let options = kampung::init::InitOptions {
        dir: args.dir.clone(),
        start,
        today: kampung::init::today(),
    };
    match kampung::init::init(&options) {
        Ok(created) => {
            let first = created.villages.first().cloned().unwrap_or_default();
            let profile = PathBuf::from("content").join(first).join("desa.yaml");
            let said = if created.added {
                msg!(
                    "mulai-added",
                    judul = created.title.as_str(),
                    profil = &created.dir.join(&profile),
                    berkas = created.files
                )
            } else if matches!(options.start, kampung::init::Start::Regency(_)) {
                msg!(
                    "mulai-created-portal",
                    judul = created.title.as_str(),
                    path = &created.dir,
                    n = created.villages.len(),
                    berkas = created.files
                )
            } else {
                msg!(
                    "mulai-created",
                    judul = created.title.as_str(),
                    path = &created.dir,
                    berkas = created.files,
                    profil = &created.dir.join(&profile)
                )
            };
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(2)
        }
    }
}

/// `schema`: writes the schemas and says where.
fn schema(args: &SchemaArgs) -> ExitCode {
    match kampung::schema::write_site_schemas(&args.dir) {
        Ok((dir, written)) => {
            let total = kampung::schema::kinds().len();
            let said = msg!(
                "skema-written",
                n = written,
                path = &dir,
                sama = total - written
            );
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(2)
        }
    }
}

/// `build --watch`: prints one line per rebuild, and the problems when there are some.
fn watch_build(options: &BuildOptions, watch: &kampung::watch::WatchOptions) -> ExitCode {
    let output = options.output_dir();
    let content = options.root.join("content");
    println!("{}", msg!("ringkasan-watching", path = &content));
    let _ = std::io::stdout().flush();
    let report = |outcome: Result<&kampung::build::Rebuilt, &BuildError>| {
        let mut err = std::io::stderr().lock();
        match outcome {
            Ok(rebuilt) => {
                print_report(&mut err, &rebuilt.warnings);
                println!(
                    "{}",
                    msg!(
                        "ringkasan-updated",
                        path = &output,
                        ms = rebuilt.elapsed.as_millis() as u64,
                        ditulis = rebuilt.changes.written.len(),
                        dihapus = rebuilt.changes.removed.len()
                    )
                );
            }
            Err(BuildError::Content(report)) => {
                print_report(&mut err, report);
                let _ = writeln!(err, "{}", msg!("ringkasan-output-kept"));
            }
            Err(BuildError::Failure(f)) => {
                let _ = writeln!(err, "{f}\n");
                let _ = writeln!(err, "{}", msg!("ringkasan-output-kept"));
            }
        }
        let _ = std::io::stdout().flush();
    };
    let notice = |notice: &kampung::watch::Notice| {
        match notice {
            kampung::watch::Notice::Lost(_) => {
                eprintln!("{}\n", Failure::new(notice.message()));
            }
            kampung::watch::Notice::Back(_) => println!("{}", notice.message()),
        }
        let _ = std::io::stdout().flush();
    };
    match kampung::watch_build(options, watch, report, notice) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(2)
        }
    }
}

fn print_report(out: &mut impl Write, report: &Report) {
    let _color = std::io::stderr().is_terminal();
    for d in report.sorted() {
        let _ = writeln!(out, "{d}\n");
    }
}

/// `1.5` with the decimal separator of the current language (`1,5` in Indonesian).
fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match language() {
        Lang::Id => text.replace('.', ","),
        Lang::En => text,
    }
}

fn summary_line(s: &Summary, output: Option<&PathBuf>) -> String {
    let size = if s.bytes >= 1_000_000 {
        msg!("ringkasan-mb", jumlah = decimal(s.bytes as f64 / 1e6, 1))
    } else {
        msg!("ringkasan-kb", jumlah = decimal(s.bytes as f64 / 1e3, 1))
    };
    let pictures = s.pictures.encoded + s.pictures.reused;
    let photos = (pictures > 0).then(|| {
        let photos = msg!(
            "ringkasan-photos",
            n = pictures,
            diproses = s.pictures.encoded,
            cache = s.pictures.reused
        );
        format!(" {photos}")
    });
    let what = msg!(
        "ringkasan-what",
        desa = s.villages,
        halaman = s.stats.pages,
        berkas = s.stats.files,
        foto = photos.unwrap_or_default()
    );
    let warnings = match s.warnings.sorted().len() {
        0 => String::new(),
        n => format!(" {}", msg!("ringkasan-warnings", n = n)),
    };
    let time = msg!(
        "ringkasan-seconds",
        jumlah = decimal(s.elapsed.as_secs_f64(), 2)
    );
    match output {
        Some(dir) => msg!(
            "ringkasan-built",
            isi = what,
            ukuran = size,
            waktu = time,
            path = dir,
            peringatan = warnings
        )
        .text(),
        None => msg!(
            "ringkasan-checked",
            isi = what,
            waktu = time,
            peringatan = warnings
        )
        .text(),
    }
}
